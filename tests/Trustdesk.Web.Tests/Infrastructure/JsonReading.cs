using System.Text.Json.Nodes;

namespace Trustdesk.Web.Tests.Infrastructure;

/// <summary>Short reads of JSON members, so assertions stay on one line.</summary>
public static class JsonReading
{
    public static string? Str(this JsonNode node, string member) => node[member]?.GetValue<string>();

    public static long Number(this JsonNode node, string member) =>
        node[member]?.GetValue<long>() ?? throw new InvalidOperationException($"no '{member}' in {node.ToJsonString()}");

    public static bool Bool(this JsonNode node, string member) => node[member]!.GetValue<bool>();

    /// <summary>The ids of a collection answer, in order.</summary>
    public static List<long> Ids(this ApiResponse response) => response.Items.Select(item => item!.Number("id")).ToList();

    /// <summary>The values of one member in each item of a collection answer, in order.</summary>
    public static List<string?> Values(this ApiResponse response, string member) =>
        response.Items.Select(item => item![member]?.GetValue<string>()).ToList();

    /// <summary>The member names of a JSON object, in order.</summary>
    public static List<string> Members(this JsonNode node) => node.AsObject().Select(p => p.Key).ToList();

    public static int TotalEntries(this ApiResponse response) =>
        int.Parse(response.Header("X-Pagination-Total-Entries") ?? throw new InvalidOperationException($"{response.Request}: no X-Pagination-Total-Entries"),
            System.Globalization.CultureInfo.InvariantCulture);
}
