using System.Data.Common;
using System.Reflection;
using Microsoft.Extensions.Options;
using Trustdesk.Data;

namespace Trustdesk.Web.Startup;

/// <summary>
/// A start refused for a reason the operator can fix — a setting, the database, the machine — ends with one line on
/// standard error saying what is wrong and what to set, and exit code <see cref="RefusedExitCode"/>, not an unhandled
/// exception with its stack trace (exit 134). Anything else is a bug and keeps its stack trace. Settings are read, and
/// checked, before the database is touched.
/// </summary>
public static class StartupGuard
{
    public const int RefusedExitCode = 1;
    private const string Prefix = "Trustdesk cannot start: ";
    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";

    /// <summary>Set when the first app in this process serves (tests run several).</summary>
    private static volatile bool Serving;

    /// <summary>The builder, or null (the line written) when the configuration files or command line cannot be read.</summary>
    public static WebApplicationBuilder? CreateBuilder(string[] args)
    {
        try
        {
            var builder = WebApplication.CreateBuilder(args);
            // The host logs a failed start with its stack trace before it throws; ServeAsync writes the line instead (and
            // a failure it does not explain still ends as an unhandled exception, with its trace). Once serving, the host's
            // warnings and errors are kept: a background service failing later is logged there. (A rule for this category
            // replaces the configured levels for it, so it names its own; the host logs nothing else above Debug.)
            builder.Logging.AddFilter(HostCategory, level => Serving && level >= LogLevel.Warning);
            return builder;
        }
        // All it reads is configuration (appsettings files, the environment, the command line); the inner exception says where.
        catch (Exception e) when (Refuses($"{Sentence(e)}{(e.InnerException is { } inner ? $" ({Sentence(inner)})" : "")}: correct it."))
        {
            return null;
        }
    }

    /// <summary>
    /// Builds the app, reads every setting (<see cref="EverySetting"/>) and runs <paramref name="prepare"/> (the database,
    /// the demo data); null (the line written, the app disposed) when the start is refused.
    /// </summary>
    public static async Task<WebApplication?> BuildAsync(WebApplicationBuilder builder, Func<WebApplication, Task> prepare)
    {
        WebApplication? app = null;
        try
        {
            app = builder.Build();
            EverySetting.Read(builder.Services, app.Services);
            await prepare(app);
            return app;
        }
        catch (Exception e) when (Refuses(Reason(e)))
        {
            if (app is not null) await app.DisposeAsync();
            return null;
        }
    }

    /// <summary>
    /// Serves until the host stops; the exit code. An address Kestrel cannot listen on (in use, not this machine's,
    /// malformed) is a setting the operator can fix: the host logs its failure, then the start is refused with the line.
    /// </summary>
    public static async Task<int> ServeAsync(WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() => Serving = true);
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (Exception e) when (Refuses(ListenReason(e)))
        {
            return RefusedExitCode;
        }
    }

    private static string? ListenReason(Exception e) => e switch
    {
        IOException or System.Net.Sockets.SocketException or FormatException =>
            $"{Sentence(e)}: set ASPNETCORE_URLS (or --urls) to an address of this machine that is free, such as http://0.0.0.0:8080.",
        _ => null,
    };

    /// <summary>Writes the line when there is a <paramref name="reason"/> to refuse the start for; false lets the exception go on.</summary>
    private static bool Refuses(string? reason)
    {
        if (reason is null) return false;
        Console.Error.WriteLine(Prefix + string.Join(' ', reason.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)));
        // WebApplicationFactory runs Main inside a test: there the exception goes on to the test, which shows it.
        return Assembly.GetEntryAssembly() == typeof(StartupGuard).Assembly;
    }

    private static string? Reason(Exception e) => e switch
    {
        StartRefusedException or OptionsValidationException => e.Message,
        DbException => $"the database cannot be used ({Sentence(e)}): check that it runs and is reachable, and "
                       + "ConnectionStrings:Trustdesk (with PostgreSQL also ConnectionStrings:TrustdeskOwner).",
        TimeZoneNotFoundException => $"{Sentence(e)}: install the IANA time zone database (Debian: tzdata), or set TZDIR to the folder that holds it.",
        IOException or UnauthorizedAccessException =>
            $"{Sentence(e)}: check the paths the settings name (ConnectionStrings:Trustdesk on SQLite) and their permissions.",
        _ => null,
    };

    private static string Sentence(Exception e) => e.Message.TrimEnd('.');
}
