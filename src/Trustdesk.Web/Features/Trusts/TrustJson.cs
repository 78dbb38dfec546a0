using System.Text.Json.Nodes;
using Trustdesk.Domain.Trusts;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.Trusts;

/// <summary>How a trust looks on the wire, seen from the caller's side.</summary>
public sealed class TrustJson(References references, Caller caller, TimeProvider time)
{
    public static readonly string[] CollectionFields = ["customer_account", "provider_account", "status", "options"];
    public static readonly string[] AllFields =
    [
        "customer_account", "provider_account", "inviter_account", "other_account", "status", "options",
        "proposed_options", "proposer_account", "proposed_at", "invitation_expires_at", "created_at", "updated_at",
    ];

    public static readonly IReadOnlyDictionary<string, TrustOptions> OptionNames = new Dictionary<string, TrustOptions>(StringComparer.Ordinal)
    {
        ["services"] = TrustOptions.Services,
        ["requests"] = TrustOptions.Requests,
        ["tasks"] = TrustOptions.Tasks,
        ["roles"] = TrustOptions.Roles,
        ["cis"] = TrustOptions.Cis,
    };

    public async Task<IReadOnlyList<JsonObject>> RenderAsync(IReadOnlyList<Trust> trusts, CancellationToken cancellationToken)
    {
        await references.LoadAccountsAsync(trusts.SelectMany(t => new[] { t.CustomerAccountId, t.ProviderAccountId }), cancellationToken);
        // A pending amendment shows what the trust would carry once accepted, and who proposed it when (ADR 31).
        var now = time.GetUtcNow().UtcDateTime;
        return trusts.Select(t => new JsonObject
        {
            ["id"] = t.Id,
            ["customer_account"] = references.Account(t.CustomerAccountId),
            ["provider_account"] = references.Account(t.ProviderAccountId),
            ["inviter_account"] = references.Account(t.InviterAccountId),
            ["other_account"] = references.Account(t.OtherSide(caller.AccountId)),
            ["status"] = TrustTransitions.Name(t.StatusAt(now)),
            ["options"] = Options(t.Options),
            ["proposed_options"] = t.HasProposal ? Options(t.ProposedOptions) : null,
            ["proposer_account"] = t.ProposerAccountId is { } proposer ? references.Account(proposer) : null,
            ["proposed_at"] = ApiJson.Timestamp(t.ProposedAt),
            ["invitation_expires_at"] = ApiJson.Timestamp(t.InvitationExpiresAt),
            ["created_at"] = ApiJson.Timestamp(t.CreatedAt),
            ["updated_at"] = ApiJson.Timestamp(t.UpdatedAt),
        }).ToList();
    }

    public async Task<JsonObject> RenderAsync(Trust trust, CancellationToken cancellationToken) => (await RenderAsync([trust], cancellationToken))[0];

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

    /// <summary>The options of a trust by their 4me names.</summary>
    public static JsonArray Options(TrustOptions options) =>
        new([.. OptionNames.Where(o => options.HasFlag(o.Value)).Select(o => (JsonNode)JsonValue.Create(o.Key))]);
}
