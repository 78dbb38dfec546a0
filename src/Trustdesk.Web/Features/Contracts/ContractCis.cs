using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.ConfigurationItems;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Contracts;
using Trustdesk.Web.Api.Listing;

namespace Trustdesk.Web.Features.Contracts;

/// <summary>
/// <c>/v1/contracts/:id/cis</c>: the CIs a contract of the account covers, all of them CIs of the account (ADR 52). Listed
/// for people with a role there; added and removed by the contract's writers. A CI the account does not see answers like
/// a contract it does not see (404); one it sees in another account (a customer's, as its supporting provider) is refused.
/// </summary>
public sealed class ContractCis(TrustdeskDbContext db, Caller caller, RecordReads reads, RecordWrites writes, ContractJson json)
{
    private static readonly ListSpec<Ci> Spec = ListSpec.Of<Ci>()
        .FilterAndSort("id", c => c.Id)
        .FilterAndSort("name", c => c.Name)
        .FilterAndSort("label", c => c.Label)
        .FilterAndSort("status", c => c.Status)
        .OrderBy(c => c.Name).OrderBy(c => c.Id)
        .Fields<CoveredCiResponse>(["name", "label", "status"]);

    public Task<ApiResult> ListAsync(long contractId, HttpRequest request) =>
        reads.ListUnderAsync(request, cancel => db.Contracts.AnyAsync(c => c.Id == contractId, cancel),
            db.Cis.AsNoTracking().Where(ci => db.ContractCis.Any(l => l.ContractId == contractId && l.CiId == ci.Id)), Spec,
            ContractJson.RenderCoveredAsync);

    /// <summary>The CIs a contract <see cref="ListContracts.FindAsync"/> found covers, by name: its console page.</summary>
    public async Task<IReadOnlyList<CoveredCiResponse>> OfAsync(Contract own, CancellationToken cancel) =>
        await ContractJson.RenderCoveredAsync(await db.Cis.AsNoTracking()
            .Where(ci => db.ContractCis.Any(l => l.ContractId == own.Id && l.CiId == ci.Id)).OrderBy(c => c.Name).ThenBy(c => c.Id).ToListAsync(cancel), cancel);

    /// <summary>
    /// The account's contracts that cover a CI it sees, newest first: a CI's console page. Only the CI's own account has any
    /// (a contract covers CIs of its account), and no other account reads them.
    /// </summary>
    public async Task<IReadOnlyList<ContractResponse>> CoveringAsync(Ci seen, CancellationToken cancel) =>
        !caller.HasAnyRole || seen.AccountId != caller.AccountId ? []
        : await json.RenderAsync(await db.Contracts.AsNoTracking()
            .Where(c => db.ContractCis.Any(l => l.ContractId == c.Id && l.CiId == seen.Id)).OrderByDescending(c => c.Id).ToListAsync(cancel), cancel);

    /// <summary><c>POST /v1/contracts/:id/cis/:ci_id</c>: 200 (also when covered already), 404, 403, or 422 for another account's CI.</summary>
    public async Task<ApiResult> AddAsync(long contractId, long ciId, CancellationToken cancel)
    {
        if (!await ContractSeenAsync(contractId, cancel) || !await db.Cis.AnyAsync(c => c.Id == ciId, cancel)) return ApiErrors.NotFound();
        if (!writes.MayWrite(SaveContract.Writers)) return ApiErrors.Forbidden();
        if (!await db.Cis.AnyAsync(c => c.Id == ciId && c.AccountId == caller.AccountId, cancel))
            return ApiErrors.Validation("ci_id", "must be a CI of this account");
        if (!await db.ContractCis.AnyAsync(l => l.ContractId == contractId && l.CiId == ciId, cancel))
        {
            db.ContractCis.Add(new ContractCi { ContractId = contractId, CiId = ciId });
            await db.SaveChangesAsync(cancel);
        }
        return ApiResult.Ok(ApiJson.Node(EmptyResponse.Instance));
    }

    /// <summary><c>DELETE /v1/contracts/:id/cis/:ci_id</c>: 204; 404 when the contract of the account does not cover the CI.</summary>
    public async Task<ApiResult> RemoveAsync(long contractId, long ciId, CancellationToken cancel)
    {
        if (!await ContractSeenAsync(contractId, cancel)) return ApiErrors.NotFound();
        var link = await db.ContractCis.FirstOrDefaultAsync(l => l.ContractId == contractId && l.CiId == ciId, cancel);
        if (link is null) return ApiErrors.NotFound();
        if (!writes.MayWrite(SaveContract.Writers)) return ApiErrors.Forbidden();
        db.ContractCis.Remove(link);
        await db.SaveChangesAsync(cancel);
        return ApiResult.NoContent();
    }

    /// <summary>A contract of the account, to someone with a role there: no one else sees it.</summary>
    private async Task<bool> ContractSeenAsync(long contractId, CancellationToken cancel) =>
        caller.HasAnyRole && await db.Contracts.AnyAsync(c => c.Id == contractId, cancel);
}
