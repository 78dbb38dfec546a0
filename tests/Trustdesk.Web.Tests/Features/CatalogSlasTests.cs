using System.Text.Json.Nodes;
using Trustdesk.Domain.Trusts;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features;

/// <summary>
/// <c>/v1/slas</c> and the coverage relations <c>/v1/slas/:id/people|organizations|sites</c>, with the rules of
/// product.md §4: an SLA lives in the provider account; its customer is an organization of the provider's side, or,
/// with <c>customer_account</c>, of the customer's side across an accepted services trust.
/// </summary>
public sealed class CatalogSlasTests
{
    private const string Untrusted = "needs an accepted services trust from that account";
    private readonly TestWorld _world = TestWorld.Shared;

    /// <summary>
    /// A provider support domain linked to its directory, a customer support domain linked to another directory, and
    /// the provider's catalog chain; with an accepted services trust from the customer to the provider unless told not to.
    /// </summary>
    private sealed record Parties(Tenant Provider, Tenant ProviderDirectory, Tenant Customer, Tenant CustomerDirectory, CatalogChain Chain, long? Trust);

    private async Task<Parties> PartiesAsync(bool trusted = true)
    {
        var providerDirectory = await _world.DirectoryAsync();
        var provider = await _world.SupportDomainAsync(providerDirectory);
        var customerDirectory = await _world.DirectoryAsync();
        var customer = await _world.SupportDomainAsync(customerDirectory);
        long? trust = trusted ? await TrustSeeding.AcceptedAsync(_world.Server, customer.Id, provider.Id) : null;
        return new Parties(provider, providerDirectory, customer, customerDirectory, await provider.AddCatalogChainAsync(), trust);
    }

    private static object SlaBody(CatalogChain chain, long customerId, string? customerAccountId) => new Dictionary<string, object?>
    {
        ["name"] = "SLA " + Ids.Hex(6),
        ["service_offering_id"] = chain.Offering,
        ["service_instance_id"] = chain.Instance,
        ["customer_id"] = customerId,
        ["customer_account_id"] = customerAccountId,
    };

