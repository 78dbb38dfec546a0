using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Fuzz;

/// <summary>
/// One operation of the API as the running app maps it: a method and a route pattern written as the OpenAPI document
/// writes it (<c>/v1/slas/{id}/people/{personId}</c>, constraints left out). <see cref="Method"/> is null for a route
/// that takes any method (the JSON fallback of unknown paths).
/// </summary>
public sealed record ApiOperation(string? Method, string Template)
{
    public string[] Segments => Template.Split('/');

    public string Name => $"{Method ?? "ANY"} {Template}";

    public bool IsWrite => Method is "POST" or "PATCH" or "PUT" or "DELETE";

    public static bool IsParameter(string segment) => segment.StartsWith('{');
}

/// <summary>
/// Every <c>/v1</c> operation, read from the app's own <see cref="EndpointDataSource"/> (what routing matches against),
/// so a route added later is fuzzed without touching the fuzz.
/// </summary>
public static class ApiOperations
{
    public static IReadOnlyList<ApiOperation> Of(TrustdeskServer server) =>
        WithMetadata(server).Select(o => o.Operation).Distinct()
            .OrderBy(o => o.Template, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal)
            .ToList();

    /// <summary>Every <c>/v1</c> operation with its endpoint's metadata (what its contract declared, ADR 45).</summary>
    public static IEnumerable<(ApiOperation Operation, EndpointMetadataCollection Metadata)> WithMetadata(TrustdeskServer server) =>
        server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && (raw == "/v1" || raw.StartsWith("/v1/", StringComparison.Ordinal)))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [null!])
                .Select(method => (new ApiOperation(method, RouteTemplates.Of(e.RoutePattern)), e.Metadata)));
}
