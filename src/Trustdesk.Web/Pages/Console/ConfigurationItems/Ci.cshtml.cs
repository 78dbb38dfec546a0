using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.ConfigurationItems;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Audit;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.ConfigurationItems;
using Trustdesk.Web.Features.Contracts;
using Trustdesk.Web.Features.Requests;
using Trustdesk.Web.Features.Trusts;
using Trustdesk.Web.Pages.Console.Requests;
using Trustdesk.Web.Pages.Portal;

namespace Trustdesk.Web.Pages.Console.ConfigurationItems;

/// <summary>
/// <c>/console/{account}/cis/{id}</c>: a CI the account sees (<c>GET /v1/cis/:id</c>) — its own, or a customer's its team
/// supports — with its relations, users, the requests it affects that the account sees, the account's contracts covering
/// it, its notes and audit trail. Changed through the handler of <c>PATCH</c> from the version the form was shown with:
/// every field by the account's definers, status, remarks and a note by whoever else maintains it. Relations are made and
/// removed by the definers. A CI the account does not see, also in a forged post, answers the 404 page.
/// </summary>
public sealed class CiModel(
    ListCis list, SaveCi save, CiNotes notes, CiUsers users, CiRelations relations, RequestCis requests, ContractCis contracts,
    AccountChoices choices, TrustedTeams teams, Caller caller) : PageModel
{
    /// <summary>How many of the requests it affects the page lists, newest first.</summary>
    public const int MostRequests = 100;

    public static readonly IReadOnlyList<string> RelationTypes = SnakeCaseEnum<CiRelationType>.Names;

    /// <summary>The fields by the words the trail uses for them.</summary>
    public static readonly IReadOnlyDictionary<string, string> FieldWords = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["product_id"] = "product", ["serialNr"] = "serial number", ["assetID"] = "asset ID", ["systemID"] = "system ID", ["site_id"] = "site",
        ["supplier_id"] = "supplier", ["service_instance_id"] = "service instance", ["support_team_id"] = "support team", ["sourceID"] = "source ID",
    };

    private static readonly IReadOnlyDictionary<string, string> NoteFields = new Dictionary<string, string>(StringComparer.Ordinal) { ["text"] = nameof(NoteText) };

    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    /// <summary>What was just done, for the notice: <c>saved</c>, <c>note</c>, <c>related</c>, <c>unrelated</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public CiForm Form { get; set; } = new();

    [BindProperty]
    public string? NoteText { get; set; }

    [BindProperty]
    public string? RelationType { get; set; }

    /// <summary>The label of the CI to relate this one to.</summary>
    [BindProperty]
    public string? RelatedLabel { get; set; }

    [BindProperty]
    public long? RelationId { get; set; }

    public CiResponse? Ci { get; private set; }

    /// <summary>Whether the person sets every field and the relations: a definer of the CI's own account.</summary>
    public bool Defines { get; private set; }

    /// <summary>Whether the person maintains the CI: status, remarks, notes.</summary>
    public bool Maintains { get; private set; }

    /// <summary>The definer's choices (null for whoever only maintains the CI).</summary>
    public CiChoices? Choices { get; private set; }

    public IReadOnlyList<CiRelationResponse> Relations { get; private set; } = [];
    public IReadOnlyList<CiUserResponse> Users { get; private set; } = [];
    public IReadOnlyList<RequestCis.AffectedRequest> Requests { get; private set; } = [];
    public IReadOnlyList<ContractResponse> Contracts { get; private set; } = [];
    public IReadOnlyList<NoteEntry> Notes { get; private set; } = [];
    public IReadOnlyList<AuditEntryResponse> Trail { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel) =>
        await LoadAsync(keepForm: false, cancel) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        // What the form sends depends on who may set what of this CI as it is now.
        if (await list.SeenAsync(Id, cancel) is not { } seen) return NotFound();
        var answer = await save.UpdateAsync(Id, Form.Input, Form.Sent(save.Defines(seen), seen), Version, cancel);
        if (answer.StatusCode == StatusCodes.Status404NotFound) return NotFound();
        if (answer.StatusCode == StatusCodes.Status200OK) return Redirect($"/console/{caller.AccountId}/cis/{Id}?done=saved");
        FormErrors.Show(ModelState, answer, CiForm.Fields, forbidden: "Only specialists maintain CIs.");
        // A stale form is shown again from the CI as it is now; a refused one keeps what was typed.
        return await LoadAsync(keepForm: answer.StatusCode != StatusCodes.Status412PreconditionFailed, cancel) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostNoteAsync(CancellationToken cancel)
    {
        var answer = await notes.AddAsync(Id, new NoteInput { Text = NoteText }, cancel);
        if (answer.StatusCode == StatusCodes.Status201Created) return Redirect($"/console/{caller.AccountId}/cis/{Id}?done=note#notes");
        if (answer.StatusCode == StatusCodes.Status404NotFound) return NotFound();
        FormErrors.Show(ModelState, answer, NoteFields, forbidden: "Only specialists add notes to CIs.");
        return await LoadAsync(keepForm: false, cancel) ? Page() : NotFound();
    }

    /// <summary>Relates the CI to another of the account's, found by its label; or, with <paramref name="remove"/>, removes a relation.</summary>
    public async Task<IActionResult> OnPostRelationAsync(bool remove, CancellationToken cancel)
    {
        if (await list.SeenAsync(Id, cancel) is null) return NotFound();
        ApiResult answer;
        if (remove)
        {
            if (RelationId is not long relation) return await RefusedAsync(nameof(RelationId), "Choose a relation to remove.", cancel);
            answer = await relations.RemoveAsync(Id, relation, cancel);
            if (answer.StatusCode == StatusCodes.Status404NotFound) return await RefusedAsync(nameof(RelationId), "That is no relation of this CI.", cancel);
        }
        else
        {
            if (string.IsNullOrWhiteSpace(RelatedLabel)) return await RefusedAsync(nameof(RelatedLabel), "Label can't be blank.", cancel);
            if (await list.ByLabelAsync(RelatedLabel, cancel) is not { } other)
                return await RefusedAsync(nameof(RelatedLabel), $"There is no CI labelled {RelatedLabel.Trim()} that this account sees.", cancel);
            answer = await relations.AddAsync(Id, new CiRelationInput { RelationType = RelationType, CiId = other.Id }, cancel);
        }
        if (answer.StatusCode < 300)
            return Redirect($"/console/{caller.AccountId}/cis/{Id}?done={(remove ? "unrelated" : "related")}#relations");
        if (answer.StatusCode == StatusCodes.Status403Forbidden)
            return await RefusedAsync("", "Only the CI's account's configuration managers relate its CIs.", cancel);
        foreach (var (field, text) in answer.FieldErrors)
            ModelState.AddModelError(field == "ci_id" ? nameof(RelatedLabel) : nameof(RelationType),
                field == "ci_id" ? $"CI {RelatedLabel?.Trim()} {text}." : $"{RequestView.Words(field)} {text}.");
        return await LoadAsync(keepForm: false, cancel) ? Page() : NotFound();
    }

    private async Task<IActionResult> RefusedAsync(string field, string why, CancellationToken cancel)
    {
        ModelState.AddModelError(field, why);
        return await LoadAsync(keepForm: false, cancel) ? Page() : NotFound();
    }

    /// <summary>
    /// Reads the page. The form shows the CI as it is now and its version, unless <paramref name="keepForm"/>: a refused
    /// change is shown again as it was typed, against the version it was typed on.
    /// </summary>
    private async Task<bool> LoadAsync(bool keepForm, CancellationToken cancel)
    {
        if (await list.FindAsync(Id, cancel) is not { } found) return false;
        Ci = found.Ci;
        Defines = save.Defines(found.Seen);
        Maintains = save.MayMaintain;
        if (!keepForm) (Form, Version) = (CiForm.Of(Ci), found.Seen.LockVersion);
        if (Defines) Choices = await CiChoices.ReadAsync(choices, teams, caller.AccountId, Form, cancel);
        Relations = await relations.OfAsync(found.Seen, cancel);
        Users = await users.OfAsync(found.Seen, cancel);
        Requests = await requests.RequestsOfAsync(found.Seen, MostRequests, cancel);
        Contracts = await contracts.CoveringAsync(found.Seen, cancel);
        Notes = (await notes.OfAsync(found.Seen, cancel)).Select(NoteEntry.From).ToList();
        Trail = await list.TrailAsync(found.Seen, cancel);
        return true;
    }
}
