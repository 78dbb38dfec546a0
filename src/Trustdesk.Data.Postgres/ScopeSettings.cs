using System.Data.Common;
using System.Globalization;
using Trustdesk.Data.Isolation.Rules;

namespace Trustdesk.Data.Postgres;

/// <summary>
/// The account scope as PostgreSQL sees it: transaction-local settings that the row-level security policies read
/// (named in <see cref="Settings"/>), and the plan cache mode that travels with them (<see cref="TrustdeskDbContext.GenericPlans"/>).
/// Set once per transaction and again whenever the scope changes inside it; <see cref="AccountSettingsInterceptor"/>
/// decides when and how they are sent.
/// </summary>
internal static class ScopeSettings
{
    public const string Sql =
        $"SELECT set_config('{Settings.AccountName}', @trustdesk_account, true), " +
        $"set_config('{Settings.DirectoryName}', @trustdesk_directory, true), " +
        $"set_config('{Settings.TokenHashName}', @trustdesk_token, true), " +
        $"set_config('{Settings.SignInEmailName}', @trustdesk_signin, true), " +
        $"set_config('{Settings.CatalogName}', @trustdesk_catalog, true), " +
        $"set_config('{Settings.RequesterName}', @trustdesk_requester, true), " +
        $"set_config('{Settings.ApproverName}', @trustdesk_approver, true), " +
        $"set_config('{Settings.RoleHolderName}', @trustdesk_role_holder, true), " +
        "set_config('plan_cache_mode', @trustdesk_plans, true)";

    /// <summary>The context whose scope this command's transaction does not have yet (noted as sent from now on), or null.</summary>
    public static TrustdeskDbContext? Due(DbCommand command, Microsoft.EntityFrameworkCore.DbContext? context)
    {
        if (context is not TrustdeskDbContext db || command.Transaction is null) return null;
        var key = db.GenericPlans ? db.Scope.Key + "|generic plans" : db.Scope.Key;
        if (db.SettingsAppliedFor == key) return null;
        db.SettingsAppliedFor = key;
        return db;
    }

    public static void AddParameters(DbCommand command, TrustdeskDbContext db)
    {
        Parameters.Add(command, "trustdesk_account", db.Scope.AccountId);
        Parameters.Add(command, "trustdesk_directory", db.Scope.DirectoryAccountId);
        Parameters.Add(command, "trustdesk_token", db.Scope.TokenHash);
        Parameters.Add(command, "trustdesk_signin", db.Scope.SignInEmail);
        Parameters.Add(command, "trustdesk_catalog", db.Scope.CatalogBrowsing ? "on" : "off");
        Parameters.Add(command, "trustdesk_requester", db.Scope.RequesterId?.ToString(CultureInfo.InvariantCulture));
        Parameters.Add(command, "trustdesk_approver", db.Scope.ApproverId?.ToString(CultureInfo.InvariantCulture));
        Parameters.Add(command, "trustdesk_role_holder", db.Scope.RoleHolderId?.ToString(CultureInfo.InvariantCulture));
        // PostgreSQL's default, unless a query asked for generic plans (TrustdeskDbContext.GenericPlans).
        Parameters.Add(command, "trustdesk_plans", db.GenericPlans ? "force_generic_plan" : "auto");
    }

    /// <summary>The settings by a command of their own, before <paramref name="command"/> (a save, a bulk update, raw SQL).</summary>
    public static DbCommand CommandBefore(DbCommand command, TrustdeskDbContext db)
    {
        var set = command.Connection!.CreateCommand();
        set.Transaction = command.Transaction;
        set.CommandText = Sql;
        AddParameters(set, db);
        return set;
    }
}
