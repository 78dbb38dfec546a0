using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Catalog;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.Catalog;

/// <summary>
/// Registers and updates SLAs in the provider (current) account (product.md §4). The offering and the instance are
/// the account's own and of one service. The customer organization belongs to the provider account or its directory;
/// or, with <c>customer_account_id</c> C, to C or C's directory, which needs an accepted services trust from C to the
/// provider. An unknown account answers like an untrusted one.
/// </summary>
public sealed class SaveSla(TrustdeskDbContext db, Caller caller, SlaJson json, RecordWrites writes, CustomerSides sides)
{
    public Task<ApiResult> CreateAsync(HttpRequest request) =>
        writes.CreateAsync<Sla, SlaInput, SlaResponse>(request, new Sla(), ApplyAsync, json.RenderAsync, ServiceLevelManagers.Write);

    public async Task<ApiResult> UpdateAsync(long id, HttpRequest request) =>
        await writes.UpdateAsync<Sla, SlaInput, SlaResponse>(request,
            await db.Slas.FirstOrDefaultAsync(s => s.Id == id, request.HttpContext.RequestAborted), ApplyAsync, json.RenderAsync, ServiceLevelManagers.Write);

    private async Task<ApiResult?> ApplyAsync(Sla sla, JsonBody<SlaInput> body, bool creating, CancellationToken cancel)
    {
        var input = body.Value;
        var check = new Validation();
        if (creating || body.Has("name")) check.Text("name", input.Name, Limits.Name, required: true);
        check.Text("source", input.Source, Limits.Code).Text("sourceID", input.SourceId, Limits.Code);
        CatalogReferences.Required(check, body, creating, "service_offering_id", input.ServiceOfferingId);
        CatalogReferences.Required(check, body, creating, "service_instance_id", input.ServiceInstanceId);
        CatalogReferences.Required(check, body, creating, "customer_id", input.CustomerId);
        var coverage = CatalogReferences.WireEnum<SlaInput, SlaCoverage>(check, body, "coverage", input.Coverage);
        var status = CatalogReferences.WireEnum<SlaInput, AgreementStatus>(check, body, "status", input.Status);
        var startDate = CatalogReferences.Date(check, body, "start_date", input.StartDate, sla.StartDate);
        var expiryDate = CatalogReferences.Date(check, body, "expiry_date", input.ExpiryDate, sla.ExpiryDate);
        if (check.IsValid && startDate is { } start && expiryDate is { } expiry && expiry < start)
            check.Add("expiry_date", "must be on or after the start date");
        if (!check.IsValid) return check.Result;

        // The effective record after this change, checked as a whole.
        var offeringId = body.Has("service_offering_id") ? input.ServiceOfferingId!.Value : sla.ServiceOfferingId;
        var instanceId = body.Has("service_instance_id") ? input.ServiceInstanceId!.Value : sla.ServiceInstanceId;
        var customerId = body.Has("customer_id") ? input.CustomerId!.Value : sla.CustomerOrganizationId;
        var customerAccountId = body.Has("customer_account_id") ? input.CustomerAccountId : sla.CustomerAccountId;

        if (creating || body.Has("service_offering_id") || body.Has("service_instance_id"))
            await CheckServiceAsync(check, offeringId, instanceId, cancel);
        if (creating || body.Has("customer_id") || body.Has("customer_account_id"))
            await CheckCustomerAsync(check, sla, creating, customerId, customerAccountId, cancel);
        await CatalogReferences.PersonWithRoleAsync(db, check, "service_level_manager_id", input.ServiceLevelManagerId, cancel);
        if (!check.IsValid) return check.Result;

        if (body.Has("name")) sla.Name = input.Name!.Trim();
        sla.ServiceOfferingId = offeringId;
        sla.ServiceInstanceId = instanceId;
        sla.CustomerOrganizationId = customerId;
        sla.CustomerAccountId = customerAccountId;
        if (coverage is { } newCoverage) sla.Coverage = newCoverage;
        if (status is { } newStatus) sla.Status = newStatus;
        sla.StartDate = startDate;
        sla.ExpiryDate = expiryDate;
        if (body.Has("service_level_manager_id")) sla.ServiceLevelManagerId = input.ServiceLevelManagerId;
        if (body.Has("source")) sla.Source = input.Source;
        if (body.Has("sourceID")) sla.SourceId = input.SourceId;
        return null;
    }

    /// <summary>The offering and the instance are the account's own, and of the same service.</summary>
    private async Task CheckServiceAsync(Validation check, long offeringId, long instanceId, CancellationToken cancel)
    {
        var offeringService = await db.ServiceOfferings.Where(o => o.Id == offeringId).Select(o => (long?)o.ServiceId).FirstOrDefaultAsync(cancel);
        var instanceService = await db.ServiceInstances.Where(i => i.Id == instanceId).Select(i => (long?)i.ServiceId).FirstOrDefaultAsync(cancel);
        if (offeringService is null) check.Add("service_offering_id", "does not exist");
        if (instanceService is null) check.Add("service_instance_id", "does not exist");
        if (offeringService is not null && instanceService is not null && offeringService != instanceService)
            check.Add("service_instance_id", "must be an instance of the service offering's service");
    }

    private async Task CheckCustomerAsync(Validation check, Sla sla, bool creating, long customerId, string? customerAccountId, CancellationToken cancel)
    {
        if (customerAccountId == caller.AccountId)
        {
            check.Add("customer_account_id", "must be empty for a customer of this account or its directory");
            return;
        }
        // Nothing about the customer's records is looked at (or told) before the trust is known to hold.
        if (await sides.FindAsync(customerAccountId, cancel) is not { } side)
        {
            check.Add("customer_account_id", CustomerSides.Untrusted);
            return;
        }
        using (sides.Enter(side))
        {
            if (!await db.Organizations.AnyAsync(o => o.Id == customerId, cancel))
            {
                check.Add("customer_id", side.AccountId is null
                    ? "does not exist"
                    : "does not exist in the customer account or its directory");
            }
        }
        if (!creating && customerAccountId != sla.CustomerAccountId && !await CoverageFitsAsync(sla.Id, side, cancel))
            check.Add("customer_account_id", "the coverage names organizations, sites or people of the former customer; remove them first");
    }

    /// <summary>Whether every organization, site and person the SLA's coverage names belongs to <paramref name="side"/>.</summary>
    private async Task<bool> CoverageFitsAsync(long slaId, CustomerSide side, CancellationToken cancel)
    {
        var targets = await db.SlaCoverageTargets.AsNoTracking().Where(t => t.SlaId == slaId).ToListAsync(cancel);
        if (targets.Count == 0) return true;
        var organizations = targets.Select(t => t.OrganizationId).OfType<long>().Distinct().ToList();
        var sites = targets.Select(t => t.SiteId).OfType<long>().Distinct().ToList();
        var people = targets.Select(t => t.PersonId).OfType<long>().Distinct().ToList();
        using (sides.Enter(side))
        {
            return await db.Organizations.CountAsync(o => organizations.Contains(o.Id), cancel) == organizations.Count
                && await db.Sites.CountAsync(s => sites.Contains(s.Id), cancel) == sites.Count
                && await db.People.CountAsync(p => people.Contains(p.Id), cancel) == people.Count;
        }
    }
}
