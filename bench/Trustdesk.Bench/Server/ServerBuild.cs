using System.Diagnostics;

namespace Trustdesk.Bench.Server;

/// <summary>
/// Builds the server in Release (as deployed), so the bench never measures a Debug build. Only a test script that has
/// just built everything in Debug asks for that build (<c>--configuration Debug --no-build</c>), to check, not to measure.
/// </summary>
internal static class ServerBuild
{
    public static string DllPath(string repository, string configuration) =>
        Path.Combine(repository, "src", "Trustdesk.Web", "bin", configuration, "net10.0", "Trustdesk.Web.dll");

    public static async Task<string> EnsureAsync(string repository, bool build, string configuration, CancellationToken cancellationToken)
    {
        var dll = DllPath(repository, configuration);
        if (build)
        {
            Console.Error.WriteLine($"Building src/Trustdesk.Web in {configuration}…");
            var start = new ProcessStartInfo(DotnetHost.Path)
            {
                WorkingDirectory = repository,
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in new[] { "build", "-c", configuration, "src/Trustdesk.Web", "-m:2", "-nologo", "-v:q" })
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet build did not start.");
            // Both streams are read concurrently so neither pipe can fill up and stall the build.
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"dotnet build failed:\n{await output}\n{await errors}");
        }
        if (!File.Exists(dll)) throw new InvalidOperationException($"{dll} is missing; build it or drop --no-build.");
        return dll;
    }
}
