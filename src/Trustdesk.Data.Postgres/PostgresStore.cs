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
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(PostgresStore).Assembly.GetName().Name))
            .AddInterceptors(Settings);

    /// <summary>Migrates as the owner, applies row-level security, and checks the app role cannot get around it.</summary>
    public static async Task PrepareAsync(string ownerConnectionString, string appConnectionString, CancellationToken cancellationToken,
        IsolationSwitches? switches = null)
    {
        var appRole = new NpgsqlConnectionStringBuilder(appConnectionString).Username
            ?? throw new InvalidOperationException("The PostgreSQL connection string names no user.");
        await using (var owner = TrustdeskDbContextOptions.CreateUnscoped(options => options.UsePostgres(ownerConnectionString)))
        {
            await owner.Database.MigrateAsync(cancellationToken);
            await RowLevelSecurity.ApplyAsync(owner, appRole, cancellationToken, switches);
        }
        await AppRoleCheck.EnsureCannotBypassAsync(appConnectionString, cancellationToken);
    }
}
