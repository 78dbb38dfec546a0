using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Trustdesk.Data.Postgres;

/// <summary>
/// When the two things a transaction owes PostgreSQL are sent, and how, with the fewest round trips: the account scope
/// (<see cref="ScopeSettings"/>: before the first command of each transaction, and again whenever the scope changes
/// inside it) and the change events (<see cref="OwedNotifications"/>). Outside a transaction nothing is set, so
/// account-owned tables read as empty: the database fails closed.
/// </summary>
/// <remarks>
/// A query (a LINQ query read through a data reader) carries the settings itself: they are put in front of its SQL
/// as a statement of their own, which PostgreSQL runs first, in the same transaction, in the same round trip; the
/// reader is then moved past that statement's one row before EF reads it. Any other command (a save, a bulk update,
/// raw SQL) gets the settings by a command of its own just before it, as every command did before: EF reads a save's
/// results statement by statement, so nothing may be put in front of them.
/// The NOTIFYs owed ride the same way, as a statement after the settings in front of the next query; any still owed
/// when the transaction commits go by a command of their own just before the commit. Where in the transaction a
/// NOTIFY is sent does not matter: PostgreSQL delivers it at commit, in the order sent, and drops it at rollback.
/// </remarks>
public sealed class AccountSettingsInterceptor : DbCommandInterceptor, IDbTransactionInterceptor
{
    // The statements put in front of a query, in this order; each marks the command as carrying it.
    private const string SettingsStatement = ScopeSettings.Sql + ";\n";
    private static readonly string NotifyStatement = OwedNotifications.Sql + ";\n";

    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        if (!PrefixQuery(command, eventData)) Apply(command, eventData);
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default)
    {
        if (!PrefixQuery(command, eventData)) await ApplyAsync(command, eventData, cancellationToken);
        return result;
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        var carried = StatementsInFront(command.CommandText);
        if (carried == 0) return result;
        try
        {
            for (var i = 0; i < carried; i++)
                if (!result.NextResult()) throw QueryResultMissing();
        }
        catch
        {
            result.Dispose();
            throw;
        }
        return result;
    }

    public override async ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        var carried = StatementsInFront(command.CommandText);
        if (carried == 0) return result;
        try
        {
            for (var i = 0; i < carried; i++)
                if (!await result.NextResultAsync(cancellationToken)) throw QueryResultMissing();
        }
        catch
        {
            await result.DisposeAsync();
            throw;
        }
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

    // What is owed is sent before the commit, and forgotten with a rollback.
    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        SendOwed(transaction, eventData);
        return result;
    }

    public async ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        await SendOwedAsync(transaction, eventData, cancellationToken);
        return result;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    // A rollback to a savepoint would take back NOTIFYs sent after it but not those still owed: what is owed is sent
    // before a savepoint is made, so that it falls before it.
    public InterceptionResult CreatingSavepoint(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        SendOwed(transaction, eventData);
        return result;
    }

    public async ValueTask<InterceptionResult> CreatingSavepointAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        await SendOwedAsync(transaction, eventData, cancellationToken);
        return result;
    }

    public void RolledBackToSavepoint(DbTransaction transaction, TransactionEventData eventData) => Forget(eventData.Context);

    public Task RolledBackToSavepointAsync(
        DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    // The settings are gone with the transaction (or its part since a savepoint). NOTIFYs owed belong to the transaction
    // that ended or to none; those owed at a savepoint were sent before it was made, so none is owed after rolling back
    // to it.
    private static void Forget(Microsoft.EntityFrameworkCore.DbContext? context)
    {
        if (context is not TrustdeskDbContext db) return;
        db.SettingsAppliedFor = null;
        db.Notifications.Clear();
    }

    // The NOTIFYs owed, by a command of their own (nothing was owed: no command).
    private static void SendOwed(DbTransaction transaction, TransactionEventData eventData)
    {
        if (OwedNotifications.Take(eventData.Context) is not { } payloads) return;
        using var notify = OwedNotifications.Command(transaction, payloads);
        notify.ExecuteNonQuery();
    }

    private static async Task SendOwedAsync(DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken)
    {
        if (OwedNotifications.Take(eventData.Context) is not { } payloads) return;
        await using var notify = OwedNotifications.Command(transaction, payloads);
        await notify.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>How many statements were put in front of this query's own (settings, NOTIFYs), whose results come first.</summary>
    private static int StatementsInFront(string commandText)
    {
        var text = commandText.AsSpan();
        var count = 0;
        if (text.StartsWith(SettingsStatement, StringComparison.Ordinal))
        {
            count++;
            text = text[SettingsStatement.Length..];
        }
        if (text.StartsWith(NotifyStatement, StringComparison.Ordinal)) count++;
        return count;
    }

    private static void Apply(DbCommand command, CommandEventData eventData)
    {
        if (ScopeSettings.Due(command, eventData.Context) is not { } db) return;
        using var set = ScopeSettings.CommandBefore(command, db);
        set.ExecuteNonQuery();
    }

    private static async Task ApplyAsync(DbCommand command, CommandEventData eventData, CancellationToken cancellationToken)
    {
        if (ScopeSettings.Due(command, eventData.Context) is not { } db) return;
        await using var set = ScopeSettings.CommandBefore(command, db);
        await set.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Puts the settings (when due) and the NOTIFYs owed in front of a LINQ query; false when the command is not such a
    /// query (the settings then go by a command of their own, the NOTIFYs wait for the next query or the commit).
    /// </summary>
    private static bool PrefixQuery(DbCommand command, CommandEventData eventData)
    {
        // Npgsql splits a command into statements only when its parameters are named (EF's always are) and the
        // settings' names are free.
        if (eventData.CommandSource != CommandSource.LinqQuery || command.CommandType != System.Data.CommandType.Text
            || command.Parameters.Cast<DbParameter>().Any(p => p.ParameterName.Length == 0 || p.ParameterName.TrimStart('@').StartsWith("trustdesk_", StringComparison.Ordinal)))
            return false;
        var settings = ScopeSettings.Due(command, eventData.Context);
        var owed = command.Transaction is null ? null : OwedNotifications.Take(eventData.Context);
        if (owed is not null)
        {
            command.CommandText = NotifyStatement + command.CommandText;
            OwedNotifications.AddParameter(command, owed);
        }
        if (settings is not null)
        {
            command.CommandText = SettingsStatement + command.CommandText;
            ScopeSettings.AddParameters(command, settings);
        }
        return true;
    }

    private static InvalidOperationException QueryResultMissing() =>
        new("A query that carried the account settings returned no result of its own.");
}
