using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Isolation;
using Trustdesk.Data.Postgres;
using Trustdesk.Data.Sqlite;

namespace Trustdesk.Web.Data;

/// <summary>Settings of section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    /// <summary><c>Sqlite</c> (the embedded default) or <c>Postgres</c>.</summary>
    public string Provider { get; set; } = "Sqlite";
}

/// <summary>Chooses the database from configuration and prepares it (migrations, WAL, row-level security).</summary>
public static class DatabaseSetup
{
    public const string SqliteDefault = "Data Source=data/trustdesk.db";

    public static IServiceCollection AddTrustdeskDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration["Database:Provider"] ?? "Sqlite";
        var connection = ConnectionString(configuration, provider);
        services.AddScoped<AccountScope>();
        services.AddSingleton(configuration.GetSection("Isolation").Get<IsolationSwitches>() ?? new IsolationSwitches());
        services.AddDbContext<TrustdeskDbContext>((sp, options) =>
        {
            if (IsPostgres(provider)) options.UsePostgres(connection);
            else options.UseSqliteFile(connection);
            options.AddTrustdeskConventions(sp.GetRequiredService<TimeProvider>());
        });
        return services;
    }

    public static async Task PrepareDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        var configuration = app.Configuration;
        var switches = app.Services.GetRequiredService<IsolationSwitches>();
        switches.RefuseOutsideTests(app.Environment.EnvironmentName);
        var provider = configuration["Database:Provider"] ?? "Sqlite";
        var connection = ConnectionString(configuration, provider);
        if (IsPostgres(provider))
        {
            var owner = configuration.GetConnectionString("TrustdeskOwner")
                ?? throw new InvalidOperationException(
                    "ConnectionStrings:TrustdeskOwner is required with PostgreSQL: the owner applies migrations and row-level security, the app role only reads and writes.");
            await PostgresStore.PrepareAsync(owner, connection, cancellationToken, switches);
        }
        else await SqliteStore.PrepareAsync(connection, cancellationToken);
    }

    public static bool UsesPostgres(IConfiguration configuration) => IsPostgres(configuration["Database:Provider"] ?? "Sqlite");

    /// <summary>What the app connects as (on PostgreSQL the role bound by row-level security).</summary>
    public static string AppConnectionString(IConfiguration configuration) =>
        ConnectionString(configuration, configuration["Database:Provider"] ?? "Sqlite");

    private static bool IsPostgres(string provider) =>
        provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase);

    private static string ConnectionString(IConfiguration configuration, string provider) =>
        configuration.GetConnectionString("Trustdesk")
        ?? (IsPostgres(provider)
            ? throw new InvalidOperationException("ConnectionStrings:Trustdesk is required with PostgreSQL.")
            : SqliteDefault);
}
