using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Trustdesk.Bench.Http;
using Trustdesk.Bench.Measuring;

namespace Trustdesk.Bench.Scenarios;

/// <summary>
/// What issue 14's review did to the limits, repeatable (ADR 33): <c>GET /v1/me</c> with a real token before and after
/// a flood of made-up tokens (the flood once made every later call sweep the rate limiter's whole table: 2.5 → 16 ms),
/// and the sign-in page's answer time for an address nobody has against one held in two accounts (once 41 vs 89 ms).
/// </summary>
internal static partial class HostileClientsScenario
{
    public const string Name = "hostile";
    public const int FloodTokens = 101_000;
    private const string WrongPassword = "not the password of anyone";

    public static async Task<IReadOnlyList<LatencySummary>> RunAsync(
        Uri server, ApiClient api, string operatorToken, int run, BenchOptions options, CancellationToken cancel)
    {
        var suffix = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()[..4]);
        var email = $"twice.{suffix}@hostile.bench.example";
        var first = await AccountWithOwnerAsync(api, operatorToken, $"h1-{suffix}", email, cancel);
        var second = await AccountWithOwnerAsync(api, operatorToken, $"h2-{suffix}", email, cancel);
        var latencies = new List<LatencySummary>();

        async Task<double> MeAsync(int i, CancellationToken c) =>
            (await api.GetAsync("/v1/me", first.OwnerToken, null, c)).Expect(HttpStatusCode.OK, "GET /v1/me").Milliseconds;
        latencies.Add(await SequentialLoop.MeasureAsync(Name, "GET /v1/me, before the flood", run, options.CallWarmup, options.Calls, MeAsync, cancel));

        Console.Error.WriteLine($"Run {run}: {FloodTokens:N0} calls with made-up tokens, {options.Clients} clients…");
        var flood = await FloodAsync(server, run, options.Clients, cancel);
        latencies.Add(flood);
        latencies.Add(await SequentialLoop.MeasureAsync(Name, $"GET /v1/me, after {FloodTokens:N0} made-up tokens", run, options.CallWarmup, options.Calls, MeAsync, cancel));

        foreach (var password in new[] { first, second }) await SetPasswordAsync(api, password, cancel);
        using var browser = new SignInBrowser(server);
        var nobody = $"nobody.{suffix}@hostile.bench.example";
        var calls = Math.Min(options.Calls, 100);
        latencies.Add(await SequentialLoop.MeasureAsync(Name, "POST /sign-in, an address nobody has", run, 3, calls,
            (_, c) => browser.SignInAsync(nobody, c), cancel));
        latencies.Add(await SequentialLoop.MeasureAsync(Name, "POST /sign-in, an address held in two accounts", run, 3, calls,
            (_, c) => browser.SignInAsync(email, c), cancel));
        return latencies;
    }

    private static async Task<LatencySummary> FloodAsync(Uri server, int run, int clients, CancellationToken cancel)
    {
        var next = 0;
        var samples = new List<double>[clients];
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            using var attacker = new ApiClient(server);
            samples[c] = [];
            while (Interlocked.Increment(ref next) <= FloodTokens)
            {
                var answer = await attacker.GetAsync("/v1/me", "td_" + Guid.NewGuid().ToString("N"), null, cancel);
                if (answer.Status is not (HttpStatusCode.Unauthorized or HttpStatusCode.TooManyRequests))
                    throw new InvalidOperationException($"A made-up token was answered {(int)answer.Status}.");
                samples[c].Add(answer.Milliseconds);
            }
        }, cancel)));
        var summary = LatencySummary.From(Name, "GET /v1/me with a made-up token (the flood)", run, [.. samples.SelectMany(s => s)],
            Stopwatch.GetElapsedTime(started)) with { Clients = clients };
        Console.Error.WriteLine($"  flood: {summary.CallsPerSecond:F0} calls/s, p50 {summary.P50:F2} ms");
        return summary;
    }

    private sealed record Owner(string Account, long Id, string OwnerToken, string Email);

    private static async Task<Owner> AccountWithOwnerAsync(ApiClient api, string operatorToken, string id, string email, CancellationToken cancel)
    {
        var body = new JsonObject
        {
            ["id"] = id, ["name"] = $"Bench {id}", ["kind"] = "directory",
            ["owner"] = new JsonObject { ["name"] = $"Owner of {id}", ["primary_email"] = email },
        }.ToJsonString();
        var owner = JsonNode.Parse((await api.PostJsonAsync("/v1/accounts", body, operatorToken, cancel))
            .Expect(HttpStatusCode.Created, "POST /v1/accounts").Body)!["owner"]!;
        return new Owner(id, owner["id"]!.GetValue<long>(), owner["token"]!.GetValue<string>(), email);
    }

    private static async Task SetPasswordAsync(ApiClient api, Owner owner, CancellationToken cancel) =>
        (await api.SendJsonAsync(HttpMethod.Put, $"/v1/people/{owner.Id}/password", """{"password":"a bench password of some length"}""",
            owner.OwnerToken, null, cancel)).Expect(HttpStatusCode.NoContent, "PUT password");

    /// <summary>A browser at the sign-in page: reads the form's antiforgery token once, then posts wrong passwords.</summary>
    private sealed partial class SignInBrowser(Uri server) : IDisposable
    {
        private readonly HttpClient _http = new(new SocketsHttpHandler { UseCookies = true, AllowAutoRedirect = false }) { BaseAddress = server };
        private string? _token;

        public async Task<double> SignInAsync(string email, CancellationToken cancel)
        {
            _token ??= AntiforgeryToken().Match(await _http.GetStringAsync("/sign-in", cancel)).Groups[1].Value;
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = email, ["Password"] = WrongPassword, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(_token),
            });
            var started = Stopwatch.GetTimestamp();
            using var answer = await _http.PostAsync("/sign-in", form, cancel);
            await answer.Content.ReadAsStringAsync(cancel);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (answer.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"A wrong password was answered {(int)answer.StatusCode}.");
            return elapsed;
        }

        [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
        private static partial Regex AntiforgeryToken();

        public void Dispose() => _http.Dispose();
    }
}
