using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Audit;
using Trustdesk.Web.Api.Contracts;
using Trustdesk.Web.Features.Requests;

namespace Trustdesk.Web.Features.Problems;

/// <summary><c>/v1/problems</c>: the account's problems, their notes and the requests linked to them, across accounts (ADR 49).</summary>
public static class ProblemsApi
{
    public static IServiceCollection AddProblems(this IServiceCollection services) => services
        .AddScoped<ProblemJson>()
        .AddScoped<ListProblems>()
        .AddScoped<SaveProblem>()
        .AddScoped<ProblemNotes>()
        .AddScoped<ProblemLinks>()
        .AddScoped<LinkedProblems>();

    public static RouteGroupBuilder MapProblemsApi(this RouteGroupBuilder v1)
    {
        var problems = v1.MapGroup("/problems").WithTags("Problems");
        problems.MapGet("/", (HttpRequest r, ListProblems list) => list.ListAsync(r, null))
            .Lists<ProblemResponse>("The account's problems (people with a role there)");
        foreach (var filter in ListProblems.Predefined.Keys)
            problems.MapGet($"/{filter}", (HttpRequest r, ListProblems list) => list.ListAsync(r, filter))
                .Lists<ProblemResponse>($"The account's problems of 4me's predefined filter {filter}");
        problems.MapGet("/{id:long}", (long id, HttpRequest r, ListProblems list) => list.GetAsync(id, r))
            .Reads<ProblemResponse>("A problem of the account (no other account sees it)");
        problems.MapPost("/", (HttpRequest r, SaveProblem save) => save.CreateAsync(r))
            .Creates<ProblemInput, ProblemResponse>("Register a problem for a service of the account (specialists)");
        problems.MapMethods("/{id:long}", ["PATCH", "PUT"], (long id, HttpRequest r, SaveProblem save) => save.UpdateAsync(id, r))
            .Updates<ProblemInput, ProblemResponse>("Change a problem of the account (specialists); a new workaround shows on every linked request");
        problems.MapGet("/{id:long}/audit", (long id, HttpRequest r, ListProblems list) => list.AuditAsync(id, r))
            .ListsUnder<AuditEntryResponse>("A problem's audit trail, oldest first");
        problems.MapGet("/{id:long}/notes", (long id, HttpRequest r, ProblemNotes notes) => notes.ListAsync(id, r))
            .ListsUnder<NoteResponse>("A problem's notes, oldest first");
        problems.MapPost("/{id:long}/notes", (long id, HttpRequest r, ProblemNotes notes) => notes.AddAsync(id, r))
            .Acts<NoteInput, NoteResponse>("Add a note to a problem of the account (specialists)", StatusCodes.Status201Created);
        problems.MapGet("/{id:long}/requests", (long id, HttpRequest r, ProblemLinks links) => links.RequestsAsync(id, r))
            .ListsUnder<RequestResponse>("The requests linked to a problem that the caller sees, in whatever account they live");
        problems.MapPost("/{id:long}/requests/{requestId:long}", (long id, long requestId, HttpRequest r, ProblemLinks links) =>
                links.LinkAsync(id, requestId, r.HttpContext.RequestAborted))
            .Acts<EmptyResponse>("Link a request the account sees to a problem of the account (specialists; 200 also when linked already)");
        problems.MapDelete("/{id:long}/requests/{requestId:long}", (long id, long requestId, HttpRequest r, ProblemLinks links) =>
                links.UnlinkAsync(id, requestId, r.HttpContext.RequestAborted))
            .Removes("Remove a request from a problem of the account (specialists)");
        return problems;
    }
}
