using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Trustdesk.Bench.Server;

/// <summary>
/// The real server as a child process on a free loopback port, exactly as deployed (<c>dotnet Trustdesk.Web.dll</c>),
/// so the figures include Kestrel, routing, JSON and the database driver. Killed when disposed.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private const int StartupAttempts = 600;
    private static readonly TimeSpan StartupPoll = TimeSpan.FromMilliseconds(100);

    private readonly Process _process;
    private readonly StreamWriter _log;
    private bool _logClosed;

    private ServerProcess(Process process, StreamWriter log, Uri baseAddress)
    {
        _process = process;
        _log = log;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The server's process id, for its CPU time and memory (<c>/proc</c>).</summary>
    public int Pid => _process.Id;

    /// <summary>Why calls fail, when the cause is the server having gone (crashed, or killed from outside).</summary>
    public string? ExitDescription =>
        // A refused connection can come a moment before the exit is reaped, hence the short wait.
        _process.WaitForExit(TimeSpan.FromSeconds(2)) ? $"the server process exited with code {_process.ExitCode}" : null;

    public static Task<ServerProcess> StartAsync(
        string dll, IReadOnlyDictionary<string, string> environment, string logFile, CancellationToken cancellationToken) =>
        StartAsync(dll, environment, logFile, FreeLoopbackPort(), cancellationToken);

    /// <summary>Starts the server on <paramref name="port"/>: a restarted server answers where its clients called the last one.</summary>
    public static async Task<ServerProcess> StartAsync(
        string dll, IReadOnlyDictionary<string, string> environment, string logFile, int port, CancellationToken cancellationToken)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo(DotnetHost.Path)
        {
            // The content root is the working directory: appsettings.json sits next to the dll.
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(dll);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        start.Environment["ASPNETCORE_URLS"] = baseAddress.ToString().TrimEnd('/');
        // Production needs the address clients reach it at (ADR 40); here, the loopback port it listens on.
        start.Environment["Platform__PublicUrl"] = baseAddress.ToString();

        var log = new StreamWriter(logFile) { AutoFlush = false };
        var process = Process.Start(start) ?? throw new InvalidOperationException("The server did not start.");
        var server = new ServerProcess(process, log, baseAddress);
        process.OutputDataReceived += (_, e) => server.Log(e.Data);
        process.ErrorDataReceived += (_, e) => server.Log(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilAnswersAsync(environment, logFile, cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private async Task WaitUntilAnswersAsync(
        IReadOnlyDictionary<string, string> environment, string logFile, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var operatorToken = environment["Platform__OperatorToken"];
        for (var attempt = 0; attempt < StartupAttempts; attempt++)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The server exited with code {_process.ExitCode} while starting; see {logFile}.");
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "/v1");
                request.Headers.Authorization = new("Bearer", operatorToken);
                using var response = await http.SendAsync(request, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (Exception e) when (e is HttpRequestException or SocketException)
            {
                // Not listening yet (a connection refused, or reset as it is made, can surface as the socket's own exception).
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Listening, but its first answer took longer than the call's timeout (a cold start on a busy machine).
            }
            await Task.Delay(StartupPoll, cancellationToken);
        }
        throw new TimeoutException($"The server did not answer GET /v1 within {StartupAttempts * StartupPoll.TotalSeconds} s; see {logFile}.");
    }

    /// <summary>Whether the process has ended, by a kill or by itself.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>kill -9 (SIGKILL): the process ends at once, mid-call, with no shutdown of its own, as in a crash.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    private void Log(string? line)
    {
        if (line is null) return;
        lock (_log)
        {
            if (!_logClosed) _log.WriteLine(line);
        }
    }

    private static int FreeLoopbackPort()
    {
        // The port is released again before the server binds it; on a quiet machine nothing takes it in between.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        using (var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
            await _process.WaitForExitAsync(wait.Token);
        _process.Dispose();
        lock (_log)
        {
            _logClosed = true;
            _log.Dispose();
        }
    }
}
