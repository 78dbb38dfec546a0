using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Trustdesk.Data;
using Trustdesk.Data.Isolation;
using Trustdesk.Data.Postgres;
using Trustdesk.Data.Sqlite;
using Trustdesk.Web.Startup;

namespace Trustdesk.Web.Data;

/// <summary>Chooses the database from configuration and prepares it (migrations, WAL, row-level security).</summary>
public static class DatabaseSetup
{
    public static IServiceCollection AddTrustdeskDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        // Read when first needed, never here: the start-up guard reads and checks every setting before anything else.
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection("Database"))
            .Configure(options =>
            {
                options.Connection = configuration.GetConnectionString("Trustdesk") ?? (options.IsPostgres ? null : DatabaseOptions.SqliteDefault);
                options.OwnerConnection = configuration.GetConnectionString("TrustdeskOwner");
            })
            .RefuseWhen(options => options.Problem());
        services.AddOptions<IsolationSwitches>().Bind(configuration.GetSection("Isolation"));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<IsolationSwitches>>().Value);
        services.AddScoped<AccountScope>();
        // The options are built once, not for every call's context: building them (the connection string parsed, the
        // interceptors made, EF's service provider looked up by the options' hash) cost about 4 % of the server's CPU per
        // call. Everything they hold is a singleton or stateless; each context gets its own scope and switches.
        services.AddDbContext<TrustdeskDbContext>((sp, options) =>
        {
            var database = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            if (database.IsPostgres) options.UsePostgres(database.Connection!);
            else options.UseSqliteFile(database.Connection!);
            options.AddTrustdeskConventions(sp.GetRequiredService<TimeProvider>());
        }, optionsLifetime: ServiceLifetime.Singleton);
        return services;
    }

    public static async Task PrepareDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        var switches = app.Services.GetRequiredService<IsolationSwitches>();
        switches.RefuseOutsideTests(app.Environment.EnvironmentName);
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (database.IsPostgres) await PostgresStore.PrepareAsync(database.OwnerConnection!, database.Connection!, cancellationToken, switches);
        else await SqliteStore.PrepareAsync(database.Connection!, cancellationToken);
    }

    /// <summary>Whether the configuration names PostgreSQL; for registrations, before the settings are checked.</summary>
    public static bool UsesPostgres(IConfiguration configuration) => DatabaseOptions.NamesPostgres(configuration["Database:Provider"]);
}
