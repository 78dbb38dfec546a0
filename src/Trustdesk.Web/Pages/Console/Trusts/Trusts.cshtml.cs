using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.Trusts;
using Trustdesk.Web.Pages.Portal;

namespace Trustdesk.Web.Pages.Console.Trusts;

/// <summary>A trust as the trusts page shows it, from the API's rendering (<c>TrustJson</c>), seen from the current account.</summary>
public sealed record TrustLine(long Id, string Customer, string CustomerId, string Provider, string ProviderId, string Other, string Status, string StatusName,
    IReadOnlyList<string> Options, bool InvitedHere, Moment ExpiresAt);

/// <summary>
/// <c>/console/{account}/trusts</c>: the account's trusts with their options explained, and — for its administrators —
/// inviting another account, accepting or rejecting an invitation, canceling one's own and revoking an accepted trust,
/// through the handlers of <c>/v1/trusts</c> (<c>InviteTrust</c>, <c>AnswerTrust</c>), which decide what is allowed.
/// </summary>
public sealed class TrustsModel(ListTrusts list, InviteTrust invite, AnswerTrust answer, Caller caller) : PageModel
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["customer_account_id"] = nameof(OtherAccount), ["provider_account_id"] = nameof(OtherAccount), ["options"] = nameof(Options),
    };

    [BindProperty]
    public string? OtherAccount { get; set; }

    /// <summary><c>customer</c>: this account trusts the other (is its customer); <c>provider</c>: the other trusts this one.</summary>
    [BindProperty]
    public string? Side { get; set; }

    [BindProperty]
    public List<string>? Options { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public IReadOnlyList<TrustLine> Trusts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancel) => await LoadAsync(cancel);

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken cancel)
    {
        if (!caller.IsAdministrator) return NotFound();
        var other = OtherAccount?.Trim().ToLowerInvariant();
        var input = Side == "provider"
            ? new TrustInput { CustomerAccountId = other, ProviderAccountId = caller.AccountId, Options = Options }
            : new TrustInput { CustomerAccountId = caller.AccountId, ProviderAccountId = other, Options = Options };
        var (trust, refused) = await invite.InviteAsync(input, cancel);
        if (trust is not null) return Redirect($"/console/{caller.AccountId}/trusts?done=invited");
        FormErrors.Show(ModelState, refused!, Fields);
        await LoadAsync(cancel);
        return Page();
    }

    public async Task<IActionResult> OnPostAnswerAsync(long id, string? step, CancellationToken cancel)
    {
        if (!caller.IsAdministrator || step is null || !AnswerTrust.Steps.Contains(step)) return NotFound();
        var (trust, refused) = await answer.AnswerAsync(id, step, cancel);
        if (trust is not null) return Redirect($"/console/{caller.AccountId}/trusts?done={step}");
        if (refused!.StatusCode == StatusCodes.Status404NotFound) return NotFound();
        FormErrors.Show(ModelState, refused, new Dictionary<string, string>());
        await LoadAsync(cancel);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancel) =>
        Trusts = (await list.AllAsync(cancel)).Select(t => new TrustLine(
            t["id"]!.GetValue<long>(),
            ApiFields.Name(t, "customer_account")!, ApiFields.AccountId(t, "customer_account"),
            ApiFields.Name(t, "provider_account")!, ApiFields.AccountId(t, "provider_account"),
            ApiFields.Name(t, "other_account")!,
            RequestView.Words(ApiFields.Text(t, "status"))!, ApiFields.Text(t, "status")!,
            (t["options"]?.AsArray() ?? []).Select(o => o!.GetValue<string>()).ToList(),
            ApiFields.AccountId(t, "inviter_account") != caller.AccountId,
            Moment.Of(ApiFields.Text(t, "invitation_expires_at")))).ToList();
}
