using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trustdesk.Domain.Trusts;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.Trusts;
using Trustdesk.Web.Pages.Portal;

namespace Trustdesk.Web.Pages.Console.Trusts;

/// <summary>A trust as the trusts page shows it, from the API's answer (<see cref="TrustResponse"/>), seen from the current account.</summary>
public sealed record TrustLine(long Id, string Customer, string CustomerId, string Provider, string ProviderId, string Other, string Status, string StatusName,
    IReadOnlyList<string> Options, bool InvitedHere, Moment ExpiresAt, int Version, TrustProposal? Proposal);

/// <summary>A pending amendment: the options the trust would carry, those it adds, which side proposed it and when.</summary>
public sealed record TrustProposal(IReadOnlyList<string> Options, IReadOnlyList<string> Added, bool ProposedHere, string Proposer, Moment At);

/// <summary>
/// <c>/console/{account}/trusts</c>: the account's trusts with their options explained, and — for its administrators —
/// inviting another account, accepting or rejecting an invitation, canceling one's own and revoking an accepted trust;
/// changing an accepted trust's options, and answering or canceling a proposed amendment (ADR 31), through the handlers
/// of <c>/v1/trusts</c> (<c>InviteTrust</c>, <c>AnswerTrust</c>, <c>AmendTrust</c>), which decide what is allowed.
/// </summary>
public sealed class TrustsModel(ListTrusts list, InviteTrust invite, AnswerTrust answer, AmendTrust amend, Caller caller) : PageModel
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

    /// <summary>After an amendment: the options it removed and those it proposed, by name.</summary>
    [BindProperty(SupportsGet = true)]
    public List<string>? Removed { get; set; }

    [BindProperty(SupportsGet = true)]
    public List<string>? Proposed { get; set; }

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

    /// <summary>A life-cycle step, or an answer to an amendment (from the <paramref name="version"/> the page showed).</summary>
    public async Task<IActionResult> OnPostAnswerAsync(long id, string? step, int? version, CancellationToken cancel)
    {
        if (!caller.IsAdministrator || step is null || !AnswerTrust.Steps.Contains(step)) return NotFound();
        var (trust, refused) = await answer.AnswerAsync(id, step, version, cancel);
        if (trust is not null) return Redirect($"/console/{caller.AccountId}/trusts?done={step}");
        return await RefusedAsync(refused!, cancel);
    }

    /// <summary>The options an administrator ticked for an accepted trust: those left out go at once, new ones are proposed.</summary>
    public async Task<IActionResult> OnPostAmendAsync(long id, int version, List<string>? amended, CancellationToken cancel)
    {
        if (!caller.IsAdministrator) return NotFound();
        var (trust, done, refused) = await amend.AmendAsync(id, amended ?? [], version, cancel);
        if (trust is null) return await RefusedAsync(refused!, cancel);
        var query = new List<KeyValuePair<string, string?>> { new("done", "amended") };
        query.AddRange(TrustJson.Names(done!.Removed).Select(o => new KeyValuePair<string, string?>("removed", o)));
        query.AddRange(TrustJson.Names(done.Proposed).Select(o => new KeyValuePair<string, string?>("proposed", o)));
        return Redirect(Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString($"/console/{caller.AccountId}/trusts", query));
    }

    /// <summary>What an amendment did, in words, from the redirect's <see cref="Removed"/> and <see cref="Proposed"/>.</summary>
    public string AmendedInWords()
    {
        var words = new List<string>();
        if (Removed is { Count: > 0 } removed)
            words.Add($"Removed at once: {string.Join(", ", removed.Select(TrustOptionWords.Label))}; nothing crosses the trust through {(removed.Count == 1 ? "it" : "them")} any more.");
        if (Proposed is { Count: > 0 } proposed)
            words.Add($"Proposed to the other account: {string.Join(", ", proposed.Select(TrustOptionWords.Label))}. The trust keeps its options until they accept.");
        return words.Count == 0 ? "The options were not changed." : string.Join(" ", words);
    }

    private async Task<IActionResult> RefusedAsync(Api.ApiResult refused, CancellationToken cancel)
    {
        if (refused.StatusCode == StatusCodes.Status404NotFound) return NotFound();
        FormErrors.Show(ModelState, refused, new Dictionary<string, string>());
        await LoadAsync(cancel);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancel) =>
        Trusts = (await list.AllAsync(cancel)).Select(read =>
        {
            var t = read.Trust;
            var status = TrustTransitions.Name(t.Status);
            TrustProposal? proposal = t is { ProposedOptions: { } proposed, ProposerAccount: { } proposer }
                ? new TrustProposal(proposed, proposed.Except(t.Options).ToList(), proposer.Id == caller.AccountId, proposer.Name, Moment.Of(t.ProposedAt))
                : null;
            return new TrustLine(
                t.Id,
                t.CustomerAccount.Name, t.CustomerAccount.Id,
                t.ProviderAccount.Name, t.ProviderAccount.Id,
                t.OtherAccount.Name,
                RequestView.Words(status)!, status,
                t.Options,
                t.InviterAccount.Id != caller.AccountId,
                Moment.Of(t.InvitationExpiresAt),
                read.Version,
                proposal);
        }).ToList();
}
