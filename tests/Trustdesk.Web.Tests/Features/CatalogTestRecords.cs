using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features;

/// <summary>A provider's catalog chain made through the API: a service with one instance and one offering.</summary>
public sealed record CatalogChain(long Service, long Instance, long Offering);

/// <summary>Catalog records made through the API as the account's owner (each asserts its 201).</summary>
public static class CatalogTestRecords
{
    public static async Task<long> AddServiceAsync(this Tenant account, string? name = null) =>
        (await account.CreateAsync("/v1/services", new { name = name ?? "Service " + Ids.Hex(6) })).Number("id");

    public static async Task<long> AddServiceInstanceAsync(this Tenant account, long serviceId, string? name = null) =>
        (await account.CreateAsync("/v1/service_instances", new { name = name ?? "Instance " + Ids.Hex(6), service_id = serviceId })).Number("id");

    public static async Task<long> AddServiceOfferingAsync(this Tenant account, long serviceId, string? name = null) =>
        (await account.CreateAsync("/v1/service_offerings", new { name = name ?? "Offering " + Ids.Hex(6), service_id = serviceId })).Number("id");

    public static async Task<CatalogChain> AddCatalogChainAsync(this Tenant account)
    {
        var service = await account.AddServiceAsync();
        return new CatalogChain(service, await account.AddServiceInstanceAsync(service), await account.AddServiceOfferingAsync(service));
    }

    /// <summary>An SLA on <paramref name="chain"/> for <paramref name="customerId"/> (across a trust when <paramref name="customerAccountId"/> is given).</summary>
    public static async Task<long> AddSlaAsync(this Tenant account, CatalogChain chain, long customerId, string? customerAccountId = null,
        string? name = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["name"] = name ?? "SLA " + Ids.Hex(6),
            ["service_offering_id"] = chain.Offering,
            ["service_instance_id"] = chain.Instance,
            ["customer_id"] = customerId,
        };
        if (customerAccountId is not null) body["customer_account_id"] = customerAccountId;
        return (await account.CreateAsync("/v1/slas", body)).Number("id");
    }
}
