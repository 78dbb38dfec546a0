using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Isolation;
using Trustdesk.Domain.Trusts;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.Trusts;

namespace Trustdesk.Web.Features.Catalog;

/// <summary>
/// The accounts an SLA's customer organization and coverage come from (product.md §4): without a customer account,
/// the provider (current) account and its directory; with customer account C, C and C's directory, and only while an
/// accepted <c>services</c> trust runs from C to the provider.
/// </summary>
/// <param name="AccountId">The customer account; null for the provider's own side.</param>
public sealed record CustomerSide(string? AccountId, string? DirectoryAccountId)
{
    public static readonly CustomerSide Own = new(null, null);
}

public sealed class CustomerSides(TrustdeskDbContext db, Caller caller)
{
    /// <summary>The refusal when there is no such trust; the same for an account that does not exist, so it reveals nothing.</summary>
    public const string Untrusted = "needs an accepted services trust from that account";

    /// <summary>
    /// The side of <paramref name="customerAccountId"/>, or null when the provider may not use it now (no accepted
    /// services trust from it, or no such account). Asked in the provider's own scope, which sees its trusts.
    /// </summary>
    public async Task<CustomerSide?> FindAsync(string? customerAccountId, CancellationToken cancellationToken)
    {
        if (customerAccountId is null) return CustomerSide.Own;
        if (customerAccountId == caller.AccountId) return null;
        if (!await AcceptedTrusts.ExistsAsync(db, customerAccountId, caller.AccountId, TrustOptions.Services, cancellationToken)) return null;
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == customerAccountId, cancellationToken);
        return account is null ? null : new CustomerSide(account.Id, account.SharedDirectoryId);
    }

    /// <summary>Reads in the side's accounts until disposed (nothing changes for the provider's own side).</summary>
    public IDisposable Enter(CustomerSide side) =>
        side.AccountId is null ? NoSwitch.Instance : db.Scope.Cross(Crossing.CoverageSides, side.AccountId, side.DirectoryAccountId);

    private sealed class NoSwitch : IDisposable
    {
        public static readonly NoSwitch Instance = new();
        public void Dispose() { }
    }
}
