using Microsoft.EntityFrameworkCore;
using Trustdesk.Data.Isolation;
using Trustdesk.Data.Isolation.Rules;

namespace Trustdesk.Data.Postgres;

/// <summary>
/// Row-level security for every account-owned table, produced from the tables' visibility rules
/// (<see cref="IsolationRules"/>, the same declarations as the EF filters): enabled and forced (the owner is bound too),
/// one policy per command reading the transaction-local settings that <see cref="AccountSettingsInterceptor"/> sets.
/// Idempotent; applied by the owner right after the migrations.
/// </summary>
public static class RowLevelSecurity
{
    /// <summary>The policies every account-owned table carries, one per command.</summary>
    public static readonly string[] PolicyNames = ["account_read", "account_insert", "account_update", "account_delete"];

    // The single policy of the first releases, dropped where it still exists.
    private const string FormerPolicyName = "account_isolation";

    /// <summary>
    /// The tables that hold account-owned rows, with the condition under which a row is readable, may be inserted or
    /// deleted (<c>Writable</c>), and may be updated (<c>Updatable</c>, checked on the row before and after): each rule of
    /// <see cref="IsolationRules"/> rendered as SQL (or, in tests, a planted bug's rule).
    /// </summary>
    public static IReadOnlyList<RulePolicy> Policies(DbContext db, IsolationSwitches? bugs = null) =>
        PlantedRules.For(RuleLayer.Policy, bugs).Select(rule => rule.Policy(db.Model))
            .OrderBy(p => p.Table, StringComparer.Ordinal)
            .ToList();

    public static async Task ApplyAsync(DbContext ownerContext, string appRole, CancellationToken cancellationToken, IsolationSwitches? bugs = null)
    {
        var role = Quote(appRole);
        var sql = new List<string>
        {
            $"GRANT USAGE ON SCHEMA public TO {role}",
            $"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
            $"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}",
            // The migrations history is the owner's business alone.
            $"REVOKE ALL ON TABLE \"__EFMigrationsHistory\" FROM {role}",
        };
        foreach (var policy in Policies(ownerContext, bugs))
        {
            var t = Quote(policy.Table);
            sql.Add($"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY");
            var notForced = bugs?.Plants(PlantedBugs.RlsNotForced) == true && policy.Table == "requests"; // TEST ONLY
            sql.Add($"ALTER TABLE {t} {(notForced ? "NO FORCE" : "FORCE")} ROW LEVEL SECURITY");
            // One policy per command, so that seeing a row never implies deleting or changing it.
            foreach (var name in PolicyNames.Append(FormerPolicyName)) sql.Add($"DROP POLICY IF EXISTS {name} ON {t}");
            sql.Add($"CREATE POLICY account_read ON {t} FOR SELECT USING ({policy.Readable})");
            sql.Add($"CREATE POLICY account_insert ON {t} FOR INSERT WITH CHECK ({policy.Writable})");
            sql.Add($"CREATE POLICY account_update ON {t} FOR UPDATE USING ({policy.Updatable}) WITH CHECK ({policy.Updatable})");
            sql.Add($"CREATE POLICY account_delete ON {t} FOR DELETE USING ({policy.Writable})");
        }
        await using var transaction = await ownerContext.Database.BeginTransactionAsync(cancellationToken);
        foreach (var statement in sql) await ownerContext.Database.ExecuteSqlRawAsync(statement, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
