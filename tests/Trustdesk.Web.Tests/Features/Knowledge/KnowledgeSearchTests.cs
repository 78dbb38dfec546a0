using System.Net;
using Trustdesk.Web.Tests.Features.Coverage;
using Trustdesk.Web.Tests.Infrastructure;
using Trustdesk.Web.Tests.Pages;

namespace Trustdesk.Web.Tests.Features.Knowledge;

/// <summary>
/// The portal's search ranks by relevance on both databases (ADR 46): a word in an article's subject weighs more than in
/// its keywords, which weighs more than in its instructions; more of the words typed rank higher; the last word is a
/// prefix; anything typed is words only, never query syntax.
/// </summary>
public sealed class KnowledgeSearchTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    /// <summary>The ids of the articles a search (or, from <paramref name="path"/>, the suggestions) lists, in their order.</summary>
    private static async Task<List<long>> FoundAsync(PageSession session, string query, string path = "/portal?q=")
    {
        var page = (await session.GetAsync(path + Uri.EscapeDataString(query))).Expect(HttpStatusCode.OK);
        return System.Text.RegularExpressions.Regex.Matches(page.Html, "href=\"/portal/articles/(\\d+)\"")
            .Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
    }

    [Fact]
    public async Task Subject_ranks_above_keywords_above_instructions_and_more_words_rank_higher()
    {
        var w = await CoverageWorld.CreateAsync(_world);
        var chain = await w.Provider.AddCatalogChainAsync();
        await CoverageCalls.AddSlaAsync(w.Provider, chain, w.Country, null, "organizations_and_descendants", organizations: [w.Country]);
        var manager = await KnowledgeCalls.PersonWithRolesAsync(_world, w.Provider, "knowledge_manager");
        async Task<long> ArticleAsync(string subject, string keywords, string instructions) =>
            (await manager.PostAsync("/v1/knowledge_articles", new
            {
                subject, keywords, instructions, service_id = chain.Service, status = "validated", end_users = true,
            })).Expect(201).Id;
        var inInstructions = await ArticleAsync("Replace a cartridge", "ink", "Take the old toner out first and shake the new one.");
        var inSubject = await ArticleAsync("Toner warnings", "warning light", "Check the display for the message.");
        var inKeywords = await ArticleAsync("Printing looks pale", "toner faded", "Print a test page.");
        var unrelated = await ArticleAsync("Book a meeting room", "rooms calendar", "Use the calendar.");

        using var person = await ConsoleWorld.SignInAsync(_world.Server, w.Directory.Id, w.People["department@A"]);
        Assert.Equal([inSubject, inKeywords, inInstructions], await FoundAsync(person, "toner"));
        // The last word is a prefix of what is being typed; more words matched rank higher.
        Assert.Equal([inSubject, inKeywords, inInstructions], await FoundAsync(person, "tone"));
        Assert.Equal(inKeywords, (await FoundAsync(person, "pale toner"))[0]);
        Assert.Equal([unrelated], await FoundAsync(person, "How do I book a room?"));
        // Query syntax of either database is only text: it finds nothing and breaks nothing.
        foreach (var hostile in new[] { "toner:* & !", "\"toner\" OR *", "')); DROP TABLE knowledge_articles; --", "NEAR(toner ink)", "¼ ½ ǅ" })
            Assert.DoesNotContain(unrelated, await FoundAsync(person, hostile));
        Assert.Equal([inSubject, inKeywords, inInstructions], await FoundAsync(person, "toner"));
    }

    [Fact]
    public async Task The_best_matches_are_listed_when_more_match_than_a_list_holds()
    {
        var w = await CoverageWorld.CreateAsync(_world);
        var chain = await w.Provider.AddCatalogChainAsync();
        await CoverageCalls.AddSlaAsync(w.Provider, chain, w.Country, null, "organizations_and_descendants", organizations: [w.Country]);
        var manager = await KnowledgeCalls.PersonWithRolesAsync(_world, w.Provider, "knowledge_manager");
        async Task<long> ArticleAsync(string subject, string instructions) =>
            (await manager.PostAsync("/v1/knowledge_articles", new
            {
                subject, instructions, service_id = chain.Service, status = "validated", end_users = true,
            })).Expect(201).Id;
        // Written first, so a database reading its rows in their order would meet these before the best one.
        var weaker = new List<long>();
        for (var i = 0; i < 6; i++) weaker.Add(await ArticleAsync($"Printer corner {i}", "Shake the toner cartridge."));
        var best = await ArticleAsync("Toner low", "Order a cartridge.");

        using var person = await ConsoleWorld.SignInAsync(_world.Server, w.Directory.Id, w.People["department@A"]);
        // The suggestions list five of the seven articles naming the word: the one naming it in its subject first, then
        // the others, alike, in the order they were written.
        Assert.Equal([best, .. weaker.Take(4)], await FoundAsync(person, "toner", "/portal/suggestions?q="));
    }
}
