using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Trustdesk.Data.Isolation;

namespace Trustdesk.Data.Postgres;

/// <summary>
/// PostgreSQL in production: the app connects as a role that owns no table and cannot bypass row-level security;
/// a separate owner connection applies the migrations and the policies.
/// </summary>
public static class PostgresStore
{
    private static readonly AccountSettingsInterceptor Settings = new();

    public static DbContextOptionsBuilder UsePostgres(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(WithPreparedStatements(connectionString), npgsql => npgsql.MigrationsAssembly(typeof(PostgresStore).Assembly.GetName().Name))
            .AddInterceptors(Settings);

    /// <summary>
    /// Statements used again and again are prepared on each pooled connection (Npgsql's automatic preparation), unless
    /// the connection string says otherwise. A call sends the same few statements every time, and PostgreSQL spent
    /// more CPU parsing and planning them (row-level security adds its policies to every plan) than running them.
    /// Prepared, each is parsed once per connection; PostgreSQL reuses a generic plan only where it costs no more than
    /// planning for the values. The policies read the account settings with current_setting() as the statement runs,
    /// so a prepared statement still sees each transaction's own scope.
    /// </summary>
    internal static string WithPreparedStatements(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.Keys.Cast<string>().Any(key => key.Replace(" ", "", StringComparison.Ordinal).Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase)))
            return connectionString;
        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = MaxPreparedStatements, AutoPrepareMinUsages = 5 }.ConnectionString;
    }

    // Per connection; the least recently used is dropped beyond it. The statements of the hot paths number a few dozen.
    private const int MaxPreparedStatements = 100;

    /// <summary>
    /// Checks the app role cannot get around row-level security, then migrates as the owner and applies row-level
    /// security; in that order, so that a refused start has changed nothing.
    /// </summary>
    public static async Task PrepareAsync(string ownerConnectionString, string appConnectionString, CancellationToken cancellationToken,
        IsolationSwitches? switches = null)
    {
        var appRole = await AppRoleCheck.EnsureCannotBypassAsync(appConnectionString, ownerConnectionString, cancellationToken);
        await using var owner = TrustdeskDbContextOptions.CreateUnscoped(options => options.UsePostgres(ownerConnectionString));
        await owner.Database.MigrateAsync(cancellationToken);
        await RowLevelSecurity.ApplyAsync(owner, appRole, cancellationToken, switches);
    }
}
