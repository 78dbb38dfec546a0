using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.Requests;

namespace Trustdesk.Web.Pages.Portal;

/// <summary>
/// <c>/portal/requests/{id}</c>: one of the person's requests with its public notes, and adding a public note through
/// the handler of <c>POST /v1/requests/:id/notes</c>. Anyone else's request answers the 404 page, like a missing one.
/// </summary>
public sealed class RequestPageModel(VisibleRequests visible, RequestJson json, RequestNotes notes, Caller caller) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Submitted { get; set; }

    [BindProperty]
    public string? NoteText { get; set; }

    public RequestView? Details { get; private set; }
    public IReadOnlyList<NoteLine> Notes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel) =>
        await LoadAsync(cancel) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        var (note, refused) = await notes.PostAsync(Id, new NoteInput { Text = NoteText, Internal = false }, cancel);
        if (note is null)
        {
            if (refused!.StatusCode == StatusCodes.Status404NotFound) return NotFound();
            foreach (var (_, text) in refused.FieldErrors) ModelState.AddModelError(nameof(NoteText), $"The note {text}.");
            return await LoadAsync(cancel) ? Page() : NotFound();
        }
        return Redirect($"/portal/requests/{Id}#notes");
    }

    private async Task<bool> LoadAsync(CancellationToken cancel)
    {
        using var own = visible.ReadingOwnRequests(alsoForSpecialists: true);
        var found = await visible.Query().FirstOrDefaultAsync(r => r.Id == Id, cancel);
        if (found is null || await notes.ReadableAsync(found, cancel) is not { } readable) return false;
        Details = RequestView.From(await json.RenderAsync(found, cancel), caller.AccountId, caller.Account.Name);
        var list = await readable.OrderBy(n => n.Id).ToListAsync(cancel);
        Notes = (await notes.RenderAsync(list, cancel))
            .Select(n => new NoteLine(n.Person?.Name ?? "", n.Text, Moment.Of(n.CreatedAt)))
            .ToList();
        return true;
    }
}

public sealed record NoteLine(string Author, string Text, Moment CreatedAt);
