using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Data.Isolation;
using Trustdesk.Domain.Requests;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Listing;

namespace Trustdesk.Web.Features.Requests;

/// <summary>
/// <c>/v1/requests/:id/notes</c> (+ <c>/public</c>, <c>/internal</c>) and adding notes, also through PATCH's
/// <c>note</c> and <c>internal_note</c>. A note lives in the account its author acts in. Public notes are seen by
/// everyone who sees the request; internal notes only in their own account (the data layer) and only by its
/// specialists (here), never by end users.
/// </summary>
public sealed class RequestNotes(
    TrustdeskDbContext db, Caller caller, VisibleRequests visible, RequestSides sides, RequestClock clock,
    RequestAudit audit, NoteJson noteJson, NotedRecords noted)
{
    private static readonly ListSpec<RequestNote> Spec = ListSpec.Of<RequestNote>()
        .FilterAndSort("id", n => n.Id)
        .Filter("internal", n => n.Internal)
        .OrderBy(n => n.Id, descending: false)
        .Fields<NoteResponse>(["text", "internal", "person", "account", "created_at"]);

    public async Task<ApiResult> ListAsync(long requestId, HttpRequest request, bool? onlyInternal)
    {
        var cancel = request.HttpContext.RequestAborted;
        using var own = visible.ReadingOwnRequests(alsoForSpecialists: true);
        var found = await visible.Query().FirstOrDefaultAsync(r => r.Id == requestId, cancel);
        if (found is null || await ReadableAsync(found, cancel) is not { } notes) return ApiErrors.NotFound();
        if (onlyInternal is bool wanted) notes = notes.Where(n => n.Internal == wanted);
        return await Listing.PageAsync(request, notes, Spec, list => RenderAsync(list, cancel));
    }

    /// <summary>
    /// The notes of <paramref name="found"/> (a request the caller sees) that the caller may read, null when they have no
    /// side of it; run inside <c>VisibleRequests.ReadingOwnRequests(alsoForSpecialists: true)</c>.
    /// </summary>
    public async Task<IQueryable<RequestNote>?> ReadableAsync(Request found, CancellationToken cancel)
    {
        if (await sides.OfAsync(found, cancel) is not { } side) return null;
        var notes = db.RequestNotes.AsNoTracking().Where(n => n.RequestId == found.Id);
        // Whoever is here only as the requester reads public notes, as an end user does.
        return side == RequestSide.Requester && !db.Switches.Plants(PlantedBugs.InternalNotesToRequesters) ? notes.Where(n => !n.Internal) : notes; // TEST ONLY bug
    }

    public async Task<ApiResult> PostAsync(long requestId, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        using var own = visible.ReadingOwnRequests(alsoForSpecialists: true);
        var (note, refused) = await WriteAsync(requestId, async () =>
        {
            var (body, error) = await JsonBody.ReadAsync<NoteInput>(request);
            return (body?.Value, error);
        }, cancel);
        if (note is null) return refused!;
        return ApiResult.Created(ApiJson.Node((await RenderAsync([note], cancel))[0]));
    }

    /// <summary>Adds and saves a note, or says why not (404, or a 422 with field errors); the portal adds notes through here.</summary>
    public async Task<(RequestNote? Note, ApiResult? Refused)> PostAsync(long requestId, NoteInput input, CancellationToken cancel)
    {
        using var own = visible.ReadingOwnRequests(alsoForSpecialists: true);
        return await WriteAsync(requestId, () => Task.FromResult<(NoteInput?, ApiResult?)>((input, null)), cancel);
    }

    /// <summary>The input is read only once the request is known to be the caller's to change: otherwise 404, whatever was sent.</summary>
    private async Task<(RequestNote? Note, ApiResult? Refused)> WriteAsync(
        long requestId, Func<Task<(NoteInput? Input, ApiResult? Error)>> read, CancellationToken cancel)
    {
        var found = await visible.Query(tracked: true).FirstOrDefaultAsync(r => r.Id == requestId, cancel);
        if (found is null || await sides.OfAsync(found, cancel) is not { } side) return (null, ApiErrors.NotFound());
        var (input, error) = await read();
        if (input is null) return (null, error!);

        var check = new Validation().Text("text", input.Text, Limits.NoteText, required: true);
        if (input.Internal == true && side == RequestSide.Requester) check.Add("internal", "end users write public notes only");
        if (!check.IsValid) return (null, check.Result!);

        var note = await AddAsync(found, side, input.Text!, input.Internal == true, cancel);
        await db.SaveChangesAsync(cancel);
        await noted.TouchAsync(found, cancel);
        return (note, null);
    }

    /// <summary>The notes a request's own body adds (<see cref="INoteFields"/>), those that were sent.</summary>
    private static IEnumerable<(string Field, string? Text, bool Internal)> Sent(INoteFields fields, Func<string, bool> sent) =>
        new[] { ("note", fields.Note, false), ("internal_note", fields.InternalNote, true) }.Where(f => sent(f.Item1));

    /// <summary>Checks the texts of the sent note fields; whether the caller's side may send them is <see cref="RequestSides.Refuse"/>'s.</summary>
    public static void CheckSent(INoteFields fields, Func<string, bool> sent, Validation check)
    {
        foreach (var (field, text, _) in Sent(fields, sent)) check.Text(field, text, Limits.NoteText, required: true);
    }

    /// <summary>
    /// Adds the sent note fields (checked) to <paramref name="request"/> as <see cref="AddAsync"/> does, tracked, unsaved;
    /// whether there were any (then, once saved, the request is <see cref="NotedRecords.TouchAsync"/>ed).
    /// </summary>
    public async Task<bool> AddSentAsync(Request request, RequestSide side, INoteFields fields, Func<string, bool> sent, CancellationToken cancel)
    {
        var any = false;
        foreach (var (_, text, isInternal) in Sent(fields, sent))
        {
            await AddAsync(request, side, text!, isInternal, cancel);
            any = true;
        }
        return any;
    }

    /// <summary>
    /// Adds the note fields a request was registered with (checked) to it, now saved: its description, tracked, unsaved.
    /// Written with the request, it is not a response to it.
    /// </summary>
    public void AddFirst(Request request, INoteFields fields, Func<string, bool> sent)
    {
        foreach (var (_, text, isInternal) in Sent(fields, sent)) New(request, text!, isInternal);
    }

    /// <summary>
    /// Adds a note (already validated) to <paramref name="request"/>, tracked, unsaved. A public note from the provider's
    /// side is a response: the first one stops the response clock.
    /// </summary>
    public async Task<RequestNote> AddAsync(Request request, RequestSide side, string text, bool isInternal, CancellationToken cancel)
    {
        var note = New(request, text, isInternal);
        if (!isInternal && side is RequestSide.Own or RequestSide.Provider && request.RespondedAt is null
            && caller.PersonId != request.RequestedForId && RequestTransitions.IsOpen(request.Status))
        {
            request.RespondedAt = audit.Now;
            await clock.UpdateAsync(request, null, cancel);
        }
        return note;
    }

    /// <summary>A note by the caller, in the account they act in (the save-time guard stamps it).</summary>
    private RequestNote New(Request request, string text, bool isInternal)
    {
        var note = new RequestNote { RequestId = request.Id, PersonId = caller.PersonId, Text = text.Trim(), Internal = isInternal };
        db.RequestNotes.Add(note);
        return note;
    }

    public Task<IReadOnlyList<NoteResponse>> RenderAsync(IReadOnlyList<RequestNote> notes, CancellationToken cancel) =>
        noteJson.RenderAsync(notes.Select(n => new NoteView(n.Id, n.AccountId, n.PersonId, n.Text, n.Internal, n.CreatedAt, n.UpdatedAt)).ToList(), cancel);
}
