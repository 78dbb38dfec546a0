using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace Trustdesk.Web.Tests.Startup;

/// <summary>How a start of the app as a process of its own ended: with an exit code, or serving (then it was stopped).</summary>
public sealed record AppExit(int? ExitCode, string Output, string Errors)
{
    public bool Started => ExitCode is null;

    /// <summary>Both streams, for a failing assertion to show.</summary>
    public override string ToString() => $"exit code {ExitCode?.ToString() ?? "none (it started)"}\n--- stderr:\n{Errors}\n--- stdout:\n{Output}";
}

/// <summary>
/// The built <c>Trustdesk.Web.dll</c> run with <c>dotnet</c> as an operator runs it: its own folder as the content root
/// (so its <c>appsettings.json</c> applies), in Production, on a loopback port of the system's choosing, with a test's
/// settings as environment variables. Settings this process inherited (<c>ASPNETCORE_*</c>, <c>Section__Key</c>) are
/// not passed on. A start that gets as far as serving is stopped at once.
/// </summary>
public static class AppProcess
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    public static async Task<AppExit> RunAsync(Dictionary<string, string> settings, string? contentRoot = null)
    {
        var start = new ProcessStartInfo(DotnetHost, [AppDll])
        {
            WorkingDirectory = contentRoot ?? Path.GetDirectoryName(AppDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var name in start.Environment.Keys.Where(Inherited).ToList()) start.Environment.Remove(name);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Platform__PublicUrl"] = "http://127.0.0.1"; // Production needs one (ADR 40); a test may set another.
        foreach (var (name, value) in settings) start.Environment[name] = value;

        using var process = new Process { StartInfo = start };
        var (output, errors) = (new StringBuilder(), new StringBuilder());
        var serving = new TaskCompletionSource();
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null) return;
            lock (output) output.AppendLine(line.Data);
            if (line.Data.Contains("Application started", StringComparison.Ordinal)) serving.TrySetResult();
        };
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null) lock (errors) errors.AppendLine(line.Data);
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(Limit);
        var exited = process.WaitForExitAsync(timeout.Token);
        await Task.WhenAny(exited, serving.Task);
        var ended = exited.IsCompletedSuccessfully;
        if (!ended) process.Kill(entireProcessTree: true);
        // Without a timeout this also waits until both streams are read to their end.
        await process.WaitForExitAsync();
        var exit = new AppExit(ended ? process.ExitCode : null, Text(output), Text(errors));
        if (!ended && !serving.Task.IsCompleted) Assert.Fail($"The app neither started nor ended within {Limit.TotalSeconds} s: {exit}");
        return exit;
    }

    private static string Text(StringBuilder lines)
    {
        lock (lines) return lines.ToString();
    }

    // ASP.NET Core reads "Section__Key" variables as settings, and ASPNETCORE_/DOTNET_ENVIRONMENT as host settings.
    private static bool Inherited(string name) =>
        name.Contains("__", StringComparison.Ordinal) || name.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)
        || name.Equals("DOTNET_ENVIRONMENT", StringComparison.OrdinalIgnoreCase);

    private static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>The app as its own project built it, in the configuration and framework these tests were built for.</summary>
    private static string AppDll { get; } = FindAppDll();

    private static string FindAppDll()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var root = output;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Trustdesk.slnx"))) root = root.Parent;
        var configuration = typeof(AppProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var dll = Path.Combine(root?.FullName ?? "", "src", "Trustdesk.Web", "bin", configuration, output.Name, "Trustdesk.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"The app is not built where these tests look for it: {dll}");
    }
}
