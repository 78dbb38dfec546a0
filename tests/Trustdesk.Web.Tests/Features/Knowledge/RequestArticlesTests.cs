using Trustdesk.Web.Tests.Features.Requests;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Knowledge;

/// <summary>
/// The knowledge articles used on a request (4me's <c>/requests/:id/knowledge_articles</c>, product.md §7): specialists of an
/// account that sees the request link an article that reaches them; whoever sees the request lists the linked articles
/// that reach them too — linking changes no one's view of the request or of the article. A request or article the caller
/// does not see answers like a missing one, and nothing is written.
/// </summary>
public sealed class RequestArticlesTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    private static string Path(long request, long? article = null) =>
        $"/v1/requests/{request}/knowledge_articles" + (article is { } a ? $"/{a}" : "");

    [Fact]
    public async Task A_provider_links_its_article_to_a_customers_request_and_the_customer_still_sees_only_what_reaches_it()
    {
        var w = await HandOverWorld.CreateAsync(_world);
        await RequestCalls.TrustAsync(w.Customer, w.Provider, "requests");
        (await w.CustomerPatchAsync(new { team_id = w.ProviderTeam })).Expect(200);
        var service = await w.Provider.AddServiceAsync();
        var article = await KnowledgeCalls.AddArticleAsync(w.Provider.Owner, service);
        var own = await KnowledgeCalls.AddArticleAsync(w.Customer.Owner, await w.Customer.AddServiceAsync());

        (await w.Provider.Owner.PostAsync(Path(w.Request, article))).Expect(200, "{}");
        (await w.Provider.Owner.PostAsync(Path(w.Request, article))).Expect(200, "{}");
        (await w.Customer.Owner.PostAsync(Path(w.Request, own))).Expect(200, "{}");
        Assert.Equal([article], (await w.Provider.Owner.GetAsync(Path(w.Request))).Expect(200).Ids());
        // The customer sees the request and its own article; the provider's article in progress does not reach it.
        Assert.Equal([own], (await w.Customer.Owner.GetAsync(Path(w.Request))).Expect(200).Ids());
        Answers.SameAsMissing(
            await w.Customer.Owner.GetAsync($"/v1/knowledge_articles/{article}"),
            await w.Customer.Owner.GetAsync($"/v1/knowledge_articles/{Answers.NeverExistingId}"));

        // The provider removes its link, not the customer's; a second removal finds nothing.
        (await w.Provider.Owner.DeleteAsync(Path(w.Request, own))).Expect(404);
        (await w.Provider.Owner.DeleteAsync(Path(w.Request, article))).Expect(204);
        (await w.Provider.Owner.DeleteAsync(Path(w.Request, article))).Expect(404);
        Assert.Empty((await w.Provider.Owner.GetAsync(Path(w.Request))).Expect(200).Ids());
        Assert.Equal([own], (await w.Customer.Owner.GetAsync(Path(w.Request))).Expect(200).Ids());
    }

    [Fact]
    public async Task A_request_or_article_the_caller_does_not_see_answers_like_a_missing_one_and_an_auditor_links_nothing()
    {
        var w = await HandOverWorld.CreateAsync(_world);
        var article = await KnowledgeCalls.AddArticleAsync(w.Customer.Owner, await w.Customer.AddServiceAsync());
        var foreign = await KnowledgeCalls.AddArticleAsync(w.Provider.Owner, await w.Provider.AddServiceAsync());
        var missing = Answers.NeverExistingId;

        // No trust: the provider does not see the request.
        Answers.SameAsMissing(await w.Provider.Owner.GetAsync(Path(w.Request)), await w.Provider.Owner.GetAsync(Path(missing)));
        Answers.SameAsMissing(await w.Provider.Owner.PostAsync(Path(w.Request, foreign)), await w.Provider.Owner.PostAsync(Path(missing, foreign)));
        Answers.SameAsMissing(await w.Provider.Owner.DeleteAsync(Path(w.Request, foreign)), await w.Provider.Owner.DeleteAsync(Path(missing, foreign)));
        // The customer does not see the provider's article.
        Answers.SameAsMissing(await w.Customer.Owner.PostAsync(Path(w.Request, foreign)), await w.Customer.Owner.PostAsync(Path(w.Request, missing)));

        var auditor = await KnowledgeCalls.PersonWithRolesAsync(_world, w.Customer, "auditor");
        (await auditor.PostAsync(Path(w.Request, article))).Expect(403);
        Assert.Empty((await auditor.GetAsync(Path(w.Request))).Expect(200).Ids());
        Assert.Empty((await w.Customer.Owner.GetAsync(Path(w.Request))).Expect(200).Ids());
    }
}
