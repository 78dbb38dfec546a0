using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Problems;
using Trustdesk.Web.Api;

namespace Trustdesk.Web.Features.Problems;

/// <summary>Renders the account's problems as <see cref="ProblemResponse"/>: service, team and people named, linked requests counted.</summary>
public sealed class ProblemJson(TrustdeskDbContext db, References references)
{
    public static readonly string[] CollectionFields = ["subject", "category", "impact", "status", "service", "team", "member", "known_error", "created_at", "updated_at"];

    public async Task<IReadOnlyList<ProblemResponse>> RenderAsync(IReadOnlyList<Problem> problems, CancellationToken cancel)
    {
        var ids = problems.Select(p => p.Id).ToList();
        var serviceIds = problems.Select(p => p.ServiceId).Distinct().ToList();
        var teamIds = problems.Select(p => p.TeamId).OfType<long>().Distinct().ToList();
        var personIds = problems.SelectMany(p => new[] { p.ManagerId, p.MemberId, p.CreatedById }).OfType<long>().Distinct().ToList();
        var services = await db.Services.AsNoTracking().Where(s => serviceIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancel);
        var teams = teamIds.Count == 0 ? [] : await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancel);
        // The account's people may live in its directory: named with that account.
        var people = personIds.Count == 0 ? [] : await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => (p.Name, p.AccountId), cancel);
        var counts = await db.ProblemRequests.AsNoTracking().Where(l => ids.Contains(l.ProblemId))
            .GroupBy(l => l.ProblemId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(c => c.Key, c => c.Count, cancel);
        await references.LoadAccountsAsync(people.Values.Select(p => p.AccountId), cancel);
        return problems.Select(p => new ProblemResponse
        {
            Id = p.Id,
            Subject = p.Subject,
            Category = p.Category,
            Impact = p.Impact,
            Status = p.Status,
            Service = references.Ref(p.ServiceId, services.GetValueOrDefault(p.ServiceId), p.AccountId)!,
            Manager = Person(p.ManagerId),
            Team = p.TeamId is long team ? references.Ref(team, teams.GetValueOrDefault(team), p.AccountId) : null,
            Member = Person(p.MemberId),
            KnownError = p.KnownError,
            Workaround = p.Workaround,
            RequestCount = counts.GetValueOrDefault(p.Id),
            SolvedAt = p.SolvedAt,
            CreatedBy = Person(p.CreatedById),
            Source = p.Source,
            SourceId = p.SourceId,
            CreatedAt = p.CreatedAt,
            UpdatedAt = p.UpdatedAt,
        }).ToList();

        Api.Contracts.RecordRef? Person(long? id) =>
            id is long key && people.TryGetValue(key, out var named) ? references.Ref(key, named.Name, named.AccountId) : null;
    }

    public async Task<ProblemResponse> RenderAsync(Problem problem, CancellationToken cancel) => (await RenderAsync([problem], cancel))[0];
}
