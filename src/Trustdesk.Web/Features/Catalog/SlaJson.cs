using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Catalog;
using Trustdesk.Web.Api;

namespace Trustdesk.Web.Features.Catalog;

/// <summary>
/// How an SLA looks on the wire. Its customer organization may live in another account (the customer account or a
/// directory); it is read there only while the SLA's trust is accepted, and otherwise shows its id alone.
/// </summary>
public sealed class SlaJson(TrustdeskDbContext db, References references, CustomerSides sides)
{
    public static readonly string[] CollectionFields = ["name", "customer", "customer_account", "service_instance", "status"];
    public static readonly string[] AllFields =
    [
        "name", "service_offering", "service_instance", "customer", "customer_account", "coverage", "start_date", "expiry_date",
        "status", "service_level_manager", "source", "sourceID", "created_at", "updated_at",
    ];

    public async Task<IReadOnlyList<JsonObject>> RenderAsync(IReadOnlyList<Sla> slas, CancellationToken cancellationToken)
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

        return slas.Select(s => new JsonObject
        {
            ["id"] = s.Id,
            ["name"] = s.Name,
            ["service_offering"] = offerings.TryGetValue(s.ServiceOfferingId, out var offering) ? references.Record(s.ServiceOfferingId, offering, null) : null,
            ["service_instance"] = instances.TryGetValue(s.ServiceInstanceId, out var instance) ? references.Record(s.ServiceInstanceId, instance, null) : null,
            ["customer"] = customers.TryGetValue(s.CustomerOrganizationId, out var customer)
                ? references.Record(customer.Id, customer.Name, customer.AccountId)
                : references.Record(s.CustomerOrganizationId, null, null),
            ["customer_account"] = s.CustomerAccountId is { } account ? references.Account(account) : null,
            ["coverage"] = SnakeCaseEnum<SlaCoverage>.Name(s.Coverage),
            ["start_date"] = Date(s.StartDate),
            ["expiry_date"] = Date(s.ExpiryDate),
            ["status"] = SnakeCaseEnum<AgreementStatus>.Name(s.Status),
            ["service_level_manager"] = s.ServiceLevelManagerId is long m && managers.TryGetValue(m, out var manager)
                ? references.Record(manager.Id, manager.Name, manager.AccountId)
                : null,
            ["source"] = s.Source,
            ["sourceID"] = s.SourceId,
            ["created_at"] = ApiJson.Timestamp(s.CreatedAt),
            ["updated_at"] = ApiJson.Timestamp(s.UpdatedAt),
        }).ToList();
    }

    public async Task<JsonObject> RenderAsync(Sla sla, CancellationToken cancellationToken) => (await RenderAsync([sla], cancellationToken))[0];

    /// <summary>4me dates: <c>yyyy-mm-dd</c>.</summary>
    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record Named(long Id, string Name, string AccountId);
}
