using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Conventions.EveryRoute;

/// <summary>One operation of the API: its method and its path template (<c>/v1/slas/{id}/people</c>).</summary>
public sealed record ApiRoute(string Method, string Template, bool IsStream);

/// <summary>Every route of the API, read from its OpenAPI document, so a route added later is walked too.</summary>
public static class ApiRoutes
{
    public static async Task<IReadOnlyList<ApiRoute>> OfAsync(TrustdeskServer server)
    {
        var document = (await server.Client().GetAsync("/openapi/v1.json")).Expect(200).Record;
        var routes = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(operation => new ApiRoute(operation.Key.ToUpperInvariant(), path.Key,
                operation.Value?["responses"]?["200"]?["content"]?["text/event-stream"] is not null)))
            .ToList();
        Assert.True(routes.Count > 50, $"the OpenAPI document lists only {routes.Count} operations");
        return routes;
    }

    public static async Task<IReadOnlyList<ApiRoute>> OfAsync(TrustdeskServer server, params string[] methods) =>
        (await OfAsync(server)).Where(r => methods.Contains(r.Method)).ToList();
}
