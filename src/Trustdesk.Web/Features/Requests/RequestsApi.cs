namespace Trustdesk.Web.Features.Requests;

/// <summary>
/// <c>/v1/requests</c>: every list, predefined filter, single read, note, audit line and update goes through the one
/// visibility rule (the EF filter and, on PostgreSQL, row-level security), then the within-account rule of
/// product.md §5 (<see cref="VisibleRequests"/>).
/// </summary>
public static class RequestsApi
{
    public static IServiceCollection AddRequests(this IServiceCollection services) => services
        .AddScoped<RequestJson>()
        .AddScoped<VisibleRequests>()
        .AddScoped<RequestSides>()
        .AddScoped<RequestAssignment>()
        .AddScoped<RequestSlas>()
        .AddScoped<RequestClock>()
        .AddScoped<RequestAudit>()
        .AddScoped<RequestNotes>()
        .AddScoped<RequestTrail>()
        .AddScoped<RequestAudience>()
        .AddScoped<ListRequests>()
        .AddScoped<SubmitRequest>()
        .AddScoped<UpdateRequest>();

    public static RouteGroupBuilder MapRequestsApi(this RouteGroupBuilder v1)
    {
        var requests = v1.MapGroup("/requests").WithTags("Requests");
        requests.MapGet("/", (HttpRequest r, ListRequests list) => list.HandleAsync(r, null));
        foreach (var filter in RequestFilters.Predefined)
            requests.MapGet($"/{filter.Key}", (HttpRequest r, ListRequests list) => list.HandleAsync(r, filter.Key));
        requests.MapGet("/{id:long}", (long id, HttpRequest r, ListRequests list) => list.GetAsync(id, r));
        requests.MapPost("/", (HttpRequest r, SubmitRequest submit) => submit.HandleAsync(r));
        requests.MapPatch("/{id:long}", (long id, HttpRequest r, UpdateRequest update) => update.HandleAsync(id, r));
        requests.MapGet("/{id:long}/notes", (long id, HttpRequest r, RequestNotes notes) => notes.ListAsync(id, r, null));
        requests.MapGet("/{id:long}/notes/public", (long id, HttpRequest r, RequestNotes notes) => notes.ListAsync(id, r, false));
        requests.MapGet("/{id:long}/notes/internal", (long id, HttpRequest r, RequestNotes notes) => notes.ListAsync(id, r, true));
        requests.MapPost("/{id:long}/notes", (long id, HttpRequest r, RequestNotes notes) => notes.PostAsync(id, r));
        requests.MapGet("/{id:long}/audit", (long id, HttpRequest r, RequestTrail trail) => trail.AuditAsync(id, r));
        requests.MapGet("/{id:long}/affected_slas", (long id, HttpRequest r, RequestTrail trail) => trail.AffectedSlasAsync(id, r));
        requests.MapGet("/{id:long}/audience", (long id, HttpRequest r, RequestAudience audience) => audience.HandleAsync(id, r.HttpContext.RequestAborted));
        return requests;
    }
}
