using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Stamping;
using Trustdesk.Domain.Accounts;
using Trustdesk.Domain.Trusts;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.Trusts;

public sealed record TrustInput
{
    public string? CustomerAccountId { get; init; }
    public string? ProviderAccountId { get; init; }
    public IReadOnlyList<string>? Options { get; init; }
}

/// <summary>An administrator invites another account into a trust, naming which side is customer and which provider.</summary>
public sealed class InviteTrust(TrustdeskDbContext db, Caller caller, TrustJson json, TimeProvider time)
{
    public async Task<ApiResult> HandleAsync(HttpRequest request)
    {
        if (!caller.IsAdministrator) return ApiErrors.Forbidden();
        var cancel = request.HttpContext.RequestAborted;
        var (body, error) = await JsonBody.ReadAsync<TrustInput>(request);
        if (body is null) return error!;
        var (trust, refused) = await InviteAsync(body.Value, cancel);
        return trust is null ? refused! : ApiResult.Created(ApiJson.Node(await json.RenderAsync(trust, cancel))).WithETag(trust.LockVersion);
    }

    /// <summary>Creates the invitation, or says why not (403 for a non-administrator, a 422 with field errors); the console invites through here.</summary>
    public async Task<(Trust? Invited, ApiResult? Refused)> InviteAsync(TrustInput input, CancellationToken cancel)
    {
        if (!caller.IsAdministrator) return (null, ApiErrors.Forbidden());
        var check = new Validation();
        var customer = input.CustomerAccountId;
        var provider = input.ProviderAccountId;
        if (!AccountSlug.IsValid(customer)) check.Add("customer_account_id", "must be an account id");
        if (!AccountSlug.IsValid(provider)) check.Add("provider_account_id", "must be an account id");
        if (check.IsValid && customer != caller.AccountId && provider != caller.AccountId)
            check.Add("customer_account_id", "one side of the trust must be the current account");
        if (check.IsValid && customer == provider) check.Add("provider_account_id", "an account can't trust itself");

        var options = TrustJson.ParseOptions(input.Options, check);
        if (!check.IsValid) return (null, check.Result!);

        var other = customer == caller.AccountId ? provider! : customer!;
        if (!await db.Accounts.AnyAsync(a => a.Id == other && !a.Disabled, cancel))
            return (null, ApiErrors.Validation(other == customer ? "customer_account_id" : "provider_account_id", "is not an account"));

        // Check and insert must not interleave with another invitation for the same direction. SQLite runs one writing
        // transaction at a time; on PostgreSQL (read committed) both would find none open and both insert, so invitations
        // for one direction take turns on a transaction-scoped advisory lock.
        await db.TakeAsync("trust:" + customer + ">" + provider, cancel);

        var now = time.UtcNowToTheSecond();
        var open = await db.Trusts.AnyAsync(t => t.CustomerAccountId == customer && t.ProviderAccountId == provider
            && (t.Status == TrustStatus.Accepted || (t.Status == TrustStatus.Pending && t.InvitationExpiresAt > now)), cancel);
        if (open) return (null, ApiErrors.Validation("provider_account_id", "a pending or accepted trust between these accounts in this direction already exists"));

        var trust = new Trust
        {
            CustomerAccountId = customer!,
            ProviderAccountId = provider!,
            InviterAccountId = caller.AccountId,
            Status = TrustStatus.Pending,
            Options = options,
            CreatedAt = now,
            UpdatedAt = now,
            InvitationExpiresAt = now + Trust.InvitationLifetime,
        };
        db.Trusts.Add(trust);
        await db.SaveChangesAsync(cancel);
        db.TrustEvents.Add(TrustAudit.Event(trust, "invited", caller, now));
        await db.SaveChangesAsync(cancel);
        return (trust, null);
    }
}
