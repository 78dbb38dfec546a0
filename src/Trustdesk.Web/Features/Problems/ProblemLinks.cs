using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Access;
using Trustdesk.Domain.Problems;
using Trustdesk.Domain.Requests;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Listing;
using Trustdesk.Web.Features.Requests;

namespace Trustdesk.Web.Features.Problems;

/// <summary>
/// Links requests to the account's problems (ADR 49): any request the account sees, in whatever account it lives. The
/// link lives in the problem's account; the request is not changed, nor who sees it. A request has one problem at most:
/// the account that linked it moves or removes the link, no other. <c>/v1/problems/:id/requests</c> lists the linked
/// requests the caller sees now.
/// </summary>
public sealed class ProblemLinks(TrustdeskDbContext db, Caller caller, ListProblems problems, VisibleRequests requests, RequestJson requestJson)
{
    /// <summary>The change of a request's problem that <see cref="CheckAsync"/> allowed, made by <see cref="Apply"/> in the caller's save.</summary>
    public sealed record Change(long RequestId, long? ProblemId, ProblemRequest? Existing);

    public async Task<ApiResult> RequestsAsync(long problemId, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        if (await problems.OwnAsync(problemId, cancel) is null) return ApiErrors.NotFound();
        return await Listing.PageAsync(request, await LinkedRequestsAsync(problemId, cancel), ListRequests.Spec,
            list => requestJson.RenderAsync(list, cancel));
    }

