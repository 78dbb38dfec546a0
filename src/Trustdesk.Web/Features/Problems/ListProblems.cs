using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Problems;
using Trustdesk.Domain.Records;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Audit;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Listing;

namespace Trustdesk.Web.Features.Problems;

/// <summary>
/// Reads the account's problems, for people with a role there (ADR 49): the list and 4me's predefined filters, one
/// problem, its audit trail. No other account reads a problem; a request's viewers see what <see cref="ProblemLinks"/>
/// shows of its problem.
/// </summary>
public sealed class ListProblems(TrustdeskDbContext db, Caller caller, ProblemJson json, AuditTrails audit)
{
    /// <summary>4me's predefined filters, by path.</summary>
    public static readonly IReadOnlyDictionary<string, Func<Caller, IQueryable<long>, Expression<Func<Problem, bool>>>> Predefined =
        new Dictionary<string, Func<Caller, IQueryable<long>, Expression<Func<Problem, bool>>>>(StringComparer.Ordinal)
        {
            ["active"] = (_, _) => p => p.Status != ProblemStatus.Solved && p.Status != ProblemStatus.Declined,
            ["known_errors"] = (_, _) => p => p.KnownError && p.Status != ProblemStatus.Solved && p.Status != ProblemStatus.Declined,
            ["progress_halted"] = (_, _) => p => p.Status == ProblemStatus.ProgressHalted,
            ["solved"] = (_, _) => p => p.Status == ProblemStatus.Solved,
            ["managed_by_me"] = (c, _) => p => p.ManagerId == c.PersonId,
            ["assigned_to_my_team"] = (_, myTeams) => p => p.TeamId != null && myTeams.Contains(p.TeamId.Value),
            ["assigned_to_me"] = (c, _) => p => p.MemberId == c.PersonId,
        };

    private static readonly ListSpec<Problem> Spec = ListSpec.Of<Problem>()
        .FilterAndSort("id", p => p.Id)
        .FilterAndSort("subject", p => p.Subject)
        .FilterAndSort("category", p => p.Category)
        .FilterAndSort("impact", p => p.Impact)
        .FilterAndSort("status", p => p.Status)
        .Filter("service_id", p => p.ServiceId)
        .Filter("manager_id", p => p.ManagerId)
        .Filter("team_id", p => p.TeamId)
        .Filter("member_id", p => p.MemberId)
        .Filter("known_error", p => p.KnownError)
        .FilterAndSort("solved_at", p => p.SolvedAt)
        .FilterAndSort("created_at", p => p.CreatedAt)
        .FilterAndSort("updated_at", p => p.UpdatedAt)
        .Filter("sourceID", p => p.SourceId)
        .OrderBy(p => p.Id, descending: true)
        .Fields<ProblemResponse>(ProblemJson.CollectionFields);

    private static readonly ListSpec<AuditEntry> AuditSpec = AuditTrails.Spec<AuditEntry>(a => a.Id, a => a.Action);

    public async Task<ApiResult> ListAsync(HttpRequest request, string? predefined)
    {
        if (!caller.HasAnyRole) return ApiErrors.Forbidden();
        return await Listing.PageAsync(request, Filtered(predefined), Spec, list => json.RenderAsync(list, request.HttpContext.RequestAborted));
    }

    /// <summary>
    /// One page of the account's problems of a predefined filter (null: all), newest first, optionally only the subjects
    /// containing <paramref name="subjectContains"/> (ignoring case), rendered as the API renders them: the console's list.
    /// </summary>
    public async Task<ListPage<ProblemResponse>> PageAsync(string? predefined, string? subjectContains, int page, int perPage, CancellationToken cancel)
    {
        if (!caller.HasAnyRole) return new ListPage<ProblemResponse>([], false);
        var query = Filtered(predefined);
        if (!string.IsNullOrWhiteSpace(subjectContains))
        {
            var pattern = Listing.ContainsPattern(subjectContains);
            query = query.Where(p => EF.Functions.Like(p.Subject.ToLower(), pattern, Listing.LikeEscape));
        }
        var (rows, hasNext) = await Listing.SliceAsync(query.OrderByDescending(p => p.Id), page, perPage, cancel);
        return new ListPage<ProblemResponse>(rows.Count == 0 ? [] : await json.RenderAsync(rows, cancel), hasNext);
    }

    /// <summary>
    /// The account's active problems by subject, newest first (at most <paramref name="limit"/>): what a request's console
    /// page offers to link it to. Read as ids and subjects alone; the choice is checked again when it is linked.
    /// </summary>
    public async Task<IReadOnlyList<(long Id, string Subject)>> ActiveChoicesAsync(int limit, CancellationToken cancel) =>
        !caller.HasAnyRole ? []
        : (await Filtered("active").OrderByDescending(p => p.Id).Take(limit).Select(p => new { p.Id, p.Subject }).ToListAsync(cancel))
            .Select(p => (p.Id, p.Subject)).ToList();

    /// <summary>
    /// One problem of the account, as the API renders it, and the record itself (its version, and for the reads of its page,
    /// which need not ask again whose it is); null when it is not the account's (or the caller has no role).
    /// </summary>
    public async Task<(ProblemResponse Problem, Problem Own)?> FindAsync(long id, CancellationToken cancel) =>
        await OwnAsync(id, cancel) is { } problem ? (await json.RenderAsync(problem, cancel), problem) : null;

    public async Task<ApiResult> GetAsync(long id, HttpRequest request) =>
        await FindAsync(id, request.HttpContext.RequestAborted) is { } found
            ? ApiResult.Ok(ApiJson.Node(found.Problem)).WithETag(found.Own.LockVersion)
            : ApiErrors.NotFound();

    /// <summary>The problem's audit trail, oldest first.</summary>
    public async Task<ApiResult> AuditAsync(long id, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        if (await OwnAsync(id, cancel) is null) return ApiErrors.NotFound();
        return await Listing.PageAsync(request, Trail(id), AuditSpec, list => audit.RenderAsync(list, cancel));
    }

    /// <summary>The whole audit trail of a problem of the account (one <see cref="OwnAsync"/> found), oldest first.</summary>
    public async Task<IReadOnlyList<AuditEntryResponse>> TrailAsync(Problem own, CancellationToken cancel) =>
        await audit.RenderAsync(await Trail(own.Id).OrderBy(a => a.Id).ToListAsync(cancel), cancel);

    /// <summary>The problem, when it is the current account's and the caller has a role there: only then is it seen.</summary>
    public async Task<Problem?> OwnAsync(long id, CancellationToken cancel) =>
        caller.HasAnyRole ? await db.Problems.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancel) : null;

    private IQueryable<Problem> Filtered(string? predefined)
    {
        var query = db.Problems.AsNoTracking();
        if (predefined is null) return query;
        var myTeams = db.TeamMembers.Where(m => m.PersonId == caller.PersonId).Select(m => m.TeamId);
        return query.Where(Predefined[predefined](caller, myTeams));
    }

    private IQueryable<AuditEntry> Trail(long id) =>
        db.AuditEntries.AsNoTracking().Where(a => a.RecordType == SaveProblem.RecordType && a.RecordId == id);
}
