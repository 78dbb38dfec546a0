using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Isolation;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.Problems;

/// <summary>
/// What a request's viewers see of the problem it is linked to (product.md §7, ADR 49): its id, subject, status and
/// workaround. The link is seen with the request; the problem is read in its own account (<see cref="Crossing.LinkedProblems"/>),
/// by the ids of the links the caller sees and for those fields alone.
/// </summary>
public sealed class LinkedProblems(TrustdeskDbContext db, Caller caller, References references)
{
    /// <summary>The problem of each of <paramref name="requestIds"/> (requests the caller sees) that has one.</summary>
    public async Task<IReadOnlyDictionary<long, LinkedProblemResponse>> OfRequestsAsync(IReadOnlyCollection<long> requestIds, CancellationToken cancel)
    {
        if (requestIds.Count == 0) return new Dictionary<long, LinkedProblemResponse>();
        // Two accounts linking one request at the same moment may both succeed (ProblemLinks refuses the second otherwise):
        // the first link made is the request's problem.
        var links = (await db.ProblemRequests.AsNoTracking().Where(l => requestIds.Contains(l.RequestId))
                .Select(l => new { l.Id, l.RequestId, l.ProblemId, l.AccountId }).ToListAsync(cancel))
            .GroupBy(l => l.RequestId).Select(g => g.MinBy(l => l.Id)!).ToList();
        if (links.Count == 0) return new Dictionary<long, LinkedProblemResponse>();
        var problems = new Dictionary<long, LinkedProblemResponse>();
        foreach (var inAccount in links.GroupBy(l => l.AccountId))
        {
            var ids = inAccount.Select(l => l.ProblemId).Distinct().ToList();
            using (inAccount.Key == caller.AccountId ? null : db.Scope.Cross(Crossing.LinkedProblems, inAccount.Key, null))
            {
                var read = await db.Problems.AsNoTracking().Where(p => ids.Contains(p.Id))
                    .Select(p => new { p.Id, p.Subject, p.Status, p.Workaround }).ToListAsync(cancel);
                foreach (var p in read)
                    problems[p.Id] = new LinkedProblemResponse { Id = p.Id, Subject = p.Subject, Status = p.Status, Workaround = p.Workaround };
            }
        }
        await references.LoadAccountsAsync(links.Select(l => l.AccountId), cancel);
        return links.Where(l => problems.ContainsKey(l.ProblemId))
            .ToDictionary(l => l.RequestId, l => problems[l.ProblemId] with { Account = references.ForeignAccount(l.AccountId) });
    }
}
