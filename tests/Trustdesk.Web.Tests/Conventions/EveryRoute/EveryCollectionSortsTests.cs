using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Conventions.EveryRoute;

/// <summary>
/// 4me clients read every list with <c>sort=updated_at</c>, nested ones included. Every GET route of the OpenAPI
/// document is called on <see cref="RouteWorld"/>; every one that answers a list must be a collection (with
/// <c>X-Pagination-Total-Entries</c>, which the 4me SDK needs to read it as one) that takes <c>created_at</c>,
/// <c>-created_at</c>, <c>updated_at</c> and <c>-updated_at</c> and answers in that order. A collection added later is
/// walked too; the test fails until the world has two of its records.
/// </summary>
public sealed class EveryCollectionSortsTests
{
    private static readonly string[] Keys = ["created_at", "updated_at"];

    /// <summary>Lists that are not collections of records: a report about one request (not a 4me endpoint).</summary>
    private static readonly HashSet<string> Reports = ["/v1/requests/{id}/audience"];

    /// <summary>Collections that hold at most one record by construction, so any order is theirs.</summary>
    private static readonly Dictionary<string, string> OneAtMost = new(StringComparer.Ordinal)
    {
        ["/v1/people/{id}/permissions"] = "the roles in the current account only",
        ["/v1/requests/{id}/affected_slas"] = "one SLA per request",
    };

    [Fact]
    public async Task Every_collection_sorts_on_created_at_and_updated_at_both_ways()
    {
        var world = await RouteWorld.GetAsync();
        var problems = new List<string>();
        var collections = 0;
        foreach (var route in await ApiRoutes.OfAsync(world.Server, "GET"))
        {
            if (route.IsStream || Reports.Contains(route.Template)) continue;
            if (world.Fill(route.Template) is not { } path)
            {
                problems.Add($"{route.Template}: RouteWorld has no record for it");
                continue;
            }
            var reader = world.ReaderOf(path);
            var plain = (await reader.GetAsync(path)).Expect(200);
            if (plain.Json is not System.Text.Json.Nodes.JsonArray) continue;
            collections++;
            if (!plain.HasHeader("X-Pagination-Total-Entries")) problems.Add($"{route.Template}: a list without X-Pagination-Total-Entries");
            problems.AddRange(await SortProblemsAsync(reader, route.Template, path));
        }
        Assert.True(collections > 40, $"only {collections} collections were found");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task<List<string>> SortProblemsAsync(ApiClient reader, string template, string path)
    {
        var problems = new List<string>();
        var orderedByADistinctKey = false;
        foreach (var key in Keys)
        {
            List<string> Values(ApiResponse answer) => answer.Items.Select(item => item![key]?.GetValue<string>() ?? "(none)").ToList();
            var ascending = await reader.GetAsync($"{path}?sort={key}&fields=created_at,updated_at&per_page=100");
            var descending = await reader.GetAsync($"{path}?sort=-{key}&fields=created_at,updated_at&per_page=100");
            if (ascending.Status != 200 || descending.Status != 200)
            {
                problems.Add($"{template}: sort={key} answers {ascending.Status}, sort=-{key} {descending.Status}: {ascending.Text}");
                continue;
            }
            var (up, down) = (Values(ascending), Values(descending));
            if (!up.SequenceEqual(up.Order(StringComparer.Ordinal))) problems.Add($"{template}: sort={key} gives {string.Join(", ", up)}");
            if (!down.SequenceEqual(down.OrderDescending(StringComparer.Ordinal))) problems.Add($"{template}: sort=-{key} gives {string.Join(", ", down)}");
            if (OneAtMost.ContainsKey(template))
            {
                if (up.Count > 1) problems.Add($"{template}: holds {up.Count} records, not at most one ({OneAtMost[template]})");
                continue;
            }
            if (up.Count < 2) problems.Add($"{template}: RouteWorld gives it {up.Count} records, too few to show an order");
            if (up.Contains("(none)")) problems.Add($"{template}: its records do not show {key}");
            orderedByADistinctKey |= up.Distinct().Count() > 1;
        }
        // Records made together share their creation time; one of the two keys must tell them apart for the order to show.
        if (!OneAtMost.ContainsKey(template) && !orderedByADistinctKey) problems.Add($"{template}: its records share their timestamps");
        return problems;
    }
}
