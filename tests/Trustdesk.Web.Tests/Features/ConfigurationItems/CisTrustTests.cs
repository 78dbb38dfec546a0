using Trustdesk.Web.Tests.Features.Requests;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.ConfigurationItems;

/// <summary>
/// The <c>cis</c> trust (product.md §7, ADR 51): a customer's CI supported by a provider's team is seen and maintained by
/// the provider while the customer trusts it with <c>cis</c>, and nothing else of the customer's CIs; revoking the trust,
/// or dropping the option, hides it at the next read, answering exactly as a missing CI.
/// </summary>
public sealed class CisTrustTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    [Fact]
    public async Task A_provider_sees_and_maintains_the_ci_its_team_supports_and_nothing_else_until_the_trust_is_revoked()
    {
        var w = await HandOverWorld.CreateAsync(_world);
        var product = await CiCalls.AddProductAsync(w.Customer, "Office printer");
        var printer = await CiCalls.AddCiAsync(w.Customer, product, new { product_id = product, name = "PRN-NL-1" });
        var other = await CiCalls.AddCiAsync(w.Customer, product, new { product_id = product, name = "PRN-NL-2" });
        (await w.Customer.Owner.PostAsync(CiCalls.Path(printer, "/ci_relations"), new { relation_type = "connected_to", ci_id = other })).Expect(201);

        // Without a cis trust the provider's team may not support it; a requests trust is not enough.
        var requestsTrust = await RequestCalls.TrustAsync(w.Customer, w.Provider, "requests");
        (await w.Customer.Owner.PatchAsync(CiCalls.Path(printer), new { support_team_id = w.ProviderTeam }))
            .ExpectValidation(("support_team_id", "must be an enabled team of this account or of an account it trusts with cis"));
        await RequestCalls.RevokeAsync(w.Customer, requestsTrust);
        var trust = await RequestCalls.TrustAsync(w.Customer, w.Provider, "cis", "requests");
        var supported = (await w.Customer.Owner.PatchAsync(CiCalls.Path(printer), new { support_team_id = w.ProviderTeam })).Expect(200).Record;
        Assert.Equal(w.Provider.Id, (string?)supported["support_team"]!["account"]!["id"]);

        // The provider sees that CI, named as its account names it, and not the other; nor the relation to the other.
        var seen = (await w.Provider.Owner.GetAsync(CiCalls.Path(printer))).Expect(200).Record;
        Assert.Equal(w.Customer.Id, (string?)seen["account"]!["id"]);
        Assert.Equal("Office printer", (string?)seen["product"]!["name"]);
        Assert.Equal([printer], (await w.Provider.Owner.GetAsync("/v1/cis")).Expect(200).Ids());
        Assert.Equal([printer], (await w.Provider.Owner.GetAsync("/v1/cis/supported_by_my_teams")).Expect(200).Ids());
        Answers.SameAsMissing(await w.Provider.Owner.GetAsync(CiCalls.Path(other)), await w.Provider.Owner.GetAsync(CiCalls.Path(Answers.NeverExistingId)));
        Assert.Empty((await w.Provider.Owner.GetAsync(CiCalls.Path(printer, "/ci_relations"))).Expect(200).Items);
        Assert.Single((await w.Customer.Owner.GetAsync(CiCalls.Path(printer, "/ci_relations"))).Expect(200).Items);
        (await w.Provider.Owner.GetAsync($"/v1/products/{product}")).Expect(404);

        // It maintains the CI: status and a note, seen by the customer in the CI's one trail; nothing it defines.
        (await w.Provider.Owner.PatchAsync(CiCalls.Path(printer), new { status = "being_repaired", note = "Fuser replaced on site." })).Expect(200);
        (await w.Provider.Owner.PatchAsync(CiCalls.Path(printer), new { name = "Renamed", support_team_id = w.ProviderOtherTeam }))
            .ExpectValidation(("name", "is set by the CI's account's configuration managers"),
                ("support_team_id", "is set by the CI's account's configuration managers"));
        (await w.Provider.Owner.PostAsync(CiCalls.Path(printer, "/ci_relations"), new { relation_type = "connected_to", ci_id = other })).Expect(403);
        (await w.Provider.Owner.PostAsync(CiCalls.Path(printer, $"/users/{w.Provider.OwnerId}"))).Expect(403);
        var read = (await w.Customer.Owner.GetAsync(CiCalls.Path(printer))).Expect(200).Record;
        Assert.Equal("being_repaired", (string?)read["status"]);
        Assert.Equal(["Fuser replaced on site."], (await w.Customer.Owner.GetAsync(CiCalls.Path(printer, "/notes"))).Expect(200).Items.Select(n => (string?)n!["text"]));
        var trail = (await w.Customer.Owner.GetAsync(CiCalls.Path(printer, "/audit"))).Expect(200).Items;
        Assert.Equal(w.Provider.Id, (string?)trail[^1]!["account"]!["id"]);

        // Revoked, the trust hides it from the provider at the next read, as if it never existed; the customer keeps it.
        await RequestCalls.RevokeAsync(w.Customer, trust);
        Answers.SameAsMissing(await w.Provider.Owner.GetAsync(CiCalls.Path(printer)), await w.Provider.Owner.GetAsync(CiCalls.Path(Answers.NeverExistingId)));
        Answers.SameAsMissing(await w.Provider.Owner.PatchAsync(CiCalls.Path(printer), new { status = "in_production" }),
            await w.Provider.Owner.PatchAsync(CiCalls.Path(Answers.NeverExistingId), new { status = "in_production" }));
        Assert.Empty((await w.Provider.Owner.GetAsync("/v1/cis")).Expect(200).Items);
        Assert.Equal("being_repaired", (string?)(await w.Customer.Owner.GetAsync(CiCalls.Path(printer))).Expect(200).Record["status"]);
    }

    [Fact]
    public async Task A_request_shows_the_cis_it_affects_that_its_reader_sees_whoever_linked_them()
    {
        var w = await HandOverWorld.CreateAsync(_world);
        await RequestCalls.TrustAsync(w.Customer, w.Provider, "cis", "requests");
        (await w.CustomerPatchAsync(new { team_id = w.ProviderTeam })).Expect(200);
        var product = await CiCalls.AddProductAsync(w.Customer);
        var supported = await CiCalls.AddCiAsync(w.Customer, product, new { product_id = product, name = "Supported", support_team_id = w.ProviderTeam });
        var customersOwn = await CiCalls.AddCiAsync(w.Customer, product, new { product_id = product, name = "Customer's own" });
        var providerProduct = await CiCalls.AddProductAsync(w.Provider);
        var providers = await CiCalls.AddCiAsync(w.Provider, providerProduct, new { product_id = providerProduct, name = "Provider's server" });
        var path = $"/v1/requests/{w.Request}/cis";

        (await w.Customer.Owner.PostAsync($"{path}/{customersOwn}")).Expect(200, "{}");
        (await w.Provider.Owner.PostAsync($"{path}/{supported}")).Expect(200, "{}");
        (await w.Provider.Owner.PostAsync($"{path}/{providers}")).Expect(200, "{}");
        // A CI the caller does not see cannot be linked: as missing.
        Answers.SameAsMissing(await w.Provider.Owner.PostAsync($"{path}/{customersOwn}"), await w.Provider.Owner.PostAsync($"{path}/{Answers.NeverExistingId}"));

        Assert.Equal([supported, customersOwn], (await w.Customer.Owner.GetAsync(path)).Expect(200).Ids());
        Assert.Equal([supported, providers], (await w.Provider.Owner.GetAsync(path)).Expect(200).Ids());

        // Each account removes its own links only.
        (await w.Customer.Owner.DeleteAsync($"{path}/{supported}")).Expect(404);
        (await w.Provider.Owner.DeleteAsync($"{path}/{supported}")).Expect(204);
        Assert.Equal([customersOwn], (await w.Customer.Owner.GetAsync(path)).Expect(200).Ids());
    }
}
