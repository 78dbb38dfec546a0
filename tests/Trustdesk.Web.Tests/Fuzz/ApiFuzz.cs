using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Trustdesk.Web.Tests.Fuzz;

/// <summary>
/// The API half of the fuzz: learns what each operation takes from the app (its bodies' fields, its lists' fields), then
/// calls every operation <see cref="CallsPerOperation"/> times in seeded random order, one call at a time, and holds
/// every answer to the rules of product.md §9: never a 5xx, every error JSON in the one error shape, a record of another
/// account answered exactly like a missing one, and a refused write leaving its records as they were.
/// </summary>
public sealed class ApiFuzz(FuzzWorld world)
{
    public const int CallsPerOperation = 25;

    /// <summary>The standing of the callers is checked after this many calls (<see cref="FuzzWorld.KeepStandingAsync"/>).</summary>
    private const int StandingEvery = 250;

    private readonly HttpClient _http = world.Server.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    public int Operations { get; private set; }
    public int Calls { get; private set; }
    public int Twins { get; private set; }
    public int Witnessed { get; private set; }

    /// <summary>Witnessed writes that were accepted and changed what they aimed at: proof that the witness sees a change.</summary>
    public int WitnessedChanges { get; private set; }
    public Offenses Offenses { get; } = new();

    /// <summary>How many answers of each status the calls got, to show how far in the calls reached.</summary>
    public SortedDictionary<int, int> Statuses { get; } = [];
    public CallTimes Times { get; } = new();
    public TimeSpan Learning { get; private set; }
    public TimeSpan Witnessing { get; private set; }

    public async Task RunAsync()
    {
        var operations = ApiOperations.Of(world.Server);
        Operations = operations.Count;
        var learning = System.Diagnostics.Stopwatch.StartNew();
        var fields = await LearnBodiesAsync(operations);
        var lists = await LearnListsAsync(operations);
        Learning = learning.Elapsed;
        var readable = operations.Where(o => o.Method == "GET").Select(o => o.Template).ToHashSet(StringComparer.Ordinal);
        var witness = new Witness(world, readable);
        var random = FuzzSeed.For("api");
        // Whether to witness or twin a call is drawn apart from the calls, so that the calls stay the same either way.
        var sample = FuzzSeed.For("api samples");
        var calls = new ApiCalls(world, o => fields.GetValueOrDefault(o), t => lists.GetValueOrDefault(t) ?? [], random);

        for (var round = 0; round < CallsPerOperation; round++)
            foreach (var operation in operations.OrderBy(_ => random.Next()).ToList())
            {
                var call = calls.Next(operation);
                var target = call.Call.Method is "POST" or "PATCH" or "PUT" or "DELETE" && call.RecordsOf is not null && sample.Next(5) == 0
                    ? witness.PathOf(call.Template, call.Call.Path) : null;
                var answer = target is null ? await SendAndCheckAsync(call.Call) : await WitnessedAsync(call, witness, target);
                if (call.MissingTwin is { } twin && sample.Next(2) == 0) await CompareWithTwinAsync(call.Call, answer, twin);
                if (++Calls % StandingEvery == 0) await world.KeepStandingAsync();
            }
    }

