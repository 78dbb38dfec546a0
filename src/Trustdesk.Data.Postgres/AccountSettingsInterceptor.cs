using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Trustdesk.Data.Postgres;

/// <summary>
/// Before the first command of each transaction (and again whenever the account scope changes inside it), makes
/// the scope known to PostgreSQL with transaction-local settings that the row-level security policies read.
/// Outside a transaction nothing is set, so account-owned tables read as empty: the database fails closed.
/// </summary>
public sealed class AccountSettingsInterceptor : DbCommandInterceptor, IDbTransactionInterceptor
{
    private const string SetSettings =
        "SELECT set_config('trustdesk.account_id', @account, true), " +
        "set_config('trustdesk.directory_account_id', @directory, true), " +
        "set_config('trustdesk.token_hash', @token, true), " +
        "set_config('trustdesk.sign_in_email', @signin, true), " +
        "set_config('trustdesk.catalog', @catalog, true), " +
        "set_config('trustdesk.requester_id', @requester, true)";

    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Apply(command, eventData);
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default)
    {
        await ApplyAsync(command, eventData, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> NonQueryExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Apply(command, eventData);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        await ApplyAsync(command, eventData, cancellationToken);
        return result;
    }

    public override InterceptionResult<object> ScalarExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Apply(command, eventData);
        return result;
    }

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result,
        CancellationToken cancellationToken = default)
    {
        await ApplyAsync(command, eventData, cancellationToken);
        return result;
    }

    // A new transaction (or a rollback to a savepoint) loses the transaction-local settings: apply them again.
    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Forget(eventData.Context);
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public DbTransaction TransactionUsed(DbConnection connection, TransactionEventData eventData, DbTransaction result)
    {
        Forget(eventData.Context);
        return result;
    }

    public ValueTask<DbTransaction> TransactionUsedAsync(
        DbConnection connection, TransactionEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void RolledBackToSavepoint(DbTransaction transaction, TransactionEventData eventData) => Forget(eventData.Context);

    public Task RolledBackToSavepointAsync(
        DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private static void Forget(Microsoft.EntityFrameworkCore.DbContext? context)
    {
        if (context is TrustdeskDbContext db) db.SettingsAppliedFor = null;
    }

    private static void Apply(DbCommand command, CommandEventData eventData)
    {
        using var set = SettingsCommand(command, eventData);
        set?.ExecuteNonQuery();
    }

    private static async Task ApplyAsync(DbCommand command, CommandEventData eventData, CancellationToken cancellationToken)
    {
        await using var set = SettingsCommand(command, eventData);
        if (set is not null) await set.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The command that sets the scope, or null when this transaction already has it.</summary>
    private static DbCommand? SettingsCommand(DbCommand command, CommandEventData eventData)
    {
        if (eventData.Context is not TrustdeskDbContext db || command.Transaction is null) return null;
        var key = db.Scope.Key;
        if (db.SettingsAppliedFor == key) return null;
        db.SettingsAppliedFor = key;

        var set = command.Connection!.CreateCommand();
        set.Transaction = command.Transaction;
        set.CommandText = SetSettings;
        AddParameter(set, "account", db.Scope.AccountId);
        AddParameter(set, "directory", db.Scope.DirectoryAccountId);
        AddParameter(set, "token", db.Scope.TokenHash);
        AddParameter(set, "signin", db.Scope.SignInEmail);
        AddParameter(set, "catalog", db.Scope.CatalogBrowsing ? "on" : "off");
        AddParameter(set, "requester", db.Scope.RequesterId?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return set;
    }

    private static void AddParameter(DbCommand command, string name, string? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? "";
        command.Parameters.Add(parameter);
    }
}
