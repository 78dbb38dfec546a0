using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Isolation.Tests.World;

public sealed partial class WorldBuilder
{
    private const int ProblemsPerDomain = 3;

    /// <summary>
    /// The statuses problems are given in turn, so that every predefined filter (active, known errors, progress halted,
    /// solved) holds some problems of some account and leaves others out.
    /// </summary>
    private static readonly string[] ProblemStatuses = ["in_progress", "progress_halted", "solved", "assigned", "declined", "analyzed"];

    /// <summary>
    /// Problems (product.md §7, ADR 47), made after the articles with a random generator of their own, so that a seed builds
    /// the rest of the world as it did before problems were added. Every support domain's owner registers problems for its
    /// service — statuses in turn, a known error at random, a manager with a role there, a team of the account and one of
    /// its members, or none — each with a note. Then every support domain links to its problems the requests of OTHER
    /// accounts that it sees now (a provider the customers' requests it works across a <c>requests</c> trust, a customer
    /// account the requests its people submitted to a provider trusted with <c>services</c>), and then requests of its own:
    /// a request has one problem at most, so whichever account links it first keeps it.
    /// </summary>
    private async Task ProblemsAsync()
    {
        var random = new Random(world.Seed ^ 0x7072);
        var turn = 0;
        foreach (var account in SupportDomains.ToList())
        {
            var holders = Locals(account).Where(p => p.Roles.ContainsKey(account.Id)).OrderBy(p => p.Id).ToList();
            var teams = world.Teams.Where(t => t.Account == account.Id).ToList();
            var service = world.Services.First(s => s.Account == account.Id);
            for (var i = 0; i < ProblemsPerDomain; i++)
            {
                var team = random.Next(4) == 0 ? null : teams[random.Next(teams.Count)];
                var members = team?.Members.Order().ToList() ?? [];
                var problem = new WProblem(account.Id, world.Canaries.Next(Kind.Problem), service.Id)
                {
                    Status = ProblemStatuses[turn++ % ProblemStatuses.Length],
                    KnownError = random.Next(2) == 0,
                    Manager = random.Next(3) == 0 ? null : holders[random.Next(holders.Count)].Id,
                    Team = team?.Id,
                    Member = members.Count == 0 || random.Next(3) == 0 ? null : members[random.Next(members.Count)],
                    Creator = account.OwnerId,
                    Source = new WSimple(Kind.ProblemSource, account.Id, world.Canaries.Next(Kind.ProblemSource)),
                };
                var c = problem.Canary;
                problem.Id = Created(await Owner(account.Id).PostAsync("/v1/problems", new
                {
                    subject = "Problem " + c, workaround = "Workaround " + c, service_id = service.Id, status = problem.Status,
                    known_error = problem.KnownError, manager_id = problem.Manager, team_id = problem.Team, member_id = problem.Member,
                    source = "Source " + problem.Source.Canary, sourceID = problem.Source.Canary,
                })).Number("id");
                problem.Source.Id = problem.Id;
                world.Problems.Add(problem);
                var note = new WNote(Kind.ProblemNote, account.Id, world.Canaries.Next(Kind.ProblemNote), problem.Id, false, account.OwnerId);
                note.Id = Created(await Owner(account.Id).PostAsync($"/v1/problems/{problem.Id}/notes", new { text = "Note " + note.Canary })).Number("id");
                world.ProblemNotes.Add(note);
            }
        }
        foreach (var account in SupportDomains.ToList())
            foreach (var request in world.Requests.Where(r => r.Account != account.Id && SeenFrom(account.Id, r)).Take(3).ToList())
                await LinkAsync(account, request, random);
        foreach (var account in SupportDomains.ToList())
            foreach (var request in world.Requests.Where(r => r.Account == account.Id).Take(2).ToList())
                await LinkAsync(account, request, random);
    }

    /// <summary>Links <paramref name="request"/> to a random problem of <paramref name="account"/>, unless another problem has it.</summary>
    private async Task LinkAsync(WAccount account, WRequest request, Random random)
    {
        if (world.ProblemLinks.Any(l => l.Request == request.Id)) return;
        var problems = world.Problems.Where(p => p.Account == account.Id).ToList();
        var problem = problems[random.Next(problems.Count)];
        (await Owner(account.Id).PostAsync($"/v1/problems/{problem.Id}/requests/{request.Id}")).Expect(200);
        world.ProblemLinks.Add(new WProblemLink(account.Id, problem.Id, request.Id));
    }

    /// <summary>
    /// Whether <paramref name="account"/> sees <paramref name="request"/> now and once the build ends (§5), from what the
    /// builder made: the link answers 404 otherwise, and the build stops there. The trusts revoked at the end of the build
    /// do not count (the problems link what they linked when those were revoked before them).
    /// </summary>
    private bool SeenFrom(string account, WRequest request)
    {
        bool Accepted(string? customer, string? provider, TrustOptions option) => world.Trusts.Any(t =>
            t.Customer == customer && t.Provider == provider && t.Status == TrustStatus.Accepted && t.Options.HasFlag(option) && !_revokeLater.Contains(t));
        return request.Account == account
            || (request.CustomerAccount == account && Accepted(account, request.Account, TrustOptions.Services))
            || ((request.TeamAccount == account || request.InstanceAccount == account) && Accepted(request.Account, account, TrustOptions.Requests));
    }
}
