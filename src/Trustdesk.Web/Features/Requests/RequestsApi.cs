using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Audit;
using Trustdesk.Web.Api.Contracts;

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
        .AddScoped<RequestRegistration>()
        .AddScoped<UpdateRequest>();

    /// <summary>What each predefined filter lists, for the document (every filter of <see cref="RequestFilters.Predefined"/> has one).</summary>
    private static readonly Dictionary<string, string> FilterSummaries = new(StringComparer.Ordinal)
    {
        ["open"] = "The open requests the caller sees (neither completed nor declined)",
        ["completed"] = "The completed requests the caller sees",
        [RequestFilters.RequestedByOrForMe] = "The caller's own requests, requested by them or for them, in any account",
        ["assigned_to_me"] = "The open requests assigned to the caller",
        ["assigned_to_my_team"] = "The open requests assigned to a team of the account the caller is a member of",
        [RequestFilters.WaitingForMe] = "The caller's own requests that wait for them (waiting for customer), in any account",
        [Trusts.StrandedWork.Filter] = "The account's open requests left with a provider it no longer trusts with requests (ADR 31)",
    };

    public static RouteGroupBuilder MapRequestsApi(this RouteGroupBuilder v1)
    {
        var requests = v1.MapGroup("/requests").WithTags("Requests");
        requests.MapGet("/", (HttpRequest r, ListRequests list) => list.HandleAsync(r, null))
            .Lists<RequestResponse>("The requests the caller sees: the account's own, those it works for a customer, and the caller's own elsewhere");
        foreach (var filter in RequestFilters.Predefined)
            requests.MapGet($"/{filter.Key}", (HttpRequest r, ListRequests list) => list.HandleAsync(r, filter.Key))
                .Lists<RequestResponse>(FilterSummaries[filter.Key]);
        requests.MapGet("/{id:long}", (long id, HttpRequest r, ListRequests list) => list.GetAsync(id, r))
            .Reads<RequestResponse>("A request");
        requests.MapPost("/", (HttpRequest r, SubmitRequest submit) => submit.HandleAsync(r))
            .Creates<RequestInput, RequestResponse>(
                "Register a request: a specialist's in the account, an end user's routed to the account providing the service instance");
        requests.MapPatch("/{id:long}", (long id, HttpRequest r, UpdateRequest update) => update.HandleAsync(id, r))
            .Updates<RequestUpdateInput, RequestResponse>(
                "Change a request's fields, as far as the caller's side of it allows (status, team, member, a hand-over to a trusted provider), or add a note");
        requests.MapGet("/{id:long}/notes", (long id, HttpRequest r, RequestNotes notes) => notes.ListAsync(id, r, null))
            .ListsUnder<NoteResponse>("A request's notes the caller may read, oldest first (internal ones only in their own account, never for a requester)");
        requests.MapGet("/{id:long}/notes/public", (long id, HttpRequest r, RequestNotes notes) => notes.ListAsync(id, r, false))
            .ListsUnder<NoteResponse>("A request's public notes, oldest first");
        requests.MapGet("/{id:long}/notes/internal", (long id, HttpRequest r, RequestNotes notes) => notes.ListAsync(id, r, true))
            .ListsUnder<NoteResponse>("A request's internal notes the caller may read, oldest first");
        requests.MapPost("/{id:long}/notes", (long id, HttpRequest r, RequestNotes notes) => notes.PostAsync(id, r))
            .Acts<NoteInput, NoteResponse>("Add a note to a request, in the account the caller acts in (end users: public notes only)",
                StatusCodes.Status201Created);
        requests.MapGet("/{id:long}/audit", (long id, HttpRequest r, RequestTrail trail) => trail.AuditAsync(id, r))
            .ListsUnder<AuditEntryResponse>("A request's audit trail, oldest first: who changed which fields, in which account");
        requests.MapGet("/{id:long}/affected_slas", (long id, HttpRequest r, RequestTrail trail) => trail.AffectedSlasAsync(id, r))
            .ListsUnder<AffectedSlaResponse>("The SLA a request is measured against, with its targets and whether they were met");
        // One entry per involved account, not paged, no version: none of the collection or record kinds.
        requests.MapGet("/{id:long}/audience", (long id, HttpRequest r, RequestAudience audience) => audience.HandleAsync(id, r.HttpContext.RequestAborted))
            .WithSummary("Who can see a request and why: each account it involves, whether it sees it, and the trust that grants it (ADR 21)")
            .Produces<RequestAudienceResponse[]>().Refuses(StatusCodes.Status404NotFound);
        return requests;
    }
}
