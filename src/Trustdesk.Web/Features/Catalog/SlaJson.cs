using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Catalog;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Catalog;

/// <summary>
/// Renders SLAs as <see cref="SlaResponse"/>. An SLA's customer organization may live in another account (the customer
/// account or a directory); it is read there only while the SLA's trust is accepted, and otherwise shows its id alone.
/// </summary>
public sealed class SlaJson(TrustdeskDbContext db, References references, CustomerSides sides)
{
    public static readonly string[] CollectionFields = ["name", "customer", "customer_account", "service_instance", "status"];

    public async Task<IReadOnlyList<SlaResponse>> RenderAsync(IReadOnlyList<Sla> slas, CancellationToken cancellationToken)
    {
        var offeringIds = slas.Select(s => s.ServiceOfferingId).Distinct().ToList();
        var instanceIds = slas.Select(s => s.ServiceInstanceId).Distinct().ToList();
        var managerIds = slas.Select(s => s.ServiceLevelManagerId).OfType<long>().Distinct().ToList();
        var offerings = await db.ServiceOfferings.AsNoTracking().Where(o => offeringIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Name }).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var instances = await db.ServiceInstances.AsNoTracking().Where(i => instanceIds.Contains(i.Id))
            .Select(i => new { i.Id, i.Name }).ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        var managers = await db.People.AsNoTracking().Where(p => managerIds.Contains(p.Id))
            .Select(p => new Named(p.Id, p.Name, p.AccountId)).ToDictionaryAsync(p => p.Id, cancellationToken);

        var customers = new Dictionary<long, Named>();
        foreach (var group in slas.GroupBy(s => s.CustomerAccountId))
        {
            if (await sides.FindAsync(group.Key, cancellationToken) is not { } side) continue;
            var ids = group.Select(s => s.CustomerOrganizationId).Distinct().ToList();
            using (sides.Enter(side))
            {
                var found = await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id))
                    .Select(o => new Named(o.Id, o.Name, o.AccountId)).ToListAsync(cancellationToken);
                foreach (var organization in found) customers[organization.Id] = organization;
            }
        }
        await references.LoadAccountsAsync(
            customers.Values.Select(c => c.AccountId).Concat(managers.Values.Select(m => m.AccountId))
                .Concat(slas.Select(s => s.CustomerAccountId).OfType<string>()), cancellationToken);

        return slas.Select(s => new SlaResponse
        {
            Id = s.Id,
            Name = s.Name,
            ServiceOffering = offerings.TryGetValue(s.ServiceOfferingId, out var offering) ? references.Ref(s.ServiceOfferingId, offering, null) : null,
            ServiceInstance = instances.TryGetValue(s.ServiceInstanceId, out var instance) ? references.Ref(s.ServiceInstanceId, instance, null) : null,
            Customer = customers.TryGetValue(s.CustomerOrganizationId, out var customer)
                ? references.Ref(customer.Id, customer.Name, customer.AccountId)!
                : new RecordRef(s.CustomerOrganizationId, null),
            CustomerAccount = s.CustomerAccountId is { } account ? references.AccountRef(account) : null,
            Coverage = s.Coverage,
            StartDate = s.StartDate,
            ExpiryDate = s.ExpiryDate,
            Status = s.Status,
            ServiceLevelManager = s.ServiceLevelManagerId is long m && managers.TryGetValue(m, out var manager)
                ? references.Ref(manager.Id, manager.Name, manager.AccountId)
                : null,
            Source = s.Source,
            SourceId = s.SourceId,
            CreatedAt = s.CreatedAt,
            UpdatedAt = s.UpdatedAt,
        }).ToList();
    }

    public async Task<SlaResponse> RenderAsync(Sla sla, CancellationToken cancellationToken) => (await RenderAsync([sla], cancellationToken))[0];

    private sealed record Named(long Id, string Name, string AccountId);
}
