using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Accounts;
using Trustdesk.Domain.Problems;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Features.Problems;

namespace Trustdesk.Web.Demo;

/// <summary>
/// The problem of the reference scenario (product.md §10): the competence center's known error behind the password
/// lockouts, linked to the NL employee's Active Directory request (which lives in widget-cc) and to the US employee's
/// (which lives in widget-it-us). NL sees its problem's subject, status and workaround on its request, the US on
/// theirs; neither sees the other's request nor the problem itself, and Brazil sees none of it. Loaded once, after the
/// requests: a problem whose subject exists is left alone.
/// </summary>
public sealed class ProblemsLoader(TrustdeskDbContext db)
{
    public const string Subject = "Password changes reach the domain controllers late";
    public const string Workaround = "Wait fifteen minutes after changing your password before you sign in on your phone or laptop.";
    private const string Specialist = "chris.cole@widget.example";

    public async Task LoadAsync(Func<Account, Func<Task>, Task> inAccount, CancellationToken cancel)
    {
        var competenceCenter = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == "widget-cc", cancel);
        await inAccount(competenceCenter, async () =>
        {
            if (await db.Problems.AnyAsync(p => p.Subject == Subject, cancel)) return;
            var chris = await db.People.Where(p => p.PrimaryEmailKey == Specialist).Select(p => p.Id).FirstAsync(cancel);
            var team = await db.Teams.Where(t => t.Name == "Active Directory").Select(t => t.Id).FirstAsync(cancel);
            var service = await db.Services.Where(s => s.Name == "Active Directory").Select(s => s.Id).FirstAsync(cancel);
            var problem = new Problem
            {
                Subject = Subject, ServiceId = service, Category = ProblemCategory.Reactive, Impact = WorkImpact.High,
                Status = ProblemStatus.Analyzed, ManagerId = chris, TeamId = team, KnownError = true, Workaround = Workaround,
                CreatedById = chris, Source = "demo",
            };
            db.Problems.Add(problem);
            await db.SaveChangesAsync(cancel);
            db.AuditEntries.Add(SaveProblem.Audited.Created(problem, chris));
            db.ProblemNotes.Add(new ProblemNote
            {
                ProblemId = problem.Id, PersonId = chris,
                Text = "Replication between the Amsterdam and New York sites runs every fifteen minutes; a changed password is refused meanwhile.",
            });
            string[] linked = [RequestsLoader.ActiveDirectoryRequest, RequestsLoader.UsActiveDirectoryRequest];
            foreach (var request in await db.Requests.Where(r => linked.Contains(r.Subject)).Select(r => r.Id).ToListAsync(cancel))
                db.ProblemRequests.Add(new ProblemRequest { ProblemId = problem.Id, RequestId = request, PersonId = chris });
            await db.SaveChangesAsync(cancel);
        });
    }
}
