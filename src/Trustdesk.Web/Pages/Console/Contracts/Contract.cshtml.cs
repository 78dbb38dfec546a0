using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trustdesk.Web.Api.Audit;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.ConfigurationItems;
using Trustdesk.Web.Features.Contracts;

namespace Trustdesk.Web.Pages.Console.Contracts;

/// <summary>
/// <c>/console/{account}/contracts/{id}</c>: a contract of the account (<c>GET /v1/contracts/:id</c>) with the CIs it covers
/// and its audit trail; changed by its writers through the handler of <c>PATCH</c> from the version the form was shown with,
/// and CIs covered or no longer covered through <c>POST|DELETE /v1/contracts/:id/cis/:ci_id</c>, found by label. Another
/// account's contract, or a missing one, is the 404 page, also for a forged post (ADR 52).
/// </summary>
public sealed class ContractModel(ListContracts list, SaveContract save, ContractCis covered, ListCis cis, AccountChoices choices, Caller caller)
    : PageModel
{
    /// <summary>The fields by the words the trail uses for them.</summary>
    public static readonly IReadOnlyDictionary<string, string> FieldWords = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["supplier_id"] = "supplier", ["start_date"] = "start date", ["notice_date"] = "notice date", ["expiry_date"] = "expiry date",
        ["sourceID"] = "source ID",
    };

    private const string Writers = "Only administrators, configuration managers and service level managers change contracts.";

    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    /// <summary>What was just done, for the notice: <c>saved</c>, <c>covered</c>, <c>uncovered</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public ContractForm Form { get; set; } = new();

    /// <summary>The label of a CI to cover.</summary>
    [BindProperty]
    public string? CiLabel { get; set; }

    /// <summary>A covered CI to stop covering.</summary>
    [BindProperty]
    public long? CiId { get; set; }

    public ContractResponse? Contract { get; private set; }
    public IReadOnlyList<CoveredCiResponse> Cis { get; private set; } = [];
    public IReadOnlyList<AuditEntryResponse> Trail { get; private set; } = [];
    public bool MayWrite { get; private set; }
    public IReadOnlyList<(long Id, string Name)> Suppliers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel) =>
        await LoadAsync(keepForm: false, cancel) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        var answer = await save.UpdateAsync(Id, Form.Input, ContractForm.AllFields, Version, cancel);
        if (answer.StatusCode == StatusCodes.Status404NotFound) return NotFound();
        if (answer.StatusCode == StatusCodes.Status200OK) return Redirect($"/console/{caller.AccountId}/contracts/{Id}?done=saved");
        FormErrors.Show(ModelState, answer, ContractForm.Fields, forbidden: Writers);
        // A stale form is shown again from the contract as it is now; a refused one keeps what was typed.
        return await LoadAsync(keepForm: answer.StatusCode != StatusCodes.Status412PreconditionFailed, cancel) ? Page() : NotFound();
    }

    /// <summary>Covers a CI of the account, found by its label; or, with <paramref name="remove"/>, stops covering one.</summary>
    public async Task<IActionResult> OnPostCiAsync(bool remove, CancellationToken cancel)
    {
        if (await list.FindAsync(Id, cancel) is null) return NotFound();
        long ciId;
        if (remove)
        {
            if (CiId is not long id) return await RefusedAsync(nameof(CiId), "Choose a CI to stop covering.", cancel);
            ciId = id;
        }
        else
        {
            if (string.IsNullOrWhiteSpace(CiLabel)) return await RefusedAsync(nameof(CiLabel), "Label can't be blank.", cancel);
            if (await cis.ByLabelAsync(CiLabel, cancel) is not { } ci)
                return await RefusedAsync(nameof(CiLabel), $"There is no CI labelled {CiLabel.Trim()} that this account sees.", cancel);
            ciId = ci.Id;
        }
        var answer = remove ? await covered.RemoveAsync(Id, ciId, cancel) : await covered.AddAsync(Id, ciId, cancel);
        if (answer.StatusCode < 300)
            return Redirect($"/console/{caller.AccountId}/contracts/{Id}?done={(remove ? "uncovered" : "covered")}#cis");
        // The contract is the account's (above): a 404 here is a CI it does not cover.
        return await RefusedAsync(remove ? nameof(CiId) : nameof(CiLabel), answer.StatusCode switch
        {
            StatusCodes.Status404NotFound => "The contract does not cover that CI.",
            StatusCodes.Status403Forbidden => Writers,
            _ => $"CI {CiLabel?.Trim()} " + string.Join(" ", answer.FieldErrors.Select(e => e.Text)) + ".",
        }, cancel);
    }

    private async Task<IActionResult> RefusedAsync(string field, string why, CancellationToken cancel)
    {
        ModelState.AddModelError(field, why);
        return await LoadAsync(keepForm: false, cancel) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(bool keepForm, CancellationToken cancel)
    {
        if (await list.FindAsync(Id, cancel) is not { } found) return false;
        Contract = found.Contract;
        if (!keepForm) (Form, Version) = (ContractForm.Of(Contract), found.Own.LockVersion);
        Cis = await covered.OfAsync(found.Own, cancel);
        Trail = await list.TrailAsync(found.Own, cancel);
        MayWrite = save.MayWrite;
        if (MayWrite) Suppliers = await choices.OrganizationsAsync(Form.SupplierId, cancel);
        return true;
    }
}