    [Fact]
    public async Task An_sla_for_an_organization_of_the_providers_directory_needs_no_trust()
    {
        var p = await PartiesAsync(trusted: false);
        var organization = await p.ProviderDirectory.AddOrganizationAsync("Widget Netherlands");
        var offering = (await p.Provider.Owner.GetAsync($"/v1/service_offerings/{p.Chain.Offering}")).Expect(200).Record;
        var instance = (await p.Provider.Owner.GetAsync($"/v1/service_instances/{p.Chain.Instance}")).Expect(200).Record;

        var created = (await p.Provider.Owner.PostAsync("/v1/slas", new
        {
            name = "Workplace for NL",
            service_offering_id = p.Chain.Offering,
            service_instance_id = p.Chain.Instance,
            customer_id = organization,
            coverage = "organizations_and_descendants",
            start_date = "2026-01-01",
            expiry_date = "2026-12-31",
            status = "active",
            service_level_manager_id = p.Provider.OwnerId,
        })).Expect(201);
        var read = (await p.Provider.Owner.GetAsync($"/v1/slas/{created.Id}")).Expect(200);
        Assert.True(JsonNode.DeepEquals(created.Json, read.Json), $"{created.Text} vs {read.Text}");
        Assert.Equal(
            ["id", "name", "service_offering", "service_instance", "customer", "customer_account", "coverage", "start_date", "expiry_date", "status",
                "service_level_manager", "source", "sourceID", "created_at", "updated_at"],
            read.Record.Members());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse($$"""{"id":{{p.Chain.Offering}},"name":"{{offering.Str("name")}}"}"""), read.Record["service_offering"]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse($$"""{"id":{{p.Chain.Instance}},"name":"{{instance.Str("name")}}"}"""), read.Record["service_instance"]));
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse($$$"""{"id":{{{organization}}},"name":"Widget Netherlands","account":{"id":"{{{p.ProviderDirectory.Id}}}","name":"{{{p.ProviderDirectory.Name}}}"}}"""),
            read.Record["customer"]), read.Record["customer"]!.ToJsonString());
        Assert.Null(read.Record["customer_account"]);
        Assert.Equal("organizations_and_descendants", read.Record.Str("coverage"));
        Assert.Equal("2026-01-01", read.Record.Str("start_date"));
        Assert.Equal("2026-12-31", read.Record.Str("expiry_date"));
        Assert.Equal("active", read.Record.Str("status"));
        Assert.Equal(p.Provider.OwnerId, read.Record["service_level_manager"]!.Number("id"));

        var updated = (await p.Provider.Owner.PatchAsync($"/v1/slas/{created.Id}", new { status = "expired", expiry_date = (string?)null })).Expect(200);
        Assert.Equal("expired", updated.Record.Str("status"));
        Assert.Null(updated.Record["expiry_date"]);
        Assert.Equal("2026-01-01", updated.Record.Str("start_date"));
        Assert.Equal("W/\"1\"", updated.Header("ETag"));

        // An organization of the provider account itself needs no trust either, and carries no account.
        var local = await p.Provider.AddOrganizationAsync("Local office");
        var own = (await p.Provider.Owner.PostAsync("/v1/slas", SlaBody(p.Chain, local, null))).Expect(201);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse($$"""{"id":{{local}},"name":"Local office"}"""), own.Record["customer"]));
        Assert.Equal("being_prepared", own.Record.Str("status"));
        Assert.Equal("organizations_and_descendants", own.Record.Str("coverage"));
        Assert.Null(own.Record["start_date"]);
    }

    [Fact]
    public async Task An_sla_across_an_accepted_services_trust_names_the_customer_account()
    {
        var p = await PartiesAsync();
        var ofCustomer = await p.Customer.AddOrganizationAsync("Customer HQ");
        var ofCustomersDirectory = await p.CustomerDirectory.AddOrganizationAsync("Customer Group");

        var created = (await p.Provider.Owner.PostAsync("/v1/slas", SlaBody(p.Chain, ofCustomer, p.Customer.Id))).Expect(201);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse($$$"""{"id":{{{ofCustomer}}},"name":"Customer HQ","account":{"id":"{{{p.Customer.Id}}}","name":"{{{p.Customer.Name}}}"}}"""),
            created.Record["customer"]), created.Record["customer"]!.ToJsonString());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse($$"""{"id":"{{p.Customer.Id}}","name":"{{p.Customer.Name}}"}"""), created.Record["customer_account"]));
        Assert.True(JsonNode.DeepEquals(created.Json, (await p.Provider.Owner.GetAsync($"/v1/slas/{created.Id}")).Expect(200).Json));

        // The customer account's directory is on the customer's side too.
        var group = (await p.Provider.Owner.PostAsync("/v1/slas", SlaBody(p.Chain, ofCustomersDirectory, p.Customer.Id))).Expect(201);
        Assert.Equal(p.CustomerDirectory.Id, group.Record["customer"]!["account"]!.Str("id"));
        Assert.Equal("Customer Group", group.Record["customer"]!.Str("name"));

        var listed = (await p.Provider.Owner.GetAsync($"/v1/slas?customer_account_id={p.Customer.Id}")).Expect(200);
        Assert.Equal([created.Id, group.Id], listed.Ids());
        Assert.Equal(["id", "name", "customer", "customer_account", "service_instance", "status"], listed.Items[0]!.Members());
        Assert.Equal("Customer HQ", listed.Items[0]!["customer"]!.Str("name"));
        Assert.Equal(0, (await p.Provider.Owner.GetAsync("/v1/slas?customer_account_id=")).Expect(200).TotalEntries());

        // The SLA lives in the provider account: the customer account does not have it.
        Answers.SameAsMissing(
            await p.Customer.Owner.GetAsync($"/v1/slas/{created.Id}"),
            await p.Customer.Owner.GetAsync($"/v1/slas/{Answers.NeverExistingId}"));
        Assert.Equal(0, (await p.Customer.Owner.GetAsync("/v1/slas")).Expect(200).TotalEntries());
    }

    [Fact]
    public async Task Without_an_accepted_services_trust_an_sla_for_another_account_is_refused_alike_and_nothing_is_written()
    {
        var p = await PartiesAsync(trusted: false);
        var organization = await p.Customer.AddOrganizationAsync();
        var unrelated = await _world.SupportDomainAsync();
        var pending = await _world.SupportDomainAsync();
        var otherOptions = await _world.SupportDomainAsync();
        var wrongWay = await _world.SupportDomainAsync();
        var revoked = await _world.SupportDomainAsync();
        await TrustSeeding.InsertAsync(_world.Server, pending.Id, p.Provider.Id, TrustStatus.Pending, TrustOptions.Services);
        await TrustSeeding.AcceptedAsync(_world.Server, otherOptions.Id, p.Provider.Id, TrustOptions.Requests | TrustOptions.Tasks | TrustOptions.Roles);
        await TrustSeeding.AcceptedAsync(_world.Server, p.Provider.Id, wrongWay.Id, TrustOptions.Services);
        var revokedTrust = await TrustSeeding.AcceptedAsync(_world.Server, revoked.Id, p.Provider.Id);
        await TrustSeeding.SetStatusAsync(_world.Server, revokedTrust, p.Provider.Id, TrustStatus.Revoked);

        var untrusted = (await p.Provider.Owner.PostAsync("/v1/slas", SlaBody(p.Chain, organization, p.Customer.Id)))
            .ExpectValidation(("customer_account_id", Untrusted));
        foreach (var account in new[] { unrelated.Id, pending.Id, otherOptions.Id, wrongWay.Id, revoked.Id, "t-never-there", "Not A Slug", "" })
        {
            var answer = (await p.Provider.Owner.PostAsync("/v1/slas", SlaBody(p.Chain, organization, account))).Expect(422);
            // Byte for byte the same, whether the account exists or not: nothing is told about other accounts.
            Assert.Equal(untrusted.Body, answer.Body);
        }
        var ownSla = await p.Provider.AddSlaAsync(p.Chain, await p.Provider.AddOrganizationAsync());
        (await p.Provider.Owner.PatchAsync($"/v1/slas/{ownSla}", new { customer_id = organization, customer_account_id = p.Customer.Id }))
            .ExpectValidation(("customer_account_id", Untrusted));
        (await p.Provider.Owner.PostAsync("/v1/slas", SlaBody(p.Chain, await p.Provider.AddOrganizationAsync(), p.Provider.Id)))
            .ExpectValidation(("customer_account_id", "must be empty for a customer of this account or its directory"));

        Assert.Equal([ownSla], (await p.Provider.Owner.GetAsync("/v1/slas")).Expect(200).Ids());
        Assert.Null((await p.Provider.Owner.GetAsync($"/v1/slas/{ownSla}")).Expect(200).Record["customer_account"]);
    }

    [Fact]
    public async Task The_customer_organization_must_belong_to_the_customer_side()
    {
        var p = await PartiesAsync();
        var stranger = await _world.DirectoryAsync();
        var strangersOrganization = await stranger.AddOrganizationAsync();
        var customersOrganization = await p.Customer.AddOrganizationAsync();
        var providersOrganization = await p.Provider.AddOrganizationAsync();

        // Without a customer account: the provider's own and directory organizations only.
        var foreign = (await p.Provider.Owner.PostAsync("/v1/slas", SlaBody(p.Chain, strangersOrganization, null)))
            .ExpectValidation(("customer_id", "does not exist"));
        Assert.Equal(foreign.Body, (await p.Provider.Owner.PostAsync("/v1/slas", SlaBody(p.Chain, Answers.NeverExistingId, null))).Expect(422).Body);
        (await p.Provider.Owner.PostAsync("/v1/slas", SlaBody(p.Chain, customersOrganization, null))).ExpectValidation(("customer_id", "does not exist"));

        // With one: that account's and its directory's only, even when the provider itself may read the organization.
        const string NotTheCustomers = "does not exist in the customer account or its directory";
        foreach (var organization in new[] { providersOrganization, strangersOrganization, Answers.NeverExistingId })
            (await p.Provider.Owner.PostAsync("/v1/slas", SlaBody(p.Chain, organization, p.Customer.Id))).ExpectValidation(("customer_id", NotTheCustomers));
        (await p.Provider.Owner.PostAsync("/v1/slas", SlaBody(p.Chain, await p.ProviderDirectory.AddOrganizationAsync(), p.Customer.Id)))
            .ExpectValidation(("customer_id", NotTheCustomers));

        Assert.Equal(0, (await p.Provider.Owner.GetAsync("/v1/slas")).Expect(200).TotalEntries());
    }

    [Fact]
    public async Task The_offering_and_the_instance_are_the_accounts_own_and_of_one_service()
    {
        var p = await PartiesAsync(trusted: false);
        var customer = await p.Provider.AddOrganizationAsync();
        var otherChain = await p.Provider.AddCatalogChainAsync();
        var theirChain = await p.Customer.AddCatalogChainAsync();

        (await p.Provider.Owner.PostAsync("/v1/slas", SlaBody(p.Chain with { Instance = otherChain.Instance }, customer, null)))
            .ExpectValidation(("service_instance_id", "must be an instance of the service offering's service"));
        (await p.Provider.Owner.PostAsync("/v1/slas", SlaBody(theirChain, customer, null)))
            .ExpectValidation(("service_offering_id", "does not exist"), ("service_instance_id", "does not exist"));
        (await p.Provider.Owner.PostAsync("/v1/slas", SlaBody(p.Chain with { Offering = theirChain.Offering }, customer, null)))
            .ExpectValidation(("service_offering_id", "does not exist"));
        (await p.Provider.Owner.PostAsync("/v1/slas", new { coverage = "people" })).ExpectValidation(
            ("name", "can't be blank"), ("service_offering_id", "can't be blank"), ("service_instance_id", "can't be blank"), ("customer_id", "can't be blank"));

        var sla = await p.Provider.AddSlaAsync(p.Chain, customer);
        (await p.Provider.Owner.PatchAsync($"/v1/slas/{sla}", new { service_instance_id = otherChain.Instance }))
            .ExpectValidation(("service_instance_id", "must be an instance of the service offering's service"));
        (await p.Provider.Owner.PatchAsync($"/v1/slas/{sla}", new { service_offering_id = (long?)null })).ExpectValidation(("service_offering_id", "can't be blank"));
        // Both moved together to the other service is fine.
        var moved = (await p.Provider.Owner.PatchAsync($"/v1/slas/{sla}",
            new { service_instance_id = otherChain.Instance, service_offering_id = otherChain.Offering })).Expect(200);
        Assert.Equal(otherChain.Instance, moved.Record["service_instance"]!.Number("id"));
        Assert.Equal([sla], (await p.Provider.Owner.GetAsync("/v1/slas")).Expect(200).Ids());
    }

    [Fact]
    public async Task Wrong_enums_dates_strings_and_fields_are_refused_and_nothing_is_written()
    {
        var p = await PartiesAsync(trusted: false);
        var customer = await p.Provider.AddOrganizationAsync();
        var withoutRole = await p.Provider.AddPersonAsync();
        var sla = await p.Provider.AddSlaAsync(p.Chain, customer, name: "Kept");
        (await p.Provider.Owner.PatchAsync($"/v1/slas/{sla}", new { start_date = "2026-06-01" })).Expect(200);

        Dictionary<string, object?> Body(string field, object? value)
        {
            var body = (Dictionary<string, object?>)SlaBody(p.Chain, customer, null);
            body.Remove("customer_account_id");
            body[field] = value;
            return body;
        }

        (await p.Provider.Owner.PostAsync("/v1/slas", Body("coverage", "everyone"))).ExpectValidation(("coverage",
            "must be one of: customer_account, organizations, organizations_and_descendants, sites, organizations_and_sites, people"));
        (await p.Provider.Owner.PostAsync("/v1/slas", Body("coverage", "coverage_groups"))).ExpectInvalid("coverage");
        (await p.Provider.Owner.PostAsync("/v1/slas", Body("status", "suspended")))
            .ExpectValidation(("status", "must be one of: being_prepared, scheduled_for_activation, active, expired"));
        (await p.Provider.Owner.PostAsync("/v1/slas", Body("status", null))).ExpectValidation(("status", "can't be blank"));
        foreach (var date in new[] { "2026-02-30", "30-01-2026", "2026-1-5", "2026-01-05T00:00:00Z", "tomorrow", "" })
            (await p.Provider.Owner.PostAsync("/v1/slas", Body("start_date", date))).ExpectValidation(("start_date", "is not a date as yyyy-mm-dd"));
        (await p.Provider.Owner.PostAsync("/v1/slas", Body("expiry_date", 20260105))).ExpectValidation(("expiry_date", "has the wrong type"));
        var reversed = Body("start_date", "2026-03-01");
        reversed["expiry_date"] = "2026-02-28";
        (await p.Provider.Owner.PostAsync("/v1/slas", reversed)).ExpectValidation(("expiry_date", "must be on or after the start date"));
        (await p.Provider.Owner.PostAsync("/v1/slas", Body("name", new string('s', 256)))).ExpectValidation(("name", "is too long (maximum is 255 characters)"));
        (await p.Provider.Owner.PostAsync("/v1/slas", Body("notice_date", "2026-01-01"))).ExpectValidation(("notice_date", "is not a known field"));
        (await p.Provider.Owner.PostAsync("/v1/slas", Body("customer_id", "12"))).ExpectValidation(("customer_id", "has the wrong type"));
        (await p.Provider.Owner.PostAsync("/v1/slas", Body("service_level_manager_id", withoutRole)))
            .ExpectValidation(("service_level_manager_id", "must be a person with a role in this account"));

        (await p.Provider.Owner.PatchAsync($"/v1/slas/{sla}", new { expiry_date = "2026-05-31" }))
            .ExpectValidation(("expiry_date", "must be on or after the start date"));
        (await p.Provider.Owner.PatchAsync($"/v1/slas/{sla}", new { coverage = "all" })).ExpectInvalid("coverage");
        var sameDay = (await p.Provider.Owner.PatchAsync($"/v1/slas/{sla}", new { expiry_date = "2026-06-01" })).Expect(200);
        Assert.Equal("2026-06-01", sameDay.Record.Str("expiry_date"));

        Assert.Equal(["Kept"], (await p.Provider.Owner.GetAsync("/v1/slas")).Expect(200).Values("name"));
        Assert.Equal("organizations_and_descendants", (await p.Provider.Owner.GetAsync($"/v1/slas/{sla}")).Expect(200).Record.Str("coverage"));
    }

    [Fact]
    public async Task Coverage_names_organizations_sites_and_people_of_the_customer_side()
    {
        var p = await PartiesAsync();
        var sla = await p.Provider.AddSlaAsync(p.Chain, await p.Customer.AddOrganizationAsync(), p.Customer.Id);
        var sales = await p.Customer.AddOrganizationAsync("Sales");
        var group = await p.CustomerDirectory.AddOrganizationAsync("Group");
        var site = await p.Customer.AddSiteAsync("Head office");
        var person = await p.CustomerDirectory.AddPersonAsync("Carla Customer");

        foreach (var path in new[] { $"organizations/{sales}", $"organizations/{group}", $"sites/{site}", $"people/{person}" })
        {
            (await p.Provider.Owner.PostAsync($"/v1/slas/{sla}/{path}")).Expect(200, "{}");
            (await p.Provider.Owner.PostAsync($"/v1/slas/{sla}/{path}")).Expect(200, "{}");
        }

        var organizations = (await p.Provider.Owner.GetAsync($"/v1/slas/{sla}/organizations")).Expect(200);
        Assert.Equal(["Group", "Sales"], organizations.Values("name"));
        Assert.Equal(p.CustomerDirectory.Id, organizations.Items[0]!["account"]!.Str("id"));
        Assert.Equal(p.Customer.Id, organizations.Items[1]!["account"]!.Str("id"));
        Assert.Equal(["Sales", "Group"], (await p.Provider.Owner.GetAsync($"/v1/slas/{sla}/organizations?sort=-name")).Expect(200).Values("name"));
        var page = (await p.Provider.Owner.GetAsync($"/v1/slas/{sla}/organizations?per_page=1&page=2")).Expect(200);
        Assert.Equal(2, page.TotalEntries());
        Assert.Equal([sales], page.Ids());
        Assert.Equal([group], (await p.Provider.Owner.GetAsync($"/v1/slas/{sla}/organizations?name=Group")).Expect(200).Ids());
        var sites = (await p.Provider.Owner.GetAsync($"/v1/slas/{sla}/sites")).Expect(200);
        Assert.Equal([site], sites.Ids());
        Assert.Equal(p.Customer.Id, sites.Items[0]!["account"]!.Str("id"));
        var people = (await p.Provider.Owner.GetAsync($"/v1/slas/{sla}/people")).Expect(200);
        Assert.Equal(["Carla Customer"], people.Values("name"));
        Assert.Equal(p.CustomerDirectory.Id, people.Items[0]!["account"]!.Str("id"));

        (await p.Provider.Owner.DeleteAsync($"/v1/slas/{sla}/organizations/{sales}")).Expect(204);
        (await p.Provider.Owner.DeleteAsync($"/v1/slas/{sla}/organizations/{sales}")).Expect(404, """{"message":"Not Found"}""");
        // An organization's id on the sites route removes nothing (organizations and sites count their ids apart, so the
        // organization taken is one whose id no site of the SLA has).
        var organizationNotASite = new[] { group, sales }.First(id => id != site);
        (await p.Provider.Owner.DeleteAsync($"/v1/slas/{sla}/sites/{organizationNotASite}")).Expect(404);
        Assert.Equal([group], (await p.Provider.Owner.GetAsync($"/v1/slas/{sla}/organizations")).Expect(200).Ids());
        Assert.Equal([site], (await p.Provider.Owner.GetAsync($"/v1/slas/{sla}/sites")).Expect(200).Ids());
    }

    [Fact]
    public async Task Coverage_naming_organizations_sites_or_people_the_customer_side_does_not_own_is_refused_and_nothing_is_written()
    {
        var p = await PartiesAsync();
        var stranger = await _world.DirectoryAsync();
        var acrossTrust = await p.Provider.AddSlaAsync(p.Chain, await p.Customer.AddOrganizationAsync(), p.Customer.Id);
        var ownSide = await p.Provider.AddSlaAsync(p.Chain, await p.ProviderDirectory.AddOrganizationAsync());
        var strangers = (Organization: await stranger.AddOrganizationAsync(), Site: await stranger.AddSiteAsync(), Person: stranger.OwnerId);
        var providers = (Organization: await p.Provider.AddOrganizationAsync(), Site: await p.ProviderDirectory.AddSiteAsync(), Person: p.Provider.OwnerId);
        var customers = (Organization: await p.Customer.AddOrganizationAsync(), Site: await p.Customer.AddSiteAsync(), Person: p.Customer.OwnerId);

        async Task RefusedAsync(long sla, string relation, string field, string text, params long[] ids)
        {
            var missing = (await p.Provider.Owner.PostAsync($"/v1/slas/{sla}/{relation}/{Answers.NeverExistingId}")).ExpectValidation((field, text));
            foreach (var id in ids)
                Assert.Equal(missing.Body, (await p.Provider.Owner.PostAsync($"/v1/slas/{sla}/{relation}/{id}")).Expect(422).Body);
        }

        // Across the trust: the customer's records only, not the provider's (which the provider can read) nor a stranger's.
        await RefusedAsync(acrossTrust, "organizations", "organization", "must be an organization of the SLA's customer account or its directory",
            strangers.Organization, providers.Organization);
        await RefusedAsync(acrossTrust, "sites", "site", "must be a site of the SLA's customer account or its directory", strangers.Site, providers.Site);
        await RefusedAsync(acrossTrust, "people", "person", "must be a person of the SLA's customer account or its directory", strangers.Person, providers.Person);
        // On the provider's own side: its own and its directory's records, not the customer's.
        await RefusedAsync(ownSide, "organizations", "organization", "must be an organization of the SLA's customer account or its directory",
            strangers.Organization, customers.Organization);
        await RefusedAsync(ownSide, "sites", "site", "must be a site of the SLA's customer account or its directory", customers.Site);
        await RefusedAsync(ownSide, "people", "person", "must be a person of the SLA's customer account or its directory", customers.Person);

        foreach (var sla in new[] { acrossTrust, ownSide })
            foreach (var relation in new[] { "organizations", "sites", "people" })
                Assert.Equal(0, (await p.Provider.Owner.GetAsync($"/v1/slas/{sla}/{relation}")).Expect(200).TotalEntries());

        (await p.Provider.Owner.PostAsync($"/v1/slas/{ownSide}/organizations/{providers.Organization}")).Expect(200, "{}");
        (await p.Provider.Owner.PostAsync($"/v1/slas/{ownSide}/sites/{providers.Site}")).Expect(200, "{}");
        Assert.Equal([providers.Organization], (await p.Provider.Owner.GetAsync($"/v1/slas/{ownSide}/organizations")).Expect(200).Ids());
    }

    [Fact]
    public async Task Once_the_trust_is_revoked_the_customers_records_are_hidden_and_no_coverage_can_be_added()
    {
        var p = await PartiesAsync();
        var customer = await p.Customer.AddOrganizationAsync("Customer HQ");
        var sales = await p.Customer.AddOrganizationAsync("Sales");
        var other = await p.Customer.AddOrganizationAsync("Other");
        var sla = await p.Provider.AddSlaAsync(p.Chain, customer, p.Customer.Id, name: "Across");
        (await p.Provider.Owner.PostAsync($"/v1/slas/{sla}/organizations/{sales}")).Expect(200);

        await TrustSeeding.SetStatusAsync(_world.Server, p.Trust!.Value, p.Provider.Id, TrustStatus.Revoked);

        var read = (await p.Provider.Owner.GetAsync($"/v1/slas/{sla}")).Expect(200);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse($$"""{"id":{{customer}},"name":null}"""), read.Record["customer"]), read.Record["customer"]!.ToJsonString());
        Assert.Equal(p.Customer.Id, read.Record["customer_account"]!.Str("id"));
        Assert.Equal(0, (await p.Provider.Owner.GetAsync($"/v1/slas/{sla}/organizations")).Expect(200).TotalEntries());
        (await p.Provider.Owner.PostAsync($"/v1/slas/{sla}/organizations/{other}")).ExpectValidation(("customer_account_id", Untrusted));
        (await p.Provider.Owner.PatchAsync($"/v1/slas/{sla}", new { customer_id = other })).ExpectValidation(("customer_account_id", Untrusted));

        // What needs nothing of the customer's still works: renaming, ending, taking coverage away.
        (await p.Provider.Owner.PatchAsync($"/v1/slas/{sla}", new { name = "Across (ended)", status = "expired" })).Expect(200);
        (await p.Provider.Owner.DeleteAsync($"/v1/slas/{sla}/organizations/{sales}")).Expect(204);

        // Accepted again, everything shows again.
        await TrustSeeding.SetStatusAsync(_world.Server, p.Trust!.Value, p.Provider.Id, TrustStatus.Accepted);
        Assert.Equal("Customer HQ", (await p.Provider.Owner.GetAsync($"/v1/slas/{sla}")).Expect(200).Record["customer"]!.Str("name"));
        (await p.Provider.Owner.PostAsync($"/v1/slas/{sla}/organizations/{other}")).Expect(200);
        Assert.Equal(["Other"], (await p.Provider.Owner.GetAsync($"/v1/slas/{sla}/organizations")).Expect(200).Values("name"));
    }

    [Fact]
    public async Task Moving_an_sla_to_another_customer_account_needs_its_coverage_to_move_along()
    {
        var p = await PartiesAsync();
        var second = await _world.SupportDomainAsync();
        await TrustSeeding.AcceptedAsync(_world.Server, second.Id, p.Provider.Id);
        var site = await p.Customer.AddSiteAsync();
        var sla = await p.Provider.AddSlaAsync(p.Chain, await p.Customer.AddOrganizationAsync(), p.Customer.Id);
        var secondsOrganization = await second.AddOrganizationAsync("Second HQ");
        (await p.Provider.Owner.PostAsync($"/v1/slas/{sla}/sites/{site}")).Expect(200);

        (await p.Provider.Owner.PatchAsync($"/v1/slas/{sla}", new { customer_id = secondsOrganization, customer_account_id = second.Id }))
            .ExpectValidation(("customer_account_id", "the coverage names organizations, sites or people of the former customer; remove them first"));
        // The customer organization has to move along too.
        (await p.Provider.Owner.PatchAsync($"/v1/slas/{sla}", new { customer_account_id = second.Id }))
            .ExpectInvalid("customer_id");
        Assert.Equal(p.Customer.Id, (await p.Provider.Owner.GetAsync($"/v1/slas/{sla}")).Expect(200).Record["customer_account"]!.Str("id"));

        (await p.Provider.Owner.DeleteAsync($"/v1/slas/{sla}/sites/{site}")).Expect(204);
        var moved = (await p.Provider.Owner.PatchAsync($"/v1/slas/{sla}", new { customer_id = secondsOrganization, customer_account_id = second.Id })).Expect(200);
        Assert.Equal("Second HQ", moved.Record["customer"]!.Str("name"));
        Assert.Equal(second.Id, moved.Record["customer_account"]!.Str("id"));
    }

    [Fact]
    public async Task Slas_are_filtered_sorted_and_paged()
    {
        var p = await PartiesAsync(trusted: false);
        var first = await p.Provider.AddOrganizationAsync();
        var second = await p.Provider.AddOrganizationAsync();
        var ids = new Dictionary<string, long>();
        foreach (var (name, customer, status, coverage, expiry) in new[]
                 {
                     ("gamma", first, "active", "people", "2027-01-31"), ("alpha", second, "being_prepared", "sites", "2026-12-31"),
                     ("beta", first, "expired", "people", (string?)null), ("delta", second, "active", "customer_account", "2026-06-30"),
                 })
        {
            var body = (Dictionary<string, object?>)SlaBody(p.Chain, customer, null);
            body["name"] = name;
            body["status"] = status;
            body["coverage"] = coverage;
            body["expiry_date"] = expiry;
            ids[name] = (await p.Provider.CreateAsync("/v1/slas", body)).Number("id");
        }

        Assert.Equal([ids["gamma"], ids["delta"]], (await p.Provider.Owner.GetAsync("/v1/slas?status=active")).Expect(200).Ids());
        Assert.Equal([ids["gamma"], ids["alpha"], ids["delta"]], (await p.Provider.Owner.GetAsync("/v1/slas?status=!expired")).Expect(200).Ids());
        Assert.Equal([ids["gamma"], ids["beta"]], (await p.Provider.Owner.GetAsync("/v1/slas?coverage=people")).Expect(200).Ids());
        Assert.Equal([ids["gamma"], ids["beta"]], (await p.Provider.Owner.GetAsync($"/v1/slas?customer_id={first}")).Expect(200).Ids());
        Assert.Equal([ids["delta"]], (await p.Provider.Owner.GetAsync($"/v1/slas?customer_id={second}&status=active")).Expect(200).Ids());
        Assert.Equal(["gamma", "delta", "beta", "alpha"], (await p.Provider.Owner.GetAsync("/v1/slas?sort=-name")).Expect(200).Values("name"));
        Assert.Equal(["delta", "alpha", "gamma"],
            (await p.Provider.Owner.GetAsync("/v1/slas?sort=expiry_date&status=!expired")).Expect(200).Values("name"));
        Assert.Equal(4, (await p.Provider.Owner.GetAsync($"/v1/slas?service_instance_id={p.Chain.Instance}")).Expect(200).TotalEntries());

        var page = (await p.Provider.Owner.GetAsync("/v1/slas?per_page=3&page=2&fields=coverage,expiry_date")).Expect(200);
        Assert.Equal(4, page.TotalEntries());
        Assert.Equal([ids["delta"]], page.Ids());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse($$"""{"id":{{ids["delta"]}},"coverage":"customer_account","expiry_date":"2026-06-30"}"""), page.Items[0]));
        (await p.Provider.Owner.GetAsync("/v1/slas?start_date=2026-01-01")).Expect(400, """{"message":"Filtering not allowed on fields: start_date"}""");
    }

    [Fact]
    public async Task Another_accounts_sla_answers_exactly_like_a_missing_one()
    {
        var mine = await _world.SupportDomainAsync();
        var theirs = await PartiesAsync();
        var foreign = await theirs.Provider.AddSlaAsync(theirs.Chain, await theirs.Customer.AddOrganizationAsync(), theirs.Customer.Id);
        var organization = await mine.AddOrganizationAsync();
        var never = Answers.NeverExistingId;

        foreach (var suffix in new[] { "", "/people", "/organizations", "/sites" })
            Answers.SameAsMissing(await mine.Owner.GetAsync($"/v1/slas/{foreign}{suffix}"), await mine.Owner.GetAsync($"/v1/slas/{never}{suffix}"));
        Answers.SameAsMissing(
            await mine.Owner.PatchAsync($"/v1/slas/{foreign}", new { name = "Mine now" }),
            await mine.Owner.PatchAsync($"/v1/slas/{never}", new { name = "Mine now" }));
        Answers.SameAsMissing(
            await mine.Owner.PostAsync($"/v1/slas/{foreign}/organizations/{organization}"),
            await mine.Owner.PostAsync($"/v1/slas/{never}/organizations/{organization}"));
        Answers.SameAsMissing(
            await mine.Owner.DeleteAsync($"/v1/slas/{foreign}/people/{mine.OwnerId}"),
            await mine.Owner.DeleteAsync($"/v1/slas/{never}/people/{mine.OwnerId}"));

        Assert.Equal(0, (await mine.Owner.GetAsync($"/v1/slas?id={foreign}")).Expect(200).TotalEntries());
        Assert.Equal(0, (await theirs.Provider.Owner.GetAsync($"/v1/slas/{foreign}/organizations")).Expect(200).TotalEntries());
    }

    [Fact]
    public async Task Specialists_read_slas_and_their_coverage_and_only_administrators_and_service_level_managers_change_them()
    {
        var p = await PartiesAsync(trusted: false);
        var organization = await p.ProviderDirectory.AddOrganizationAsync();
        var sla = await p.Provider.AddSlaAsync(p.Chain, organization, name: "Kept");
        (await p.Provider.Owner.PostAsync($"/v1/slas/{sla}/organizations/{organization}")).Expect(200);
        var employee = p.ProviderDirectory.Owner.In(p.Provider.Id);

        (await employee.GetAsync("/v1/slas")).Expect(403);
        foreach (var suffix in new[] { "", "/organizations" })
            Answers.SameAsMissing(await employee.GetAsync($"/v1/slas/{sla}{suffix}"), await employee.GetAsync($"/v1/slas/{Answers.NeverExistingId}{suffix}"));
        Answers.SameAsMissing(
            await employee.PostAsync($"/v1/slas/{sla}/people/{p.ProviderDirectory.OwnerId}"),
            await employee.PostAsync($"/v1/slas/{Answers.NeverExistingId}/people/{p.ProviderDirectory.OwnerId}"));

        // Service level managers may write (CatalogWritersTests); a specialist only reads.
        await p.Provider.GrantAsync(p.ProviderDirectory.OwnerId, "specialist");
        Assert.Equal([sla], (await employee.GetAsync("/v1/slas")).Expect(200).Ids());
        Assert.Equal([organization], (await employee.GetAsync($"/v1/slas/{sla}/organizations")).Expect(200).Ids());
        (await employee.PostAsync("/v1/slas", SlaBody(p.Chain, organization, null))).Expect(403, """{"message":"Forbidden"}""");
        (await employee.PatchAsync($"/v1/slas/{sla}", new { name = "By specialist" })).Expect(403);
        (await employee.PostAsync($"/v1/slas/{sla}/people/{p.ProviderDirectory.OwnerId}")).Expect(403);
        (await employee.DeleteAsync($"/v1/slas/{sla}/organizations/{organization}")).Expect(403);
        (await employee.PostAsync("/v1/service_offerings", new { name = "By specialist", service_id = p.Chain.Service })).Expect(403);

        Assert.Equal(["Kept"], (await p.Provider.Owner.GetAsync("/v1/slas")).Expect(200).Values("name"));
        Assert.Equal([organization], (await p.Provider.Owner.GetAsync($"/v1/slas/{sla}/organizations")).Expect(200).Ids());
        Assert.Equal(0, (await p.Provider.Owner.GetAsync($"/v1/slas/{sla}/people")).Expect(200).TotalEntries());
        Assert.Equal(1, (await p.Provider.Owner.GetAsync("/v1/service_offerings")).Expect(200).TotalEntries());
    }
}
