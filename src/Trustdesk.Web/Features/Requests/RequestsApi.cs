namespace Trustdesk.Web.Features.Requests;

/// <summary>
/// <c>/v1/requests</c>, read side: every list, predefined filter and single read goes through the one visibility
/// rule (the EF filter and, on PostgreSQL, row-level security), then the within-account rule of product.md §5.
/// </summary>
public static class RequestsApi
{
    public static IServiceCollection AddRequests(this IServiceCollection services) => services
        .AddScoped<RequestJson>()
        .AddScoped<ListRequests>()
        .AddScoped<SubmitRequest>();

    public static RouteGroupBuilder MapRequestsApi(this RouteGroupBuilder v1)
    {
        var requests = v1.MapGroup("/requests").WithTags("Requests");
        requests.MapGet("/", (HttpRequest r, ListRequests list) => list.HandleAsync(r, null));
        foreach (var filter in RequestFilters.Predefined)
            requests.MapGet($"/{filter.Key}", (HttpRequest r, ListRequests list) => list.HandleAsync(r, filter.Key));
        requests.MapGet("/{id:long}", (long id, HttpRequest r, ListRequests list) => list.GetAsync(id, r));
        requests.MapPost("/", (HttpRequest r, SubmitRequest submit) => submit.HandleAsync(r));
        return requests;
    }
}
