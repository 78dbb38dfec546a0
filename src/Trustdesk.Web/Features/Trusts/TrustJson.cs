using Trustdesk.Domain.Trusts;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.Trusts;

/// <summary>Renders trusts as <see cref="TrustResponse"/>, seen from the caller's side.</summary>
public sealed class TrustJson(References references, Caller caller, TimeProvider time)
{
    public static readonly string[] CollectionFields = ["customer_account", "provider_account", "status", "options"];

    public static readonly IReadOnlyDictionary<string, TrustOptions> OptionNames = new Dictionary<string, TrustOptions>(StringComparer.Ordinal)
    {
        ["services"] = TrustOptions.Services,
        ["requests"] = TrustOptions.Requests,
        ["tasks"] = TrustOptions.Tasks,
        ["roles"] = TrustOptions.Roles,
        ["cis"] = TrustOptions.Cis,
    };

    public async Task<IReadOnlyList<TrustResponse>> RenderAsync(IReadOnlyList<Trust> trusts, CancellationToken cancellationToken)
    {
        await references.LoadAccountsAsync(trusts.SelectMany(t => new[] { t.CustomerAccountId, t.ProviderAccountId }), cancellationToken);
        // A pending amendment shows what the trust would carry once accepted, and who proposed it when (ADR 31).
        var now = time.GetUtcNow().UtcDateTime;
        return trusts.Select(t => new TrustResponse
        {
            Id = t.Id,
            CustomerAccount = references.AccountRef(t.CustomerAccountId),
            ProviderAccount = references.AccountRef(t.ProviderAccountId),
            InviterAccount = references.AccountRef(t.InviterAccountId),
            OtherAccount = references.AccountRef(t.OtherSide(caller.AccountId)),
            Status = t.StatusAt(now),
            Options = Names(t.Options),
            ProposedOptions = t.HasProposal ? Names(t.ProposedOptions) : null,
            ProposerAccount = t.ProposerAccountId is { } proposer ? references.AccountRef(proposer) : null,
            ProposedAt = t.ProposedAt,
            InvitationExpiresAt = t.InvitationExpiresAt,
            CreatedAt = t.CreatedAt,
            UpdatedAt = t.UpdatedAt,
        }).ToList();
    }

    public async Task<TrustResponse> RenderAsync(Trust trust, CancellationToken cancellationToken) => (await RenderAsync([trust], cancellationToken))[0];

    /// <summary>
    /// The options named in <paramref name="names"/>, each unknown name an error on <c>options</c>; none at all is
    /// <paramref name="blank"/>. Invitations and amendments read options alike.
    /// </summary>
    public static TrustOptions ParseOptions(IReadOnlyList<string?>? names, Validation check, string blank = "can't be blank")
    {
        const string field = "options";
        var options = TrustOptions.None;
        if (names is null || names.Count == 0) check.Add(field, blank);
        foreach (var name in names ?? [])
        {
            if (name is not null && OptionNames.TryGetValue(name, out var option)) options |= option;
            else check.Add(field, $"'{name}' is not one of: {string.Join(", ", OptionNames.Keys)}");
        }
        return options;
    }

    /// <summary>The options of a trust by their names (<c>services</c>, <c>requests</c>, …), in that order.</summary>
    public static IReadOnlyList<string> Names(TrustOptions options) => [.. OptionNames.Where(o => options.HasFlag(o.Value)).Select(o => o.Key)];
}
