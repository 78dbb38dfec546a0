using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trustdesk.Web.Api.Audit;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.Problems;
using Trustdesk.Web.Features.Requests;
using Trustdesk.Web.Pages.Console.Requests;

namespace Trustdesk.Web.Pages.Console.Problems;

/// <summary>
/// <c>/console/{account}/problems/{id}</c>: a problem of the account (<c>GET /v1/problems/:id</c>) with its linked requests
/// across accounts (those the account sees, counted per account and listed newest first, a page at a time), who can see
/// what of it, its notes and audit trail. Changed through the handler of <c>PATCH</c> from the version the form was shown
/// with; requests linked and unlinked through <c>POST|DELETE /v1/problems/:id/requests/:request_id</c>. Another account's
/// problem, or a missing one, is the 404 page: no other account reads a problem.
/// </summary>
public sealed class ProblemModel(ListProblems list, SaveProblem save, ProblemLinks links, ProblemNotes notes, AccountChoices choices, Caller caller)
    : PageModel
{
    public const int PerPage = 50;

    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    /// <summary>What was just done, for the notice: <c>saved</c>, <c>note</c>, <c>linked</c>, <c>unlinked</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int Number { get; set; } = 1;

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public ProblemForm Form { get; set; } = new();

    [BindProperty]
    public string? NoteText { get; set; }

    [BindProperty]
    public long? RequestId { get; set; }

    public ProblemResponse? Problem { get; private set; }

    /// <summary>The linked requests the account sees, per account they live in.</summary>
    public IReadOnlyList<ProblemLinks.LinkedAccount> LinkedAccounts { get; private set; } = [];

    /// <summary>One page of the linked requests the account sees, newest first.</summary>
    public IReadOnlyList<ProblemLinks.LinkedRequestLine> Requests { get; private set; } = [];
    public bool HasNext { get; private set; }

    public IReadOnlyList<ProblemAudience.Line> Audience { get; private set; } = [];
    public IReadOnlyList<NoteEntry> Notes { get; private set; } = [];
    public IReadOnlyList<AuditEntryResponse> Trail { get; private set; } = [];

    /// <summary>The form's choices, when the person may change the problem.</summary>
    public ProblemChoices? Editing { get; private set; }

    public bool MayLink => links.MayLink;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        return await LoadAsync(keepForm: false, cancel) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        var answer = await save.UpdateAsync(Id, Form.Input, ProblemForm.AllFields, Version, cancel);
        if (answer.StatusCode == StatusCodes.Status404NotFound) return NotFound();
        if (answer.StatusCode == StatusCodes.Status200OK) return Redirect($"/console/{caller.AccountId}/problems/{Id}?done=saved");
        FormErrors.Show(ModelState, answer, ProblemForm.Fields);
        // A stale form is shown again from the problem as it is now; a refused one keeps what was typed.
        return await LoadAsync(keepForm: answer.StatusCode != StatusCodes.Status412PreconditionFailed, cancel) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostNoteAsync(CancellationToken cancel)
    {
        var answer = await notes.AddAsync(Id, new NoteInput { Text = NoteText }, cancel);
        if (answer.StatusCode == StatusCodes.Status201Created) return Redirect($"/console/{caller.AccountId}/problems/{Id}?done=note#notes");
        if (answer.StatusCode == StatusCodes.Status404NotFound) return NotFound();
        FormErrors.Show(ModelState, answer, NoteFields);
        return await LoadAsync(keepForm: false, cancel) ? Page() : NotFound();
    }

    /// <summary>Links a request the account sees, by its number; or, with <paramref name="unlink"/>, removes one.</summary>
    public async Task<IActionResult> OnPostRequestAsync(bool unlink, CancellationToken cancel)
    {
        if (await list.OwnAsync(Id, cancel) is null) return NotFound();
        if (RequestId is not long requestId)
        {
            ModelState.AddModelError(nameof(RequestId), "Request can't be blank.");
            return await LoadAsync(keepForm: false, cancel) ? Page() : NotFound();
        }
        var answer = unlink ? await links.UnlinkAsync(Id, requestId, cancel) : await links.LinkAsync(Id, requestId, cancel);
        if (answer.StatusCode < 300)
            return Redirect($"/console/{caller.AccountId}/problems/{Id}?done={(unlink ? "unlinked" : "linked")}#requests");
        // The problem is the account's (above): a 404 here is a request the account does not see, or not linked to it.
        ModelState.AddModelError(nameof(RequestId), answer.StatusCode switch
        {
            StatusCodes.Status404NotFound => unlink ? $"Request #{requestId} is not linked to this problem." : $"There is no request #{requestId} that this account sees.",
            StatusCodes.Status403Forbidden => "Only specialists link requests to problems.",
            _ => $"Request #{requestId} could not be linked: it " + string.Join(" ", answer.FieldErrors.Select(e => e.Text)) + ".",
        });
        return await LoadAsync(keepForm: false, cancel) ? Page() : NotFound();
    }

    private static readonly IReadOnlyDictionary<string, string> NoteFields = new Dictionary<string, string>(StringComparer.Ordinal) { ["text"] = nameof(NoteText) };

    /// <summary>
    /// Reads the page. The form shows the problem as it is now and its version, unless <paramref name="keepForm"/>: a refused
    /// change is shown again as it was typed, against the version it was typed on.
    /// </summary>
    private async Task<bool> LoadAsync(bool keepForm, CancellationToken cancel)
    {
        if (await list.FindAsync(Id, cancel) is not { } found) return false;
        Problem = found.Problem;
        if (!keepForm) (Form, Version) = (ProblemForm.Of(Problem), found.Own.LockVersion);
        Number = Math.Clamp(Number, 1, 10_000);
        (LinkedAccounts, var page) = await links.OfProblemAsync(found.Own, Number, PerPage, cancel);
        (Requests, HasNext) = (page.Records, page.HasNext);
        Audience = ProblemAudience.Of(Problem, caller.Account.Name, LinkedAccounts);
        Notes = (await notes.OfAsync(found.Own, cancel)).Select(NoteEntry.From).ToList();
        Trail = await list.TrailAsync(found.Own, cancel);
        if (save.MayWrite) Editing = await ProblemChoices.ReadAsync(choices, Form, cancel);
        return true;
    }
}
