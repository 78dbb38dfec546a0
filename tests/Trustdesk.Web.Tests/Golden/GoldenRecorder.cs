using System.Text;
using System.Text.Json;
using Trustdesk.Web.Tests.Fuzz;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Golden;

/// <summary>
/// Makes the golden calls one after another and keeps each answer's text (<see cref="AnswerText"/>, secrets hidden by
/// <see cref="TokenSecrets"/>) in the file of the operation it reached (<see cref="ReachedOperations"/>), in the order
/// of the calls. Before each call the clock moves one second, so the timestamps of the answers follow the calls alone.
/// </summary>
public sealed class GoldenRecorder(GoldenServer server)
{
    private readonly Dictionary<string, StringBuilder> _files = new(StringComparer.Ordinal);
    private readonly TokenSecrets _secrets = new();

    public GoldenServer Server { get; } = server;

    public int Calls { get; private set; }

    /// <summary>Each golden file's text, by file name.</summary>
    public IReadOnlyDictionary<string, string> Files => _files.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);

    public Task<ApiResponse> GetAsync(GoldenCaller caller, string path, params (string Name, string Value)[] headers) =>
        SendAsync(caller, HttpMethod.Get, path, null, headers);

    public Task<ApiResponse> HeadAsync(GoldenCaller caller, string path) => SendAsync(caller, HttpMethod.Head, path, null);

    public Task<ApiResponse> PostAsync(GoldenCaller caller, string path, object? body = null, params (string Name, string Value)[] headers) =>
        SendAsync(caller, HttpMethod.Post, path, Json(body), headers);

    public Task<ApiResponse> PatchAsync(GoldenCaller caller, string path, object? body, params (string Name, string Value)[] headers) =>
        SendAsync(caller, HttpMethod.Patch, path, Json(body), headers);

    public Task<ApiResponse> PutAsync(GoldenCaller caller, string path, object? body, params (string Name, string Value)[] headers) =>
        SendAsync(caller, HttpMethod.Put, path, Json(body), headers);

    public Task<ApiResponse> DeleteAsync(GoldenCaller caller, string path, params (string Name, string Value)[] headers) =>
        SendAsync(caller, HttpMethod.Delete, path, null, headers);

    public async Task<ApiResponse> SendAsync(GoldenCaller caller, HttpMethod method, string path, string? body, params (string Name, string Value)[] headers)
    {
        var call = new GoldenCall(caller, method, path, body, headers);
        Starting();
        var answer = await Server.Server.Client(caller.Token, caller.Account).SendAsync(method, path, body, headers);
        Keep(Server.Reached.Last, call, AnswerText.Of(call, answer), answer.Text);
        return answer;
    }

    /// <summary>Moves the clock and forgets the last call's operation, before a call.</summary>
    public void Starting()
    {
        Server.Clock.Advance(TimeSpan.FromSeconds(1));
        Server.Reached.Forget();
        Calls++;
    }

    /// <summary>Files the text of an answered call under the operation it reached (<see cref="ReachedOperations.Last"/> as its answer started).</summary>
    public void Keep(ApiOperation? reached, GoldenCall call, string text, string body)
    {
        var operation = reached ?? throw new InvalidOperationException($"{call.Method} {call.Path} reached no operation of the API");
        _secrets.Learn(body);
        var name = GoldenFiles.NameOf(operation);
        if (!_files.TryGetValue(name, out var file)) _files[name] = file = new StringBuilder();
        file.Append(_secrets.Hide(text));
    }

    /// <summary>Bodies as <see cref="ApiClient"/> sends them: a string as it is, anything else as JSON with its member names unchanged.</summary>
    private static string? Json(object? body) => body is null ? null : body as string ?? JsonSerializer.Serialize(body);
}
