using Trustdesk.Web.Tests.Features.Events;
using Trustdesk.Web.Tests.Features.Requests;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.ConfigurationItems;

/// <summary>
/// CIs are live (issue 17): a CI registered, changed or noted reaches every stream of an account that sees it — its own,
/// and the provider whose team supports it while the cis trust lasts — as <c>ci.create</c>, <c>ci.update</c> and
/// <c>ci.note-added</c>, and no other stream.
/// </summary>
public sealed class CiEventsTests
{
    private static readonly TrustdeskServer Server = TestServers.Shared;

    [Fact]
    public async Task A_supported_ci_is_announced_to_its_provider_until_the_trust_is_revoked_and_an_unsupported_one_never()
    {
        var w = await EventsWorld.CreateAsync(Server);
        var team = await w.Provider.AddTeamAsync("Printer engineers");
        // The world's customer trusts its provider with services; that trust gives way to one with cis.
        await RequestCalls.RevokeAsync(w.Customer, w.Trust);
        var trust = await RequestCalls.TrustAsync(w.Customer, w.Provider, "cis");
        var product = await CiCalls.AddProductAsync(w.Customer);
        await using var customer = await w.StreamAsync(w.Customer);
        await using var provider = await w.StreamAsync(w.Provider);

        var own = await CiCalls.AddCiAsync(w.Customer, product);
        await customer.ExpectAsync("ci.create", own);
        var supported = await CiCalls.AddCiAsync(w.Customer, product, new { product_id = product, name = "Supported", support_team_id = team });
        await customer.ExpectAsync("ci.create", supported);
        await provider.ExpectAsync("ci.create", supported);

        (await w.Provider.Owner.PatchAsync(CiCalls.Path(supported), new { status = "being_repaired" })).Expect(200);
        await customer.ExpectAsync("ci.update", supported);
        await provider.ExpectAsync("ci.update", supported);
        var note = (await w.Customer.Owner.PostAsync(CiCalls.Path(supported, "/notes"), new { text = "Spare part ordered." })).Expect(201).Id;
        Assert.Equal(note, (await customer.ExpectAsync("ci.note-added", supported)).Data.Number("note_id"));
        Assert.Equal(note, (await provider.ExpectAsync("ci.note-added", supported)).Data.Number("note_id"));

        // Revoked, the trust stops the provider hearing of it; had it heard of the customer's own CI, that would come first.
        await RequestCalls.RevokeAsync(w.Customer, trust);
        (await w.Customer.Owner.PatchAsync(CiCalls.Path(supported), new { status = "in_production" })).Expect(200);
        (await w.Customer.Owner.PatchAsync(CiCalls.Path(own), new { status = "archived" })).Expect(200);
        await customer.ExpectAsync("ci.update", supported);
        await customer.ExpectAsync("ci.update", own);
        var providersOwn = await CiCalls.AddCiAsync(w.Provider, await CiCalls.AddProductAsync(w.Provider));
        await provider.ExpectAsync("ci.create", providersOwn);
    }
}
