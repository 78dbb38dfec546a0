using Trustdesk.Web.Tests.Features.Coverage;
using Trustdesk.Web.Tests.Features.Events;
using Trustdesk.Web.Tests.Features.Trusts;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Knowledge;

/// <summary>
/// Who sees a knowledge article (product.md §7): specialists of its account all of them; a validated article for end
/// users every person covered for an instance of its service, across trusts; one for covered specialists the
/// specialists of an SLA's customer account while it trusts the provider with services. Everyone else: the 404 of a
/// missing article.
/// </summary>
public sealed class KnowledgeReachTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    private static async Task HiddenAsync(ApiClient caller, long id) =>
        Answers.SameAsMissing(
            await caller.GetAsync($"/v1/knowledge_articles/{id}"),
            await caller.GetAsync($"/v1/knowledge_articles/{Answers.NeverExistingId}"));

    /// <summary>The trusted provider's catalog chain with an SLA for the customer's country organization, across the trust.</summary>
    private static async Task<CatalogChain> AcrossAsync(CoverageWorld w)
    {
        var chain = await w.TrustedProvider.AddCatalogChainAsync();
        await CoverageCalls.AddSlaAsync(w.TrustedProvider, chain, w.Country, w.Customer.Id, "organizations_and_descendants", organizations: [w.Country]);
        return chain;
    }

    [Fact]
    public async Task A_validated_article_for_end_users_reaches_exactly_the_people_covered_for_its_service()
    {
        var w = await CoverageWorld.CreateAsync(_world);
        var chain = await AcrossAsync(w);
        var manager = await KnowledgeCalls.PersonWithRolesAsync(_world, w.TrustedProvider, "knowledge_manager");
        var forEndUsers = await KnowledgeCalls.AddArticleAsync(manager, chain.Service, "validated", endUsers: true);
        var notYet = await KnowledgeCalls.AddArticleAsync(manager, chain.Service, "not_validated", endUsers: true);
        var forSpecialists = await KnowledgeCalls.AddArticleAsync(manager, chain.Service, "validated", coveredSpecialists: true);
        var otherService = await KnowledgeCalls.AddArticleAsync(manager, await w.TrustedProvider.AddServiceAsync(), "validated", endUsers: true);

        foreach (var label in new[] { "country@A", "department@A", "department@-" })
        {
            var person = w.Directory.Owner.As(await ServerWrites.IssueTokenAsync(_world.Server, w.Directory.Id, w.People[label])).In(w.Customer.Id);
            Assert.Equal([forEndUsers], await KnowledgeCalls.SeenAsync(person));
            (await person.GetAsync($"/v1/knowledge_articles/{forEndUsers}")).Expect(200);
            foreach (var hidden in new[] { notYet, forSpecialists, otherService }) await HiddenAsync(person, hidden);
        }
        foreach (var label in new[] { "root@A", "sibling@A", "-@A" })
        {
            var person = w.Directory.Owner.As(await ServerWrites.IssueTokenAsync(_world.Server, w.Directory.Id, w.People[label]));
            Assert.Empty(await KnowledgeCalls.SeenAsync(person));
            await HiddenAsync(person, forEndUsers);
        }
    }

    [Fact]
    public async Task An_article_for_covered_specialists_reaches_the_customer_accounts_specialists_until_the_trust_is_revoked()
    {
        var w = await CoverageWorld.CreateAsync(_world);
        var chain = await AcrossAsync(w);
        var manager = await KnowledgeCalls.PersonWithRolesAsync(_world, w.TrustedProvider, "knowledge_manager");
        var forSpecialists = await KnowledgeCalls.AddArticleAsync(manager, chain.Service, "validated", coveredSpecialists: true);
        var forEndUsers = await KnowledgeCalls.AddArticleAsync(manager, chain.Service, "validated", endUsers: true);
        var inProgress = await KnowledgeCalls.AddArticleAsync(manager, chain.Service, coveredSpecialists: true);

        var specialist = await KnowledgeCalls.PersonWithRolesAsync(_world, w.Customer, "specialist");
        Assert.Equal([forSpecialists], await KnowledgeCalls.SeenAsync(specialist));
        var seen = (await specialist.GetAsync($"/v1/knowledge_articles/{forSpecialists}")).Expect(200).Record;
        Assert.Equal(w.TrustedProvider.Id, seen["account"]!.Str("id"));
        Assert.Null(seen["created_by"]);
        await HiddenAsync(specialist, inProgress);
        await HiddenAsync(specialist, forEndUsers);
        // Its audit trail stays in the article's account.
        Answers.SameAsMissing(
            await specialist.GetAsync($"/v1/knowledge_articles/{forSpecialists}/audit"),
            await specialist.GetAsync($"/v1/knowledge_articles/{Answers.NeverExistingId}/audit"));
        // Nor does the customer change it.
        Answers.SameAsMissing(
            await w.Customer.Owner.PatchAsync($"/v1/knowledge_articles/{forSpecialists}", new { subject = "Mine now" }),
            await w.Customer.Owner.PatchAsync($"/v1/knowledge_articles/{Answers.NeverExistingId}", new { subject = "Mine now" }));

        (await TrustCalls.StepAsync(w.Customer.Owner, w.Trust, "revoke")).Expect(200);
        Assert.Empty(await KnowledgeCalls.SeenAsync(specialist));
        await HiddenAsync(specialist, forSpecialists);
    }

    [Fact]
    public async Task The_accounts_own_specialists_see_every_status_and_other_accounts_none_of_it()
    {
        var w = await CoverageWorld.CreateAsync(_world);
        var chain = await AcrossAsync(w);
        var ids = new List<long>();
        foreach (var status in new[] { "work_in_progress", "not_validated", "validated", "archived" })
            ids.Add(await KnowledgeCalls.AddArticleAsync(w.TrustedProvider.Owner, chain.Service, status == "validated" || status == "archived" ? "work_in_progress" : status));
        var manager = await KnowledgeCalls.PersonWithRolesAsync(_world, w.TrustedProvider, "knowledge_manager");
        (await manager.PatchAsync($"/v1/knowledge_articles/{ids[2]}", new { status = "validated" })).Expect(200);
        (await manager.PatchAsync($"/v1/knowledge_articles/{ids[3]}", new { status = "archived" })).Expect(200);

        Assert.Equal(ids, await KnowledgeCalls.SeenAsync(w.TrustedProvider.Owner));
        Assert.Equal([ids[1]], await KnowledgeCalls.SeenAsync(w.TrustedProvider.Owner, "/v1/knowledge_articles/not_validated"));
        var auditor = await KnowledgeCalls.PersonWithRolesAsync(_world, w.TrustedProvider, "auditor");
        Assert.Equal(ids, await KnowledgeCalls.SeenAsync(auditor));
        foreach (var outsider in new[] { w.Provider.Owner, w.Customer.Owner, w.Directory.Owner })
            foreach (var id in ids) await HiddenAsync(outsider, id);
    }
}
