using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Accounts;
using Trustdesk.Domain.Catalog;
using Trustdesk.Domain.Trusts;

namespace Trustdesk.Web.Demo;

/// <summary>
/// Loads <see cref="CatalogScenario"/> idempotently: a missing trust is created accepted; a provider account
/// without services gets its catalog (services and instances on the team named as the service, else its first team; a
/// standard offering; SLAs).
/// </summary>
public sealed class CatalogLoader(TrustdeskDbContext db, TimeProvider time)
{
    public async Task LoadAsync(Func<Account, Func<Task>, Task> inAccount, CancellationToken cancel)
    {
        var accounts = await db.Accounts.AsNoTracking().ToDictionaryAsync(a => a.Id, cancel);
        var now = time.GetUtcNow().UtcDateTime;

        foreach (var spec in CatalogScenario.Trusts)
            await inAccount(accounts[spec.Customer], async () =>
            {
                if (await db.Trusts.AnyAsync(t => t.CustomerAccountId == spec.Customer && t.ProviderAccountId == spec.Provider, cancel)) return;
                db.Trusts.Add(new Trust
                {
                    CustomerAccountId = spec.Customer, ProviderAccountId = spec.Provider, InviterAccountId = spec.Customer,
                    Status = TrustStatus.Accepted, Options = spec.Options, CreatedAt = now, UpdatedAt = now,
                    InvitationExpiresAt = now + Trust.InvitationLifetime,
                });
                await db.SaveChangesAsync(cancel);
            });

        var organizations = new Dictionary<string, long>();
        var people = new Dictionary<string, long>(StringComparer.Ordinal);
        await inAccount(accounts[ReferenceScenario.Directory], async () =>
        {
            foreach (var o in await db.Organizations.AsNoTracking().Select(o => new { o.Id, o.Name }).ToListAsync(cancel))
                organizations.TryAdd(o.Name, o.Id);
            var named = CatalogScenario.Offers.SelectMany(o => o.People ?? []).ToList();
            foreach (var p in await db.People.AsNoTracking().Where(p => named.Contains(p.PrimaryEmail)).Select(p => new { p.Id, p.PrimaryEmail }).ToListAsync(cancel))
                people[p.PrimaryEmail] = p.Id;
        });

        foreach (var provider in CatalogScenario.Offers.GroupBy(o => o.Provider))
            await inAccount(accounts[provider.Key], async () =>
            {
                if (await db.Services.AnyAsync(cancel)) return;
                var teams = await db.Teams.OrderBy(t => t.Id).Select(t => new { t.Id, t.Name }).ToListAsync(cancel);
                foreach (var offers in provider.GroupBy(o => o.Service))
                {
                    var team = (teams.FirstOrDefault(t => t.Name == offers.Key) ?? teams.FirstOrDefault())?.Id;
                    var service = new Service { Name = offers.Key, FirstLineTeamId = team, SupportTeamId = team };
                    db.Services.Add(service);
                    await db.SaveChangesAsync(cancel);
                    var offering = new ServiceOffering
                    {
                        Name = $"{offers.Key} standard", ServiceId = service.Id, SupportHoursTimeZone = accounts[provider.Key].TimeZone,
                        ResponseTargetMedium = 240, ResolutionTargetMedium = 1440, ResponseTargetHigh = 60, ResolutionTargetHigh = 480,
                    };
                    db.ServiceOfferings.Add(offering);
                    await db.SaveChangesAsync(cancel);
                    foreach (var offer in offers)
                    {
                        var instance = new ServiceInstance { Name = offer.Instance, ServiceId = service.Id, FirstLineTeamId = team, SupportTeamId = team };
                        db.ServiceInstances.Add(instance);
                        await db.SaveChangesAsync(cancel);
                        var organization = organizations[offer.CustomerOrganization];
                        var sla = new Sla
                        {
                            Name = $"{offer.Instance} for {offer.CustomerOrganization}", ServiceOfferingId = offering.Id,
                            ServiceInstanceId = instance.Id, CustomerOrganizationId = organization, CustomerAccountId = offer.CustomerAccount,
                            Coverage = offer.People is null ? SlaCoverage.OrganizationsAndDescendants : SlaCoverage.People,
                            Status = AgreementStatus.Active,
                            StartDate = DateOnly.FromDateTime(now).AddDays(-30),
                        };
                        db.Slas.Add(sla);
                        await db.SaveChangesAsync(cancel);
                        if (offer.People is null)
                            db.SlaCoverageTargets.Add(new SlaCoverageTarget { SlaId = sla.Id, Kind = SlaCoverageKind.Organization, OrganizationId = organization });
                        else
                            db.SlaCoverageTargets.AddRange(offer.People.Select(email =>
                                new SlaCoverageTarget { SlaId = sla.Id, Kind = SlaCoverageKind.Person, PersonId = people[email] }));
                        await db.SaveChangesAsync(cancel);
                    }
                }
            });
    }
}