    /// <summary>The call, with what it aims at read before and after: refused, it must have changed nothing.</summary>
    private async Task<FuzzAnswer> WitnessedAsync(ApiFuzzCall call, Witness witness, string target)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var before = await witness.ReadAsync(_http, call, target);
        var reading = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var answer = await SendAndCheckAsync(call.Call);
        started = System.Diagnostics.Stopwatch.GetTimestamp();
        if (Witness.Difference(before, await witness.ReadAsync(_http, call, target)) is { } changed)
        {
            if (answer.Status >= 400) Offenses.Add("a refused write changed what it aimed at", call.Call, answer, changed);
            else WitnessedChanges++;
        }
        Witnessing += reading + System.Diagnostics.Stopwatch.GetElapsedTime(started);
        Witnessed++;
        return answer;
    }

    /// <summary>The same call naming a missing record where this one names another account's: answered alike, byte for byte.</summary>
    private async Task CompareWithTwinAsync(FuzzCall call, FuzzAnswer answer, FuzzCall twin)
    {
        Twins++;
        var missing = await SendAndCheckAsync(twin);
        if (missing.Status != answer.Status || (answer.Status >= 400 && !missing.Body.SequenceEqual(answer.Body)))
            Offenses.Add("another account's record was answered unlike a missing one", call, answer,
                $"the same call naming a missing record ({twin.Path}) answered {missing.Describe()}");
    }

    private async Task<FuzzAnswer> SendAndCheckAsync(FuzzCall call)
    {
        var answer = await Times.TimeAsync(call.Operation, () => _http.SendAsync(call));
        Statuses[answer.Status] = Statuses.GetValueOrDefault(answer.Status) + 1;
        if (answer.Failure is not null) Offenses.Add("no answer", call, answer);
        else if (answer.Status >= 500) Offenses.Add("a server error", call, answer);
        else if (answer.Status >= 400 && ShapeProblem(call, answer) is { } problem) Offenses.Add("an error not in the API's JSON shape", call, answer, problem);
        return answer;
    }

    /// <summary>
    /// An error under <c>/v1</c> is JSON in the one shape (product.md §9); a HEAD's has no body, but the GET's headers
    /// (<c>HeadRequests</c>). Outside <c>/v1</c> (a path the fuzz made leave it) the web UI answers, in HTML.
    /// </summary>
    private static string? ShapeProblem(FuzzCall call, FuzzAnswer answer)
    {
        var path = answer.SentPath;
        if (path != "/v1" && !path.StartsWith("/v1/", StringComparison.Ordinal)) return null;
        var hasLength = answer.Header("Content-Length") is not null;
        if (call.Method == "HEAD")
            return answer.ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true && hasLength && answer.Body.Length == 0
                ? null : $"HEAD error {answer.Status} with content type '{answer.ContentType}', Content-Length {answer.Header("Content-Length") ?? "none"}, {answer.Body.Length} body bytes";
        return Infrastructure.Answers.ErrorShapeProblem(answer.Status, answer.ContentType, hasLength, answer.Body);
    }

    /// <summary>Each write operation's body fields, asked of the operation itself (<see cref="BodyFields"/>), as its world's administrator.</summary>
    private async Task<Dictionary<ApiOperation, IReadOnlyList<BodyField>?>> LearnBodiesAsync(IReadOnlyList<ApiOperation> operations)
    {
        var learnt = new Dictionary<ApiOperation, IReadOnlyList<BodyField>?>();
        foreach (var operation in operations.Where(o => o.Method is "POST" or "PATCH" or "PUT"))
        {
            var probe = Probe(operation) with { Body = System.Text.Encoding.UTF8.GetBytes(BodyFields.ProbeBody()), ContentType = "application/json" };
            learnt[operation] = BodyFields.FromProbeAnswer(await _http.SendAsync(probe));
        }
        Assert.True(learnt.Values.Count(f => f is { Count: > 0 }) > 25, $"the body fields of only {learnt.Values.Count(f => f is not null)} write operations were learnt");
        return learnt;
    }

    /// <summary>Each readable operation's fields and a value of each (the first record's), for filters and sorts.</summary>
    private async Task<Dictionary<string, IReadOnlyList<(string Field, string Value)>>> LearnListsAsync(IReadOnlyList<ApiOperation> operations)
    {
        var learnt = new Dictionary<string, IReadOnlyList<(string, string)>>(StringComparer.Ordinal);
        foreach (var operation in operations.Where(o => o.Method == "GET" && !o.Template.EndsWith("/stream", StringComparison.Ordinal)))
        {
            var answer = await _http.SendAsync(Probe(operation));
            if (answer.Status != 200) continue;
            var record = JsonNode.Parse(answer.Body) switch
            {
                JsonArray { Count: > 0 } items => items[0] as JsonObject,
                JsonObject one => one,
                _ => null,
            };
            if (record is null) continue;
            learnt[operation.Template] = record.Where(m => m.Value is JsonValue).Select(m => (m.Key, m.Value!.ToString())).ToList();
        }
        Assert.True(learnt.Count > 40, $"the fields of only {learnt.Count} readable operations were learnt");
        return learnt;
    }

    /// <summary>The operation called on the home world's own records (any of them where it names none), as its administrator.</summary>
    private FuzzCall Probe(ApiOperation operation)
    {
        var segments = operation.Segments;
        var path = string.Join('/', segments.Select((s, i) => !ApiOperation.IsParameter(s) ? s : world.Home.IdAt(segments, i) ?? world.Words.HomeIds[0]));
        var caller = operation.Template.StartsWith("/v1/accounts", StringComparison.Ordinal) ? world.Caller("operator") : world.Caller("administrator");
        return new FuzzCall(caller.Name, operation.Name, operation.Method ?? "GET", path, caller.Credentials());
    }
}