    /// <summary>
    /// The linked requests of a problem of the account (one <see cref="ListProblems.OwnAsync"/> found) that the caller sees:
    /// how many per account they live in (largest first), and one page of them, newest first. The console's problem page.
    /// Links to requests the account no longer sees (a trust revoked since) are not counted here; the problem's
    /// <c>request_count</c> does. The lines are read from the requests' own rows and the accounts' names: a team is named
    /// when it is the caller's account's, else by its account, so no other account's names are read (one statement per
    /// account the page spans, as <see cref="RequestJson"/> would, is what a page of a thousand links cannot afford).
    /// </summary>
    public async Task<(IReadOnlyList<LinkedAccount> Accounts, ListPage<LinkedRequestLine> Page)> OfProblemAsync(
        Problem own, int page, int perPage, CancellationToken cancel)
    {
        var linked = await LinkedRequestsAsync(own.Id, cancel);
        var counts = await linked.GroupBy(r => r.AccountId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancel);
        if (counts.Count == 0) return ([], new ListPage<LinkedRequestLine>([], false));
        var (rows, hasNext) = await Listing.SliceAsync(linked.OrderByDescending(r => r.Id), page, perPage, cancel);

        var accountIds = counts.Select(c => c.Key).Concat(rows.Select(r => r.TeamAccountId).OfType<string>()).Distinct().ToList();
        var names = await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancel);
        var teamIds = rows.Where(r => r.TeamAccountId == caller.AccountId).Select(r => r.TeamId).OfType<long>().Distinct().ToList();
        var teams = teamIds.Count == 0 ? []
            : await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id) && t.AccountId == caller.AccountId).ToDictionaryAsync(t => t.Id, t => t.Name, cancel);

        var accounts = counts.Select(c => new LinkedAccount(c.Key, names.GetValueOrDefault(c.Key, c.Key), c.Count))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
        var lines = rows.Select(r => new LinkedRequestLine(r.Id, r.Subject, r.Status, names.GetValueOrDefault(r.AccountId, r.AccountId),
            r.TeamId is long team && teams.TryGetValue(team, out var mine) ? mine
            : r.TeamAccountId is { } elsewhere ? names.GetValueOrDefault(elsewhere, elsewhere) : null)).ToList();
        return (accounts, new ListPage<LinkedRequestLine>(lines, hasNext));
    }

    /// <summary>An account whose requests are linked to the problem, and how many of them the caller sees.</summary>
    public sealed record LinkedAccount(string Id, string Name, int Count);

    /// <summary>A linked request as the problem's page lists it: its account by name, its team by name when it is the caller's account's, else the team's account.</summary>
    public sealed record LinkedRequestLine(long Id, string Subject, RequestStatus Status, string Account, string? WorkedBy);

    /// <summary><c>POST /v1/problems/:id/requests/:request_id</c>: 200 (also when linked already), 404, 403, or 422 when another account's problem has it.</summary>
    public async Task<ApiResult> LinkAsync(long problemId, long requestId, CancellationToken cancel)
    {
        if (await problems.OwnAsync(problemId, cancel) is null || !await SeesAsync(requestId, cancel)) return ApiErrors.NotFound();
        if (!MayLink) return ApiErrors.Forbidden();
        var check = new Validation();
        if (await CheckAsync(requestId, problemId, "request_id", check, cancel) is not { } change) return check.Result!;
        Apply(change);
        await db.SaveChangesAsync(cancel);
        return ApiResult.Ok(new System.Text.Json.Nodes.JsonObject());
    }

    /// <summary><c>DELETE /v1/problems/:id/requests/:request_id</c>: 204; 404 when the request is not linked to this problem of the account.</summary>
    public async Task<ApiResult> UnlinkAsync(long problemId, long requestId, CancellationToken cancel)
    {
        if (await problems.OwnAsync(problemId, cancel) is null || !await SeesAsync(requestId, cancel)) return ApiErrors.NotFound();
        var link = await db.ProblemRequests.FirstOrDefaultAsync(l => l.RequestId == requestId && l.ProblemId == problemId && l.AccountId == caller.AccountId, cancel);
        if (link is null) return ApiErrors.NotFound();
        if (!MayLink) return ApiErrors.Forbidden();
        db.ProblemRequests.Remove(link);
        await db.SaveChangesAsync(cancel);
        return ApiResult.NoContent();
    }

    /// <summary>
    /// Whether the caller may set the problem of <paramref name="requestId"/> (a request they see) to <paramref name="problemId"/>
    /// (null: none): a specialist, a problem of the account, and no link of another account's in the way. The change to
    /// make, or null with the reason in <paramref name="check"/> under <paramref name="field"/>. Nothing is changed yet.
    /// </summary>
    public async Task<Change?> CheckAsync(long requestId, long? problemId, string field, Validation check, CancellationToken cancel)
    {
        if (!MayLink)
        {
            check.Add(field, "can only be changed by specialists");
            return null;
        }
        if (problemId is long wanted && !await db.Problems.AnyAsync(p => p.Id == wanted && p.AccountId == caller.AccountId, cancel))
        {
            check.Add(field, "must be a problem of this account");
            return null;
        }
        var links = await db.ProblemRequests.Where(l => l.RequestId == requestId).ToListAsync(cancel);
        var existing = links.FirstOrDefault(l => l.AccountId == caller.AccountId);
        if (existing is null && links.Count > 0)
        {
            // The request's viewers see its problem and the account it lives in: saying so tells them nothing new.
            check.Add(field, "is set by another account (the request is linked to its problem); only that account changes it");
            return null;
        }
        return new Change(requestId, problemId, existing);
    }

    /// <summary>Makes a change <see cref="CheckAsync"/> allowed; the caller saves it with whatever else it changes.</summary>
    public void Apply(Change change)
    {
        switch (change)
        {
            case { Existing: { } same } when same.ProblemId == change.ProblemId:
                break;
            case { Existing: { } link, ProblemId: null }:
                db.ProblemRequests.Remove(link);
                break;
            case { Existing: { } link, ProblemId: long problem }:
                link.ProblemId = problem;
                link.PersonId = caller.PersonId;
                break;
            case { Existing: null, ProblemId: long problem }:
                db.ProblemRequests.Add(new ProblemRequest { ProblemId = problem, RequestId = change.RequestId, PersonId = caller.PersonId });
                break;
        }
    }

    /// <summary>Links are made and removed by the specialist-type roles (not an auditor, nor an administrator alone).</summary>
    public bool MayLink => Role.Specialists.Any(caller.Roles.Contains);

    private Task<bool> SeesAsync(long requestId, CancellationToken cancel) =>
        caller.HasAnyRole ? requests.Query().AnyAsync(r => r.Id == requestId, cancel) : Task.FromResult(false);

    /// <summary>
    /// The requests linked to a problem that the caller sees. The problem's links are read first (by their index), then
    /// the visible requests among them by id: asked as one statement, PostgreSQL cannot tell how many requests an
    /// account sees and starts from them, reading every one to find the problem's links (docs/benchmarks.md, "Problem page").
    /// </summary>
    private async Task<IQueryable<Domain.Requests.Request>> LinkedRequestsAsync(long problemId, CancellationToken cancel)
    {
        var ids = await db.ProblemRequests.AsNoTracking().Where(l => l.ProblemId == problemId).Select(l => l.RequestId).ToListAsync(cancel);
        return requests.Query().Where(r => ids.Contains(r.Id));
    }
}
