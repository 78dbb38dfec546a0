using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Access;
using Trustdesk.Domain.ConfigurationItems;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Listing;
using Trustdesk.Web.Features.Requests;

namespace Trustdesk.Web.Features.ConfigurationItems;

/// <summary>
/// <c>/v1/cis/:id/notes</c>: read and written wherever the CI is seen, by its account and by the provider that supports it,
/// who maintain it together; so none is internal. Read by people with a role, written by specialists.
/// </summary>
public sealed class CiNotes(TrustdeskDbContext db, Caller caller, ListCis cis, RecordWrites writes, NoteJson noteJson, NotedRecords noted)
{
    private static readonly ListSpec<CiNote> Spec = ListSpec.Of<CiNote>()
        .FilterAndSort("id", n => n.Id)
        .OrderBy(n => n.Id, descending: false).Fields<NoteResponse>(["text", "internal", "person", "account", "created_at"]);

    public async Task<ApiResult> ListAsync(long ciId, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        if (await cis.SeenAsync(ciId, cancel) is null) return ApiErrors.NotFound();
        return await Listing.PageAsync(request, db.CiNotes.AsNoTracking().Where(n => n.CiId == ciId), Spec,
            list => noteJson.RenderAsync(list.Select(View).ToList(), cancel));
    }

    /// <summary>All the notes of a CI one <see cref="ListCis.SeenAsync"/> found, oldest first, as the API renders them.</summary>
    public async Task<IReadOnlyList<NoteResponse>> OfAsync(Ci seen, CancellationToken cancel)
    {
        var notes = await db.CiNotes.AsNoTracking().Where(n => n.CiId == seen.Id).OrderBy(n => n.Id).ToListAsync(cancel);
        return await noteJson.RenderAsync(notes.Select(View).ToList(), cancel);
    }

    public async Task<ApiResult> AddAsync(long ciId, HttpRequest request)
    {
        var (body, error) = await JsonBody.ReadAsync<NoteInput>(request);
        return await AddAsync(ciId, body?.Value, error, request.HttpContext.RequestAborted);
    }

    /// <summary>Adds a note to a CI the account sees; the 201 with it, or why not (404, 403, 422). The console adds notes through here.</summary>
    public Task<ApiResult> AddAsync(long ciId, NoteInput input, CancellationToken cancel) => AddAsync(ciId, input, null, cancel);

    private async Task<ApiResult> AddAsync(long ciId, NoteInput? input, ApiResult? unreadable, CancellationToken cancel)
    {
        if (await cis.SeenAsync(ciId, cancel) is not { } ci) return ApiErrors.NotFound();
        if (!writes.MayWrite(Role.Specialists)) return ApiErrors.Forbidden();
        if (input is null) return unreadable!;
        var check = new Validation().Text("text", input.Text, Limits.NoteText, required: true);
        if (input.Internal == true) check.Add("internal", "a CI's notes are seen wherever the CI is; none is internal");
        if (check.Result is { } invalid) return invalid;
        var note = new CiNote { CiId = ciId, PersonId = caller.PersonId, Text = input.Text!.Trim() };
        db.CiNotes.Add(note);
        await db.SaveChangesAsync(cancel);
        await noted.TouchAsync(ci, cancel);
        return ApiResult.Created(ApiJson.Node((await noteJson.RenderAsync([View(note)], cancel))[0]));
    }

    private static NoteView View(CiNote n) => new(n.Id, n.AccountId, n.PersonId, n.Text, false, n.CreatedAt, n.UpdatedAt);
}
