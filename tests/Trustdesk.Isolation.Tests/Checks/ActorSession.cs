using System.Collections.Concurrent;
using Trustdesk.Isolation.Tests.Oracle;
using Trustdesk.Isolation.Tests.World;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Isolation.Tests.Checks;

/// <summary>
/// One actor's calls during a check pass: the client, the oracle's seat for them, the canaries their answers may carry,
/// and the answers for surely missing ids that refusals are compared with byte for byte (asked once per path for the
/// actor in that seat: a run's later passes, after operations, ask them again only where the seat changed).
/// </summary>
public sealed class ActorSession
{
    public const string MissingId = "9000000000000000000";

    private readonly ConcurrentDictionary<string, ApiResponse> _missing;
    private readonly string _seat;
    private readonly HashSet<string> _scanned = new(StringComparer.Ordinal);

    /// <param name="missing">
    /// The missing-id answers of earlier passes on the same server (<see cref="ReadChecks"/> keeps them), by actor, seat and
    /// path; none when not given.
    /// </param>
    public ActorSession(TrustdeskServer server, Visibility oracle, CheckRun run, Actor actor, ConcurrentDictionary<string, ApiResponse>? missing = null)
    {
        (Oracle, Run, Actor) = (oracle, run, actor);
        Client = server.Client(actor.IsOperator ? server.OperatorToken : actor.Token, actor.Header);
        (Status, Seat) = oracle.Admit(actor);
        Allowed = Seat is null ? new HashSet<string>(StringComparer.Ordinal) : oracle.AllowedCanaries(Seat);
        _missing = missing ?? new ConcurrentDictionary<string, ApiResponse>(StringComparer.Ordinal);
        _seat = $"{actor.Name} | {Status} {Seat?.Id} {(Seat is null ? "" : string.Join(",", Seat.Roles.Order(StringComparer.Ordinal)))} | ";
    }

    public Visibility Oracle { get; }
    public TheWorld World => Oracle.World;
    public CheckRun Run { get; }
    public Actor Actor { get; }
    public ApiClient Client { get; }
    public int Status { get; }
    public Seat? Seat { get; }
    public HashSet<string> Allowed { get; }

    /// <summary>GET with the canary scan.</summary>
    public async Task<ApiResponse> GetAsync(string template, string path)
    {
        var response = await Client.GetAsync(path);
        Scan(response, "GET " + template);
        return response;
    }

    /// <summary>
    /// Any canary the actor may not see, anywhere in the answer (body or headers), is a leak. Each (actor, record, path)
    /// whose canary is checked absent counts once per path.
    /// </summary>
    public void Scan(ApiResponse response, string template)
    {
        var text = response.Text + "\n" + string.Join("\n", response.Headers.Select(h => $"{h.Key}: {string.Join(",", h.Value)}"));
        foreach (var canary in Canaries.In(text).Distinct())
            if (!Allowed.Contains(canary))
                Run.Leak(Actor, World.ByCanary(canary)?.ToString() ?? "unknown canary " + canary, response.Request, "foreign canary " + canary + " in the answer");
        if (_scanned.Add(template)) Run.Count(CheckRun.CanaryAbsent, World.All.Count(r => r.Canary.Length > 0 && !Allowed.Contains(r.Canary)));
    }

    /// <summary>The answer for the same path with an id that surely does not exist, asked once per path and seat.</summary>
    public async Task<ApiResponse> MissingAsync(string method, string template, string? second, object? body)
    {
        var key = _seat + method + " " + template;
        if (_missing.TryGetValue(key, out var known)) return known;
        var path = Fill(template, MissingId, second);
        var missing = await SendAsync(method, path, body);
        _missing[key] = missing;
        return missing;
    }

    public Task<ApiResponse> SendAsync(string method, string path, object? body) => method switch
    {
        "GET" => Client.GetAsync(path),
        "POST" => Client.PostAsync(path, body),
        "PATCH" => Client.PatchAsync(path, body ?? new { }),
        "PUT" => Client.PutAsync(path, body ?? new { }),
        "DELETE" => Client.DeleteAsync(path),
        _ => throw new ArgumentException(method),
    };

    public static string Fill(string template, string id, string? second = null)
    {
        var path = template.Replace("{id}", id, StringComparison.Ordinal);
        var open = path.IndexOf('{', StringComparison.Ordinal);
        return open < 0 ? path : path[..open] + (second ?? MissingId) + path[(path.IndexOf('}', open) + 1)..];
    }

    /// <summary>A refusal must be the same bytes, status and content type as the answer for a missing id.</summary>
    public static bool SameAs(ApiResponse refused, ApiResponse missing) =>
        refused.Status == missing.Status && refused.Body.AsSpan().SequenceEqual(missing.Body) && refused.ContentType == missing.ContentType
        && !refused.HasHeader("ETag");
}
