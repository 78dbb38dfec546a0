using System.Diagnostics;
using Trustdesk.Bench.Server;

namespace Trustdesk.Bench.Scenarios.Crash;

/// <summary>
/// The server through its lives: started, killed with SIGKILL at the crash scenario's moments and started again on the
/// same database and port. Clients wait here while it is down, so that the calls that lose their answer are those in
/// flight at the kill; <see cref="Life"/> tells them apart from a connection that failed while the server was up.
/// </summary>
internal sealed class ServerLives(string dll, IReadOnlyDictionary<string, string> environment, string logFolder) : IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly List<double> _restartSeconds = [];
    private ServerProcess? _server;
    private TaskCompletionSource _up = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _life;

    public Uri BaseAddress => Server.BaseAddress;

    /// <summary>Counts the kills: a call sent in one life and failed in another lost its answer to a kill.</summary>
    public int Life
    {
        get
        {
            lock (_lock) return _life;
        }
    }

    public bool IsUp
    {
        get
        {
            lock (_lock) return _up.Task.IsCompleted;
        }
    }

    /// <summary>Seconds from each kill to the new process answering <c>GET /v1</c>.</summary>
    public IReadOnlyList<double> RestartSeconds => _restartSeconds;

    /// <summary>Whether the running process ended without being killed here (it must not, even while the database is away).</summary>
    public bool DiedByItself => Server.HasExited;

    private ServerProcess Server => _server ?? throw new InvalidOperationException("The server has not been started.");

    public async Task StartAsync(CancellationToken cancel)
    {
        _server = await ServerProcess.StartAsync(dll, environment, LogFile(0), cancel);
        _up.TrySetResult();
    }

    public Task UpAsync(CancellationToken cancel)
    {
        lock (_lock) return _up.Task.WaitAsync(cancel);
    }

    /// <summary>kill -9 of the server mid-work, then a new process on the same database and port; returns when it answers.</summary>
    public async Task KillAndRestartAsync(CancellationToken cancel)
    {
        int life;
        lock (_lock)
        {
            _up = new(TaskCreationOptions.RunContinuationsAsynchronously);
            life = ++_life;
        }
        var killed = Stopwatch.GetTimestamp();
        var port = Server.BaseAddress.Port;
        await Server.KillAsync();
        await Server.DisposeAsync();
        _server = null; // a start that fails leaves nothing to dispose twice
        _server = await ServerProcess.StartAsync(dll, environment, LogFile(life), port, cancel);
        _restartSeconds.Add(Stopwatch.GetElapsedTime(killed).TotalSeconds);
        lock (_lock) _up.TrySetResult();
    }

    private string LogFile(int life) => Path.Combine(logFolder, $"server-{life:D2}.log");

    public async ValueTask DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}
