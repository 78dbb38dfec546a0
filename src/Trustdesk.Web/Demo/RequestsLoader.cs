using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Stamping;
using Trustdesk.Domain.Accounts;
using Trustdesk.Domain.Requests;
using Trustdesk.Web.Features.Requests;

namespace Trustdesk.Web.Demo;

/// <summary>
/// Demo requests of the reference scenario (product.md §10). Three are registered in the account that provides their
/// service instance, as self-service routes them: an NL employee's Active Directory request (visible in widget-cc and
/// widget-it-nl, not in widget-it-br; with a public and an internal note of the competence center), her laptop
/// request in widget-it-nl, and a Brazilian one. A fourth is registered by the NL service desk in its own account
/// and handed over to Printfix's engineers (requests trust), so Printfix sees it while it stays in widget-it-nl; a fifth,
/// a US employee's, is registered in widget-it-us and handed to the competence center's Active Directory team, so
/// widget-cc sees it while it stays in widget-it-us (both AD requests are linked to the competence center's problem).
/// Each gets its targets and the first line of its audit trail. Loaded once: a request that exists is left alone.
/// </summary>
public sealed class RequestsLoader(TrustdeskDbContext db, TimeProvider time)
{
    private sealed record DemoRequest(string Subject, string Instance, string RequestedFor, RequestImpact Impact);

    private sealed record DemoNote(string Author, string Text, bool Internal);

    public const string ActiveDirectoryRequest = "Cannot log in after password reset";
    public const string UsActiveDirectoryRequest = "Locked out after changing my password";
    private const string Anna = "anna.devries@widget.example";

    /// <summary>The first employee of Widget United States the scenario generates (<c>ScenarioLoader</c>: person 120).</summary>
    public const string UsEmployee = "emma.visser.120@widget.example";

    private static readonly DemoRequest[] Routed =
    [
        new(ActiveDirectoryRequest, "Active Directory for Widget NL", Anna, RequestImpact.High),
        new("New docking station", "Laptops and desktops NL", Anna, RequestImpact.Low),
        new("Laptop does not start", "Laptops and desktops BR", "carla.mendes@widget.example", RequestImpact.Medium),
    ];

    private static readonly Dictionary<string, DemoNote[]> Notes = new(StringComparer.Ordinal)
    {
        [ActiveDirectoryRequest] =
        [
            new("chris.cole@widget.example", "We unlocked your account. Please sign in again and let us know whether it works.", false),
            new("chris.cole@widget.example", "The lockout came from an old password still saved on her phone.", true),
        ],
    };

    public const string PrinterJamRequest = "Printer on the 3rd floor jams";

    /// <summary>Registered by the NL service desk for Anna and given to a Printfix team.</summary>
    private static readonly (string Subject, string Account, string Provider, string RegisteredBy) HandedOver =
        (PrinterJamRequest, "widget-it-nl", "printfix", "nick.jansen@widget.example");

    public async Task LoadAsync(Func<Account, Func<Task>, Task> inAccount, CancellationToken cancel)
    {
        var accounts = await db.Accounts.AsNoTracking().ToDictionaryAsync(a => a.Id, cancel);
        var people = new Dictionary<string, long>();
        var emails = ReferenceScenario.People.Select(p => p.Email).Append(UsEmployee).ToList();
        await inAccount(accounts[ReferenceScenario.Directory], async () =>
        {
            foreach (var p in await db.People.Where(p => emails.Contains(p.PrimaryEmailKey)).Select(p => new { p.Id, p.PrimaryEmailKey }).ToListAsync(cancel))
                people[p.PrimaryEmailKey] = p.Id;
        });

        foreach (var demo in Routed)
        {
            var provider = CatalogScenario.Offers.Single(o => o.Instance == demo.Instance);
            await inAccount(accounts[provider.Provider], async () =>
            {
                var instance = await db.ServiceInstances.Where(i => i.Name == demo.Instance)
                    .Select(i => new { i.Id, i.AccountId, i.FirstLineTeamId }).SingleOrDefaultAsync(cancel);
                if (instance is null || await db.Requests.AnyAsync(r => r.Subject == demo.Subject, cancel)) return;
                var sla = await db.Slas.Where(s => s.ServiceInstanceId == instance.Id).Select(s => new { s.Id, s.CustomerAccountId }).FirstAsync(cancel);
                var person = people[demo.RequestedFor];
                var request = await RegisterAsync(new Request
                {
                    Subject = demo.Subject, Category = RequestCategory.Incident, Impact = demo.Impact,
                    ServiceInstanceId = instance.Id, ServiceInstanceAccountId = instance.AccountId,
                    TeamId = instance.FirstLineTeamId, TeamAccountId = instance.FirstLineTeamId is null ? null : instance.AccountId,
                    SlaId = sla.Id, CustomerAccountId = sla.CustomerAccountId,
                    RequestedById = person, RequestedForId = person,
                }, cancel);
                foreach (var note in Notes.GetValueOrDefault(demo.Subject, []))
                    db.RequestNotes.Add(new RequestNote { RequestId = request.Id, PersonId = people[note.Author], Text = note.Text, Internal = note.Internal });
                await db.SaveChangesAsync(cancel);
            });
        }

        long? printfixTeam = null;
        await inAccount(accounts[HandedOver.Provider], async () =>
            printfixTeam = await db.Teams.OrderBy(t => t.Id).Select(t => (long?)t.Id).FirstOrDefaultAsync(cancel));
        await inAccount(accounts[HandedOver.Account], async () =>
        {
            if (printfixTeam is null || await db.Requests.AnyAsync(r => r.Subject == HandedOver.Subject, cancel)) return;
            await RegisterAsync(new Request
            {
                Subject = HandedOver.Subject, Category = RequestCategory.Incident, Impact = RequestImpact.Medium,
                TeamId = printfixTeam, TeamAccountId = HandedOver.Provider,
                RequestedById = people[HandedOver.RegisteredBy], RequestedForId = people[Anna],
            }, cancel);
        });

        long? activeDirectoryTeam = null;
        await inAccount(accounts["widget-cc"], async () =>
            activeDirectoryTeam = await db.Teams.Where(t => t.Name == "Active Directory").Select(t => (long?)t.Id).FirstOrDefaultAsync(cancel));
        await inAccount(accounts["widget-it-us"], async () =>
        {
            if (activeDirectoryTeam is null || await db.Requests.AnyAsync(r => r.Subject == UsActiveDirectoryRequest, cancel)) return;
            await RegisterAsync(new Request
            {
                Subject = UsActiveDirectoryRequest, Category = RequestCategory.Incident, Impact = RequestImpact.Medium,
                TeamId = activeDirectoryTeam, TeamAccountId = "widget-cc",
                RequestedById = people[UsEmployee], RequestedForId = people[UsEmployee],
            }, cancel);
        });
    }

    /// <summary>Saves a demo request in the current account with its targets and its registration audit line.</summary>
    private async Task<Request> RegisterAsync(Request request, CancellationToken cancel)
    {
        request.Source = "demo";
        request.CreatedAt = time.UtcNowToTheSecond();
        await new RequestClock(db).UpdateAsync(request, null, cancel);
        db.Requests.Add(request);
        await db.SaveChangesAsync(cancel);
        db.RequestAuditEntries.Add(RequestAudit.RegistrationEntry(request, request.RequestedById, request.CreatedAt));
        await db.SaveChangesAsync(cancel);
        return request;
    }
}
