using Trustdesk.Isolation.Tests.Paths;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Isolation.Tests.Suite;

/// <summary>
/// Every endpoint of the OpenAPI document is in the suite's path table — checked as a read, a write on hidden records,
/// a creation, the event stream — or marked there as not account-owned, with the reason. A new endpoint in neither
/// fails here, and so does an entry of the table that no longer names an endpoint.
/// </summary>
public sealed class EndpointInventoryTests
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    [Fact]
    public async Task Every_endpoint_of_the_OpenAPI_document_is_in_the_path_table()
    {
        var document = (await TestServers.Shared.Client().GetAsync("/openapi/v1.json")).Expect(200).Record;
        var endpoints = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Where(m => Methods.Contains(m.Key)).Select(m => $"{m.Key.ToUpperInvariant()} {path.Key}"))
            .ToHashSet(StringComparer.Ordinal);
        var table = PathTable.WithPutAliases.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

        Assert.True(endpoints.Count > 50, $"the OpenAPI document lists only {endpoints.Count} endpoints");
        var unlisted = endpoints.Except(table).Order(StringComparer.Ordinal).ToList();
        Assert.True(unlisted.Count == 0, "endpoints in neither the path table nor the not-account-owned list:\n" + string.Join("\n", unlisted));
        var stale = table.Except(endpoints).Order(StringComparer.Ordinal).ToList();
        Assert.True(stale.Count == 0, "path table entries that name no endpoint:\n" + string.Join("\n", stale));
    }

    [Fact]
    public void The_path_table_names_each_endpoint_once()
    {
        var twice = PathTable.WithPutAliases.GroupBy(p => p.Key).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(twice);
    }
}
