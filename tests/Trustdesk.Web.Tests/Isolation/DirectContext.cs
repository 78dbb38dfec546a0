using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Isolation;
using Trustdesk.Data.Postgres;
using Trustdesk.Data.Sqlite;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Isolation;

/// <summary>The application's DbContext opened on a test database from outside the server.</summary>
public static class DirectContext
{
    /// <summary>
    /// A context on which the EF account filter is the only isolation: on PostgreSQL it connects as the superuser,
    /// whom row-level security does not bind; SQLite has no row-level security at all.
    /// </summary>
    public static TrustdeskDbContext WithoutRowLevelSecurity(TestDatabase database)
    {
        var options = new DbContextOptionsBuilder<TrustdeskDbContext>();
        if (database.IsPostgres) options.UsePostgres(database.SuperuserConnectionString!);
        else options.UseSqliteFile(database.AppConnectionString);
        options.AddTrustdeskConventions(TimeProvider.System);
        return new TrustdeskDbContext(options.Options, new AccountScope(), new IsolationSwitches());
    }

    /// <summary>
    /// PostgreSQL only: a context whose only isolation is row-level security — it connects as the app role and the
    /// EF account filter is switched off. Queries must run in a transaction, where the account settings are made.
    /// </summary>
    public static TrustdeskDbContext RowLevelSecurityOnly(TestDatabase database)
    {
        var options = new DbContextOptionsBuilder<TrustdeskDbContext>();
        options.UsePostgres(database.AppConnectionString);
        options.AddTrustdeskConventions(TimeProvider.System);
        return new TrustdeskDbContext(options.Options, new AccountScope(), new IsolationSwitches { AccountFilterDisabled = true });
    }
}
