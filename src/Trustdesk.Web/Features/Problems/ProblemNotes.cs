using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Access;
using Trustdesk.Domain.Problems;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Listing;
using Trustdesk.Web.Features.Requests;

namespace Trustdesk.Web.Features.Problems;

/// <summary>
/// <c>/v1/problems/:id/notes</c>: notes stay in the problem's account, as the problem does, so none is internal
/// (there is no one else to hide it from). Read by the account's people with a role, written by its specialists.
/// </summary>
public sealed class ProblemNotes(
    TrustdeskDbContext db, Caller caller, ListProblems problems, RecordWrites writes, NoteJson noteJson, NotedRecords noted)
{
    private static readonly ListSpec<ProblemNote> Spec = ListSpec.Of<ProblemNote>()
        .FilterAndSort("id", n => n.Id)
        .OrderBy(n => n.Id, descending: false).Fields<NoteResponse>(["text", "internal", "person", "account", "created_at"]);

    public async Task<ApiResult> ListAsync(long problemId, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        if (await problems.OwnAsync(problemId, cancel) is null) return ApiErrors.NotFound();
        return await Listing.PageAsync(request, db.ProblemNotes.AsNoTracking().Where(n => n.ProblemId == problemId), Spec,
            list => noteJson.RenderAsync(list.Select(View).ToList(), cancel));
    }

    /// <summary>All the notes of a problem of the account (one <see cref="ListProblems.OwnAsync"/> found), oldest first, as the API renders them.</summary>
    public async Task<IReadOnlyList<NoteResponse>> OfAsync(Problem own, CancellationToken cancel)
    {
        var notes = await db.ProblemNotes.AsNoTracking().Where(n => n.ProblemId == own.Id).OrderBy(n => n.Id).ToListAsync(cancel);
        return await noteJson.RenderAsync(notes.Select(View).ToList(), cancel);
    }

    public async Task<ApiResult> AddAsync(long problemId, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        var (body, error) = await JsonBody.ReadAsync<NoteInput>(request);
        return await AddAsync(problemId, body?.Value, error, cancel);
    }

    /// <summary>Adds a note to a problem of the account; the 201 with it, or why not (404, 403, 422). The console adds notes through here.</summary>
    public Task<ApiResult> AddAsync(long problemId, NoteInput input, CancellationToken cancel) => AddAsync(problemId, input, null, cancel);

    private async Task<ApiResult> AddAsync(long problemId, NoteInput? input, ApiResult? unreadable, CancellationToken cancel)
    {
        if (await problems.OwnAsync(problemId, cancel) is not { } problem) return ApiErrors.NotFound();
        if (!writes.MayWrite(Role.Specialists)) return ApiErrors.Forbidden();
        if (input is null) return unreadable!;
        var check = new Validation().Text("text", input.Text, Limits.NoteText, required: true);
        if (input.Internal == true) check.Add("internal", "problem notes are seen in the problem's account only already");
        if (check.Result is { } invalid) return invalid;
        var note = new ProblemNote { ProblemId = problemId, PersonId = caller.PersonId, Text = input.Text!.Trim() };
        db.ProblemNotes.Add(note);
        await db.SaveChangesAsync(cancel);
        await noted.TouchAsync(problem, cancel);
        return ApiResult.Created(ApiJson.Node((await noteJson.RenderAsync([View(note)], cancel))[0]));
    }

    private static NoteView View(ProblemNote n) => new(n.Id, n.AccountId, n.PersonId, n.Text, false, n.CreatedAt, n.UpdatedAt);
}
