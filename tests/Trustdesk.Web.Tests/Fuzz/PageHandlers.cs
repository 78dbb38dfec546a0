using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Fuzz;

/// <summary>A value a page handler binds from the form or query string: its name there and the .NET type it binds to.</summary>
public sealed record FormField(string Name, Type Type);

/// <summary>
/// One handler of a Razor page: <c>GET</c> or <c>POST</c> at the page's route (<c>/console/{account}/requests/{id}</c>),
/// its name (<c>?handler=Note</c>; null for the page's plain <c>OnGet</c>/<c>OnPost</c>) and what it binds.
/// </summary>
public sealed record PageHandler(string Template, string Method, string? Name, IReadOnlyList<FormField> Fields)
{
    public string Operation => $"{Method} {Template}{(Name is null ? "" : "?handler=" + Name)}";

    public bool IsForm => Method == "POST";
}

/// <summary>
/// Every handler of every Razor page, read from the running app: the page endpoints routing knows, each loaded as MVC
/// loads it on its first request (<see cref="PageLoader"/>), which gives its handler methods, their parameters and the
/// page model's bound properties. A page or form added later is fuzzed without touching the fuzz.
/// </summary>
public static class PageHandlers
{
    public static async Task<IReadOnlyList<PageHandler>> OfAsync(TrustdeskServer server)
    {
        var loader = server.Services.GetRequiredService<PageLoader>();
        var handlers = new List<PageHandler>();
        foreach (var endpoint in server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page) continue;
            var compiled = page as CompiledPageActionDescriptor ?? await loader.LoadAsync(page, endpoint.Metadata);
            var template = RouteTemplates.Of(endpoint.RoutePattern);
            var inRoute = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var bound = compiled.BoundProperties.Where(p => !inRoute.Contains(p.Name))
                .Select(p => new FormField(p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType)).ToList();
            // A page without handler methods (the error page) renders for any method: it is read with GET.
            var methods = compiled.HandlerMethods.Count > 0 ? compiled.HandlerMethods.Select(h => (h.HttpMethod, h.Name, h.Parameters)).ToList()
                : [("GET", null, [])];
            foreach (var (method, name, parameters) in methods)
            {
                var own = parameters.Where(p => p.ParameterType != typeof(CancellationToken) && !inRoute.Contains(p.Name))
                    .Select(p => new FormField(p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType));
                handlers.Add(new PageHandler(template, method.ToUpperInvariant(), name, [.. bound, .. own]));
            }
        }
        return handlers.OrderBy(h => h.Operation, StringComparer.Ordinal).ToList();
    }
}
