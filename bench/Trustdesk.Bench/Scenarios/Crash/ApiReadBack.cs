using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Trustdesk.Bench.Http;

namespace Trustdesk.Bench.Scenarios.Crash;

/// <summary>
/// Where each marker is, as the API shows it to those who work the records: every request of the provider's and HR's
/// accounts and its notes, read by that account's specialist; every workflow of HR, its tasks and each task's notes, read
/// by HR's specialist (a task's public notes are seen wherever the task is, and HR's account sees every task of its
/// workflows). Several calls at once, one connection each.
/// </summary>
internal static class ApiReadBack
{
    private const int PerPage = 100;

    public static async Task<Dictionary<string, List<long>>> ReadAsync(Uri server, CrashWorld world, int clients, CancellationToken cancel)
    {
        using var readers = new Readers(server, clients, cancel);
        var found = new ConcurrentBag<(string Marker, long Parent)>();

        var requests = new ConcurrentBag<(long Id, Actor By)>();
        await readers.ForEachAsync(world.RequestAccounts, async (api, by) =>
        {
            foreach (var request in await AllAsync(api, "/v1/requests", by, cancel))
                if (Marked(request, "subject") is { } subject)
                {
                    found.Add((subject, Id(request)));
                    requests.Add((Id(request), by));
                }
        });
        await readers.ForEachAsync(requests, async (api, request) =>
        {
            foreach (var note in await AllAsync(api, $"/v1/requests/{request.Id}/notes", request.By, cancel))
                if (Marked(note, "text") is { } text) found.Add((text, request.Id));
        });

        var workflows = new ConcurrentBag<long>();
        await readers.ForEachAsync([world.Workflows.Manager], async (api, manager) =>
        {
            foreach (var workflow in await AllAsync(api, "/v1/workflows", manager, cancel))
                if (Marked(workflow, "subject") is { } subject)
                {
                    found.Add((subject, Id(workflow)));
                    workflows.Add(Id(workflow));
                }
        });
        var tasks = new ConcurrentBag<long>();
        await readers.ForEachAsync(workflows, async (api, workflow) =>
        {
            foreach (var task in await AllAsync(api, $"/v1/workflows/{workflow}/tasks", world.Workflows.HrSpecialist, cancel)) tasks.Add(Id(task));
        });
        await readers.ForEachAsync(tasks, async (api, task) =>
        {
            foreach (var note in await AllAsync(api, $"/v1/tasks/{task}/notes", world.Workflows.HrSpecialist, cancel))
                if (Marked(note, "text") is { } text) found.Add((text, task));
        });
        return found.GroupBy(f => f.Marker, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(f => f.Parent).ToList(), StringComparer.Ordinal);
    }

    private static long Id(JsonNode record) => record["id"]!.GetValue<long>();

    private static string? Marked(JsonNode record, string field) =>
        record[field]?.GetValue<string>() is { } text && text.StartsWith("crash:", StringComparison.Ordinal) ? text : null;

    /// <summary>Every page of a collection, until a page holds fewer records than asked for.</summary>
    private static async Task<List<JsonNode>> AllAsync(ApiClient api, string collection, Actor by, CancellationToken cancel)
    {
        var all = new List<JsonNode>();
        for (var page = 1; ; page++)
        {
            var path = $"{collection}?per_page={PerPage}&page={page}";
            var records = JsonNode.Parse((await api.GetAsync(path, by.Token, by.AccountId, cancel)).Expect(HttpStatusCode.OK, $"GET {path} ({by.Name})").Body)!.AsArray();
            all.AddRange(records.Select(r => r!));
            if (records.Count < PerPage) return all;
        }
    }

    /// <summary>A client per concurrent read, each on its own connection.</summary>
    private sealed class Readers(Uri server, int count, CancellationToken cancel) : IDisposable
    {
        private readonly ConcurrentBag<ApiClient> _idle = [.. Enumerable.Range(0, count).Select(_ => new ApiClient(server))];

        public Task ForEachAsync<T>(IEnumerable<T> items, Func<ApiClient, T, Task> read) =>
            Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = count, CancellationToken = cancel }, async (item, _) =>
            {
                if (!_idle.TryTake(out var api)) throw new InvalidOperationException("More reads at once than clients.");
                try
                {
                    await read(api, item);
                }
                finally
                {
                    _idle.Add(api);
                }
            });

        public void Dispose()
        {
            foreach (var api in _idle) api.Dispose();
        }
    }
}
