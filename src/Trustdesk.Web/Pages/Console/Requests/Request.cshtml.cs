using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Requests;
using Trustdesk.Domain.Trusts;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.ConfigurationItems;
using Trustdesk.Web.Features.Knowledge;
using Trustdesk.Web.Features.Problems;
using Trustdesk.Web.Features.Requests;
using Trustdesk.Web.Features.Trusts;

namespace Trustdesk.Web.Pages.Console.Requests;

/// <summary>
/// <c>/console/{account}/requests/{id}</c>: a request the account sees, through the API's handlers — its fields
/// (<c>GET /v1/requests/:id</c>), notes (internal ones only where the handler shows them), changing status, team and
/// member or handing it over to a trusted provider's team (<c>PATCH</c>, only what the account's side may change, and
/// only from the version the form was shown with), the audit trail and who can see it and why (ADR 21). A request the
/// account does not see, also in a forged post, answers the 404 page. A request of the account left with a provider it no
/// longer trusts with requests is marked as such (ADR 31): its page says so, and the hand-over form takes it back.
/// </summary>
public sealed class RequestModel(
    VisibleRequests visible, RequestJson json, RequestNotes notes, RequestSides sides, RequestTrail trail, AuditWords words, RequestAudience audience,
    UpdateRequest update, TrustedTeams teams, ListRequests lists, RequestArticles articles, PortalSearch search, ListProblems problems,
    ProblemLinks problemLinks, RequestCis ciLinks, ListCis cis, Caller caller) : PageModel
{
    public static readonly IReadOnlyList<string> Statuses = SnakeCaseEnum<RequestStatus>.Names;
    public static readonly IReadOnlyList<string> CompletionReasons = SnakeCaseEnum<CompletionReason>.Names;

    private static readonly Dictionary<string, string> NoteFields = new(StringComparer.Ordinal) { ["text"] = nameof(NoteText), ["internal"] = nameof(NoteInternal) };

    private static readonly Dictionary<string, string> UpdateFields = new(StringComparer.Ordinal)
    {
        ["status"] = nameof(Status), ["completion_reason"] = nameof(CompletionReason), ["team_id"] = nameof(TeamId), ["member_id"] = nameof(MemberId),
    };

    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    [BindProperty]
    public string? NoteText { get; set; }

    [BindProperty]
    public bool NoteInternal { get; set; }

    /// <summary>The request's <c>lock_version</c> when the form was shown.</summary>
    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? Status { get; set; }

    [BindProperty]
    public string? CompletionReason { get; set; }

    [BindProperty]
    public long? TeamId { get; set; }

    [BindProperty]
    public long? MemberId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    /// <summary>A search for a knowledge article to use on the request.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Kq { get; set; }

    [BindProperty]
    public long ArticleId { get; set; }

    /// <summary>Whether the article's instructions are added as a public note, besides linking it.</summary>
    [BindProperty]
    public bool Apply { get; set; }

    /// <summary>The problem of the account to link the request to.</summary>
    [BindProperty]
    public long ProblemId { get; set; }

    /// <summary>The label of a CI to link to the request.</summary>
    [BindProperty]
    public string? CiLabel { get; set; }

    /// <summary>A linked CI to remove from the request.</summary>
    [BindProperty]
    public long? CiId { get; set; }

    /// <summary>The CIs linked to the request that the account sees, whoever linked them.</summary>
    public IReadOnlyList<CiResponse> Cis { get; private set; } = [];

    /// <summary>The linked CIs whose link this account made: the ones it may remove.</summary>
    public IReadOnlySet<long> CisLinkedHere { get; private set; } = new HashSet<long>();

    public bool MayLinkCis => ciLinks.MayLink;

    /// <summary>The account's active problems, to link the request to one (specialists only).</summary>
    public IReadOnlyList<(long Id, string Subject)> ActiveProblems { get; private set; } = [];

    /// <summary>The knowledge articles used on the request that reach this account.</summary>
    public IReadOnlyList<Features.Knowledge.KnowledgeArticleResponse> Articles { get; private set; } = [];

    /// <summary>The articles a search found, to link or apply.</summary>
    public IReadOnlyList<PortalSearch.ArticleHit> Found { get; private set; } = [];

    public RequestLine? Details { get; private set; }
    public RequestSide? Side { get; private set; }
    public IReadOnlyList<NoteEntry> Notes { get; private set; } = [];
    public IReadOnlyList<AuditEntry> Trail { get; private set; } = [];
    public IReadOnlyList<AudienceEntry> Audience { get; private set; } = [];
    public IReadOnlyList<TeamChoice> Teams { get; private set; } = [];
    public IReadOnlyList<(long Id, string Name)> Members { get; private set; } = [];

    /// <summary>Whether the request is stranded: assigned to a team of a provider this account no longer trusts with <c>requests</c>.</summary>
    public bool Stranded { get; private set; }

    /// <summary>Whether this account works the request (its own, or a provider's trusted with <c>requests</c>).</summary>
    public bool Works => Side is RequestSide.Own or RequestSide.Provider;

    public bool WritesInternalNotes => Side is not null and not RequestSide.Requester;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel) =>
        await LoadAsync(keepForm: false, cancel) ? Page() : NotFound();

    public async Task<IActionResult> OnPostNoteAsync(CancellationToken cancel)
    {
        var (note, refused) = await notes.PostAsync(Id, new NoteInput { Text = NoteText, Internal = NoteInternal }, cancel);
        if (note is not null) return Redirect($"/console/{caller.AccountId}/requests/{Id}?done=note#notes");
        if (refused!.StatusCode == StatusCodes.Status404NotFound) return NotFound();
        FormErrors.Show(ModelState, refused, NoteFields);
        return await LoadAsync(keepForm: true, cancel) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostArticleAsync(CancellationToken cancel)
    {
        var answer = await articles.LinkAsync(Id, ArticleId, Apply, cancel);
        if (answer.StatusCode == StatusCodes.Status200OK)
            return Redirect($"/console/{caller.AccountId}/requests/{Id}?done={(Apply ? "applied" : "linked")}#knowledge");
        if (answer.StatusCode == StatusCodes.Status404NotFound) return NotFound();
        ModelState.AddModelError("", answer.StatusCode == StatusCodes.Status403Forbidden
            ? "Only specialists use articles on requests."
            : "The article could not be applied: " + string.Join(" ", answer.FieldErrors.Select(e => e.Text)));
        return await LoadAsync(keepForm: false, cancel) ? Page() : NotFound();
    }

    /// <summary>Links the request to a problem of the account (<c>POST /v1/problems/:id/requests/:request_id</c>), or removes the link.</summary>
    public async Task<IActionResult> OnPostProblemAsync(bool unlink, CancellationToken cancel)
    {
        var answer = unlink ? await problemLinks.UnlinkAsync(ProblemId, Id, cancel) : await problemLinks.LinkAsync(ProblemId, Id, cancel);
        if (answer.StatusCode < 300)
            return Redirect($"/console/{caller.AccountId}/requests/{Id}?done={(unlink ? "unlinked" : "problem")}#problem");
        if (answer.StatusCode == StatusCodes.Status404NotFound) return NotFound();
        ModelState.AddModelError("", answer.StatusCode == StatusCodes.Status403Forbidden
            ? "Only specialists link requests to problems."
            : "The request could not be linked: " + string.Join(" ", answer.FieldErrors.Select(e => e.Text)));
        return await LoadAsync(keepForm: false, cancel) ? Page() : NotFound();
    }

    /// <summary>
    /// Links a CI the account sees to the request, found by its label (<c>POST /v1/requests/:id/cis/:ci_id</c>); or, with
    /// <paramref name="unlink"/>, removes a link the account made.
    /// </summary>
    public async Task<IActionResult> OnPostCiAsync(bool unlink, CancellationToken cancel)
    {
        var ciId = unlink ? CiId : (await cis.ByLabelAsync(CiLabel, cancel))?.Id;
        var answer = ciId is long id ? unlink ? await ciLinks.UnlinkAsync(Id, id, cancel) : await ciLinks.LinkAsync(Id, id, cancel) : null;
        if (answer is { StatusCode: < 300 })
            return Redirect($"/console/{caller.AccountId}/requests/{Id}?done={(unlink ? "ci-removed" : "ci")}#cis");
        // Whatever was refused, a request the account does not see is the 404 page.
        if (!await LoadAsync(keepForm: false, cancel)) return NotFound();
        ModelState.AddModelError(unlink ? "" : nameof(CiLabel), answer?.StatusCode switch
        {
            null when unlink => "Choose a CI to remove.",
            null when string.IsNullOrWhiteSpace(CiLabel) => "Label can't be blank.",
            null => $"There is no CI labelled {CiLabel!.Trim()} that this account sees.",
            StatusCodes.Status403Forbidden => "Only specialists link CIs to requests.",
            _ when unlink => "This account did not link that CI to the request.",
            _ => "This account links no CI to this request.",
        });
        return Page();
    }

    public async Task<IActionResult> OnPostUpdateAsync(CancellationToken cancel)
    {
        // What changed is judged against the request as it is now; a request changed since the form was shown is refused whole.
        Request? current;
        using (visible.ReadingOwnRequests(alsoForSpecialists: true))
            current = await visible.Query().FirstOrDefaultAsync(r => r.Id == Id, cancel);
        if (current is null) return NotFound();
        var fields = new HashSet<string>(StringComparer.Ordinal);
        var status = SnakeCaseEnum<RequestStatus>.Name(current.Status);
        if (!string.IsNullOrEmpty(Status) && Status != status) fields.Add("status");
        var reason = current.CompletionReason is { } r ? SnakeCaseEnum<CompletionReason>.Name(r) : null;
        if ((string.IsNullOrEmpty(CompletionReason) ? null : CompletionReason) != reason && (fields.Contains("status") || !string.IsNullOrEmpty(CompletionReason)))
            fields.Add("completion_reason");
        if (TeamId != current.TeamId) fields.Add("team_id");
        if (MemberId != current.MemberId && (MemberId is not null || !fields.Contains("team_id"))) fields.Add("member_id");

        var input = new RequestUpdateInput
        {
            Status = Status, CompletionReason = string.IsNullOrEmpty(CompletionReason) ? null : CompletionReason, TeamId = TeamId, MemberId = MemberId,
        };
        var (updated, refused) = await update.UpdateAsync(Id, input, fields, Version, cancel);
        if (updated is not null) return Redirect($"/console/{caller.AccountId}/requests/{Id}?done=update");
        if (refused!.StatusCode == StatusCodes.Status404NotFound) return NotFound();
        FormErrors.Show(ModelState, refused, UpdateFields);
        // A stale form is shown again from the request as it is now; a refused one keeps what was typed.
        return await LoadAsync(keepForm: refused.StatusCode != StatusCodes.Status412PreconditionFailed, cancel) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(bool keepForm, CancellationToken cancel)
    {
        using var own = visible.ReadingOwnRequests(alsoForSpecialists: true);
        var found = await visible.Query().FirstOrDefaultAsync(r => r.Id == Id, cancel);
        if (found is null || await notes.ReadableAsync(found, cancel) is not { } readable) return false;
        var rendered = await json.RenderAsync(found, cancel);
        Details = RequestLine.From(rendered, caller);
        Side = await sides.OfAsync(found, cancel);
        Notes = (await notes.RenderAsync(await readable.OrderBy(n => n.Id).ToListAsync(cancel), cancel)).Select(NoteEntry.From).ToList();
        Trail = await words.ReadAsync(await trail.TrailAsync(Id, cancel) ?? [], found.AccountId, rendered, cancel);
        Audience = (await audience.EntriesAsync(Id, cancel) ?? []).Select(AudienceEntry.From).ToList();
        Stranded = Side == RequestSide.Own && (await lists.WhichInAsync(StrandedWork.Filter, [Id], cancel)).Contains(Id);
        Articles = await articles.LinkedAsync(Id, cancel) ?? [];
        Cis = await ciLinks.OfAsync(Id, cancel);
        if (MayLinkCis && Cis.Count > 0) CisLinkedHere = await ciLinks.LinkedHereAsync(Id, cancel);
        if (Side is not null and not RequestSide.Requester)
            ActiveProblems = await problems.ActiveChoicesAsync(50, cancel);
        if (!string.IsNullOrWhiteSpace(Kq)) Found = await search.ArticlesAsync(SearchTerms.Parse(Kq), 5, cancel);
        if (Works)
        {
            // Only the request's own account hands over: it is offered its providers' teams too.
            Teams = await teams.ChoicesAsync(Side == RequestSide.Own ? found.AccountId : null, TrustOptions.Requests, cancel);
            // The current team's members are choices while the team is one (the account's own, or a provider's trusted now):
            // nothing of a provider no longer trusted is shown through the trust (ADR 31).
            if (found.TeamId is long team && (found.TeamAccountId == caller.AccountId || Teams.Any(t => t.Id == team)))
                Members = await teams.MembersAsync(new AssignableTeam(team, found.TeamAccountId!), cancel);
        }
        if (!keepForm)
        {
            foreach (var field in new[] { nameof(Version), nameof(Status), nameof(CompletionReason), nameof(TeamId), nameof(MemberId) }) ModelState.Remove(field);
            (Version, Status, TeamId, MemberId) = (found.LockVersion, SnakeCaseEnum<RequestStatus>.Name(found.Status), found.TeamId, found.MemberId);
            CompletionReason = found.CompletionReason is { } reason ? SnakeCaseEnum<CompletionReason>.Name(reason) : null;
        }
        return true;
    }
}
