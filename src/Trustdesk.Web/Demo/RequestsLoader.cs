using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Accounts;
using Trustdesk.Domain.Requests;

namespace Trustdesk.Web.Demo;

/// <summary>
/// Demo requests of the reference scenario (product.md §10), each registered in the account that provides its
/// service instance, as self-service routes them: an NL employee's Active Directory request (visible in widget-cc
/// and widget-it-nl, not in widget-it-br), her laptop request in widget-it-nl, and a Brazilian one.
/// Loaded once: an account that already holds requests gets none.
/// </summary>
public sealed class RequestsLoader(TrustdeskDbContext db)
{
    private sealed record DemoRequest(string Subject, string Instance, string RequestedFor, RequestImpact Impact);

    private static readonly DemoRequest[] Requests =
    [
        new("Cannot log in after password reset", "Active Directory for Widget NL", "anna.devries@widget.example", RequestImpact.High),
        new("New docking station", "Laptops and desktops NL", "anna.devries@widget.example", RequestImpact.Low),
        new("Laptop does not start", "Laptops and desktops BR", "carla.mendes@widget.example", RequestImpact.Medium),
    ];

    public async Task LoadAsync(Func<Account, Func<Task>, Task> inAccount, CancellationToken cancel)
    {
        var accounts = await db.Accounts.AsNoTracking().ToDictionaryAsync(a => a.Id, cancel);
        var people = new Dictionary<string, long>();
        await inAccount(accounts[ReferenceScenario.Directory], async () =>
        {
            var emails = Requests.Select(r => r.RequestedFor).ToList();
            foreach (var p in await db.People.Where(p => emails.Contains(p.PrimaryEmailKey)).Select(p => new { p.Id, p.PrimaryEmailKey }).ToListAsync(cancel))
                people[p.PrimaryEmailKey] = p.Id;
        });

        foreach (var demo in Requests)
        {
            var provider = CatalogScenario.Offers.Single(o => o.Instance == demo.Instance);
            await inAccount(accounts[provider.Provider], async () =>
            {
                var instance = await db.ServiceInstances.Where(i => i.Name == demo.Instance)
                    .Select(i => new { i.Id, i.AccountId, i.FirstLineTeamId }).SingleOrDefaultAsync(cancel);
                if (instance is null || await db.Requests.AnyAsync(r => r.Subject == demo.Subject, cancel)) return;
                var sla = await db.Slas.Where(s => s.ServiceInstanceId == instance.Id).Select(s => new { s.Id, s.CustomerAccountId }).FirstAsync(cancel);
                var person = people[demo.RequestedFor];
                db.Requests.Add(new Request
                {
                    Subject = demo.Subject, Category = RequestCategory.Incident, Impact = demo.Impact,
                    ServiceInstanceId = instance.Id, ServiceInstanceAccountId = instance.AccountId,
                    TeamId = instance.FirstLineTeamId, TeamAccountId = instance.FirstLineTeamId is null ? null : instance.AccountId,
                    SlaId = sla.Id, CustomerAccountId = sla.CustomerAccountId,
                    RequestedById = person, RequestedForId = person, Source = "demo",
                });
                await db.SaveChangesAsync(cancel);
            });
        }
    }
}
