using Trustdesk.Web.Tests.Features.Trusts;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Coverage;

/// <summary>The calls the self-service catalog tests share: read a catalog, register people and active SLAs, cover, trust.</summary>
internal static class CoverageCalls
{
    public static string CatalogPath(long personId) => $"/v1/people/{personId}/service_instance_coverages";

    /// <summary>The ids of the instances in <paramref name="personId"/>'s catalog as <paramref name="reader"/> reads it, in id order.</summary>
    public static async Task<List<long>> CatalogAsync(ApiClient reader, long personId)
    {
        var answer = (await reader.GetAsync(CatalogPath(personId) + "?per_page=100")).Expect(200);
        Assert.Equal(answer.Items.Count, answer.TotalEntries());
        return answer.Ids().Order().ToList();
    }

    /// <summary>A person of <paramref name="account"/> in an organization and at a site (either may be null).</summary>
    public static async Task<long> AddPersonAsync(Tenant account, string name, long? organizationId, long? siteId) =>
        (await account.CreateAsync("/v1/people",
            new { name, primary_email = Ids.Email(), organization_id = organizationId, site_id = siteId })).Number("id");

    /// <summary>
    /// An SLA on <paramref name="chain"/> of <paramref name="provider"/> (active unless told otherwise), across a trust when
    /// <paramref name="customerAccountId"/> is given, with its coverage lists filled through <c>/slas/:id/organizations|sites|people</c>.
    /// </summary>
    public static async Task<long> AddSlaAsync(Tenant provider, CatalogChain chain, long customerId, string? customerAccountId, string coverage,
        IEnumerable<long>? organizations = null, IEnumerable<long>? sites = null, IEnumerable<long>? people = null,
        string status = "active", DateOnly? start = null, DateOnly? expiry = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["name"] = "SLA " + Ids.Hex(6),
            ["service_offering_id"] = chain.Offering,
            ["service_instance_id"] = chain.Instance,
            ["customer_id"] = customerId,
            ["coverage"] = coverage,
            ["status"] = status,
            ["start_date"] = start is { } s ? Date(s) : null,
            ["expiry_date"] = expiry is { } e ? Date(e) : null,
        };
        if (customerAccountId is not null) body["customer_account_id"] = customerAccountId;
        var sla = (await provider.CreateAsync("/v1/slas", body)).Number("id");
        foreach (var organization in organizations ?? []) await CoverAsync(provider, sla, "organizations", organization);
        foreach (var site in sites ?? []) await CoverAsync(provider, sla, "sites", site);
        foreach (var person in people ?? []) await CoverAsync(provider, sla, "people", person);
        return sla;
    }

    public static async Task CoverAsync(Tenant provider, long sla, string relation, long target) =>
        (await provider.Owner.PostAsync($"/v1/slas/{sla}/{relation}/{target}")).Expect(200, "{}");

    /// <summary>An accepted trust from <paramref name="customer"/> to <paramref name="provider"/> through the trusts API: the customer invites, the provider accepts.</summary>
    public static async Task<long> AcceptedTrustAsync(Tenant customer, Tenant provider, params string[] options)
    {
        var trust = await TrustCalls.InvitedAsync(customer, customer, provider, options.Length == 0 ? ["services"] : options);
        (await TrustCalls.StepAsync(provider.Owner, trust, "accept")).Expect(200);
        return trust;
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
