using System.Data.Common;

namespace Trustdesk.Data.Postgres;

/// <summary>
/// The change events a transaction owes (<see cref="PendingNotifications"/>) as PostgreSQL NOTIFYs. Where in the
/// transaction they are sent does not matter: PostgreSQL delivers them at commit, in the order sent, and drops them at
/// rollback; so they ride in front of the next query or go just before the commit (or a savepoint).
/// </summary>
internal static class OwedNotifications
{
    public static readonly string Sql = PendingNotifications.NotifySql("@trustdesk_notify");

    /// <summary>The payloads owed, taken (null when none is).</summary>
    public static string[]? Take(Microsoft.EntityFrameworkCore.DbContext? context) =>
        context is TrustdeskDbContext { Notifications.Any: true } db ? db.Notifications.Take() : null;

    public static void AddParameter(DbCommand command, string[] payloads) => Parameters.Add(command, "trustdesk_notify", payloads);

    /// <summary>The NOTIFYs by a command of their own, in <paramref name="transaction"/>.</summary>
    public static DbCommand Command(DbTransaction transaction, string[] payloads)
    {
        var notify = transaction.Connection!.CreateCommand();
        notify.Transaction = transaction;
        notify.CommandText = Sql;
        AddParameter(notify, payloads);
        return notify;
    }
}
