using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Isolation;
using Trustdesk.Domain.ConfigurationItems;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.ConfigurationItems;

/// <summary>A CI the signed-in person uses, as the portal lists it.</summary>
public sealed record UsedCi(long Id, string AccountId, string AccountName, string Name, string? Label, CiStatus Status, string Product);

/// <summary>
/// The CIs the caller uses (ADR 51): "my equipment" in the portal, and the one they may name when they submit a request.
/// A CI's users are people its account sees, so a person's CIs live in their own account or in a support domain of their
/// directory; each is read there (<see cref="Crossing.UsersOwnCis"/>), only the rows naming the person, with the CI's
/// name, label, status and product. Nothing else of those accounts is read, and no role is needed.
/// </summary>
public sealed class UsedCis(TrustdeskDbContext db, Caller caller)
{
    /// <summary>The caller's CIs, by account and name; inactive ones (archived, removed, …) left out.</summary>
    public async Task<IReadOnlyList<UsedCi>> MineAsync(CancellationToken cancel)
    {
        var mine = new List<UsedCi>();
        foreach (var account in await AccountsAsync(cancel))
            using (db.Scope.Cross(Crossing.UsersOwnCis, account.Id, account.SharedDirectoryId))
            {
                var used = db.CiUsers.Where(u => u.PersonId == caller.PersonId).Select(u => u.CiId);
                var rows = await db.Cis.AsNoTracking().Where(c => used.Contains(c.Id) && !CiStatuses.Inactive.Contains(c.Status))
                    .Join(db.Products, c => c.ProductId, p => p.Id, (c, p) => new { c.Id, c.Name, c.Label, c.Status, Product = p.Name })
                    .ToListAsync(cancel);
                mine.AddRange(rows.Select(r => new UsedCi(r.Id, account.Id, account.Name, r.Name, r.Label, r.Status, r.Product)));
            }
        return mine.OrderBy(c => c.AccountName, StringComparer.Ordinal).ThenBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.Id).ToList();
    }

    /// <summary>
    /// Links <paramref name="ci"/>, a CI the caller uses (one <see cref="MineAsync"/> listed), to the request they just
    /// submitted: the link lives in the CI's account, which sees the CI, as any CI's account links its CIs (ADR 51).
    /// </summary>
    public async Task LinkAsync(UsedCi ci, long requestId, CancellationToken cancel)
    {
        var account = (await AccountsAsync(cancel)).Single(a => a.Id == ci.AccountId);
        using (db.Scope.Cross(Crossing.UsersOwnCis, account.Id, account.SharedDirectoryId))
        {
            db.RequestCis.Add(new RequestCi { RequestId = requestId, CiId = ci.Id, PersonId = caller.PersonId });
            await db.SaveChangesAsync(cancel);
        }
    }

    // The person's account and, for a person of a directory, the support domains linked to it.
    private Task<List<Domain.Accounts.Account>> AccountsAsync(CancellationToken cancel) =>
        db.Accounts.AsNoTracking().Where(a => !a.Disabled && (a.Id == caller.PersonAccountId || a.DirectoryAccountId == caller.PersonAccountId))
            .OrderBy(a => a.Id).ToListAsync(cancel);
}
