using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Trustdesk.Bench.Http;
using Trustdesk.Bench.Measuring;

namespace Trustdesk.Bench.Scenarios;

/// <summary>
/// Live updates (issue budget: every seeing console within 1 s, taken as p95 ≤ 1,000 ms). Twenty streams are open
/// on server A — 4 on the provider, 3 on each of the 4 customers, 4 on an unrelated account — while the requester
/// registers requests one after another through <c>POST /v1/requests</c> on server B: a second server process on
/// the same PostgreSQL database (on SQLite the same server, whose hub is in-process). Each request is seen by the
/// provider's streams and its customer's, 7 of the 20; for each of those the time from the POST's response to the
/// event's arrival is one sample (0 when the event came first). An event on a stream that must not see it, or one
/// missing after 10 s, stops the run.
/// </summary>
internal static class EventsScenario
{
    public const string Name = "events";
    public const string Operation = "POST /v1/requests → event on each seeing stream";
    public const string WriteOperation = "POST /v1/requests (while the streams are open)";
    public const double BudgetP95Milliseconds = 1000;

    private static readonly TimeSpan Missing = TimeSpan.FromSeconds(10);

    public static async Task<IReadOnlyList<LatencySummary>> RunAsync(
        ApiClient api, Uri streamServer, ApiClient writer, string operatorToken, int run, BenchOptions options, CancellationToken cancellationToken)
    {
        Console.Error.WriteLine($"Run {run}: events — creating the accounts, trusts and SLAs…");
        var world = await EventsWorld.CreateAsync(api, operatorToken, cancellationToken);

        // Subscriber index → the account it listens in; --streams adds that many on the provider, each seeing every event.
        var layout = Enumerable.Repeat(world.Provider, 4)
            .Concat(world.Customers.SelectMany(c => Enumerable.Repeat(c, 3)))
            .Concat(Enumerable.Repeat(world.Unrelated, 4))
            .Concat(Enumerable.Repeat(world.Provider, options.ExtraStreams)).ToList();
        var arrivals = Channel.CreateUnbounded<Arrival>();
        var streams = new List<EventStreamClient>();
        try
        {
            for (var i = 0; i < layout.Count; i++)
                streams.Add(await EventStreamClient.OpenAsync(streamServer, layout[i].OwnerToken, layout[i].Id, i, arrivals.Writer, cancellationToken));
            Console.Error.WriteLine($"  {streams.Count} streams open; {options.CallWarmup} + {options.Calls} requests, one at a time…");
            if (options.ExtraStreams > 0) await ReportOneMoreAsync(streamServer, world, arrivals.Writer, cancellationToken);

            var deliveries = new List<double>();
            var early = 0;
            var posts = new List<double>();
            var started = Stopwatch.GetTimestamp();
            for (var call = 0; call < options.CallWarmup + options.Calls; call++)
            {
                var customer = call % world.Customers.Count;
                var body = new JsonObject { ["subject"] = $"Bench request {call}", ["service_instance_id"] = world.Instances[customer] }.ToJsonString();
                var response = (await writer.SendJsonAsync(HttpMethod.Post, "/v1/requests", body, world.Directory.OwnerToken, null, cancellationToken))
                    .Expect(HttpStatusCode.Created, "POST /v1/requests");
                var answered = Stopwatch.GetTimestamp();
                var requestId = JsonNode.Parse(response.Body)!["id"]!.GetValue<long>();
                var seeing = Enumerable.Range(0, layout.Count)
                    .Where(i => layout[i] == world.Provider || layout[i] == world.Customers[customer]).ToHashSet();
                var delays = await AwaitDeliveriesAsync(arrivals.Reader, requestId, seeing, answered, layout, cancellationToken);
                if (call < options.CallWarmup) continue;
                posts.Add(response.Milliseconds);
                deliveries.AddRange(delays.Select(d => Math.Max(0, d)));
                early += delays.Count(d => d < 0);
            }
            var wallClock = Stopwatch.GetElapsedTime(started);
            await ExpectNoStragglersAsync(arrivals.Reader, layout, cancellationToken);

            var summary = LatencySummary.From(Name, Operation, run, deliveries, wallClock);
            Console.Error.WriteLine($"  {Operation}: p50 {summary.P50:F2} ms, p95 {summary.P95:F2} ms, p99 {summary.P99:F2} ms, max {summary.Max:F2} ms; " +
                                    $"{early} of {deliveries.Count} events arrived before the POST's answer (counted as 0 ms)");
            return [summary, LatencySummary.From(Name, WriteOperation, run, posts, wallClock)];
        }
        finally
        {
            foreach (var stream in streams) await stream.DisposeAsync();
        }
    }

    /// <summary>
    /// Waits until every seeing stream has the request's event; returns each delay after the POST's answer. An event
    /// can beat the answer (the commit comes before the answer is written): that delay is negative.
    /// </summary>
    private static async Task<List<double>> AwaitDeliveriesAsync(
        ChannelReader<Arrival> arrivals, long requestId, HashSet<int> seeing, long answered, List<CreatedAccount> layout,
        CancellationToken cancellationToken)
    {
        var delays = new List<double>();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Missing);
        while (seeing.Count > 0)
        {
            Arrival arrival;
            try
            {
                arrival = await arrivals.ReadAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new InvalidOperationException($"Request {requestId}: no event after {Missing.TotalSeconds} s on streams " +
                                                    string.Join(", ", seeing.Select(i => $"{i} ({layout[i].Id})")));
            }
            if (arrival.RequestId != requestId || !seeing.Remove(arrival.Subscriber))
                throw new InvalidOperationException(
                    $"Stream {arrival.Subscriber} ({layout[arrival.Subscriber].Id}) received request {arrival.RequestId}, which it must not see (or twice).");
            delays.Add(Stopwatch.GetElapsedTime(answered, arrival.Timestamp).TotalMilliseconds);
        }
        return delays;
    }

    /// <summary>At the server's cap (Events:MaxStreams), one more stream is refused rather than slowing the others (ADR 33).</summary>
    private static async Task ReportOneMoreAsync(Uri streamServer, EventsWorld world, ChannelWriter<Arrival> arrivals, CancellationToken cancel)
    {
        try
        {
            await using var extra = await EventStreamClient.OpenAsync(streamServer, world.Unrelated.OwnerToken, world.Unrelated.Id, -1, arrivals, cancel);
            Console.Error.WriteLine("  one more stream was let in (the server's cap is higher)");
        }
        catch (InvalidOperationException refused)
        {
            Console.Error.WriteLine($"  one more stream: {refused.Message}");
        }
    }

    /// <summary>A wrong delivery may come after all the right ones: give it a moment to show up.</summary>
    private static async Task ExpectNoStragglersAsync(ChannelReader<Arrival> arrivals, List<CreatedAccount> layout, CancellationToken cancellationToken)
    {
        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        if (arrivals.TryRead(out var late))
            throw new InvalidOperationException($"Stream {late.Subscriber} ({layout[late.Subscriber].Id}) received request {late.RequestId} late or wrongly.");
    }
}
