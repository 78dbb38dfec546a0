using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Isolation.Tests.World;

public sealed partial class WorldBuilder
{
    /// <summary>Roles that write articles (ADR 46: the specialist-type roles and administrators); auditors and key contacts read.</summary>
    private static readonly string[] WritingArticles =
        ["specialist", "service_desk_analyst", "workflow_manager", "service_level_manager", "problem_manager", "account_administrator"];

    /// <summary>
    /// Knowledge articles (product.md §7, ADR 46), made last with a random generator of their own, so that a seed builds the
    /// rest of the world as it did before articles were added. In every support domain one of its people who hold a role
    /// there is given <c>knowledge_manager</c> (no new actor), and its role holders who write write articles for its
    /// service: the first validated for end users, the second validated for covered specialists — so every world has
    /// articles that reach the people its SLAs cover and the specialists of each SLA's customer account — then the rest
    /// in progress, not validated or archived, for random audiences: what no one outside the account may read, whatever
    /// audience it is marked for. A validated or archived article written by someone else is then validated or archived
    /// by the knowledge manager, as the product lets only them.
    /// </summary>
    private async Task KnowledgeAsync()
    {
        var random = new Random(world.Seed ^ 0x6b61);
        foreach (var account in SupportDomains.ToList())
        {
            var holders = Locals(account).Where(p => p.Roles.ContainsKey(account.Id)).OrderBy(p => p.Id).ToList();
            var manager = holders[random.Next(holders.Count)];
            await GrantAsync(account.Id, manager, "knowledge_manager");
            account.KnowledgeManager = manager.Id;
            var writers = holders.Where(p => p.Roles[account.Id].Overlaps(WritingArticles) || p == manager).ToList();
            var service = world.Services.First(s => s.Account == account.Id);
            for (var i = 0; i < shape.ArticlesPerDomain; i++)
            {
                var (status, endUsers, coveredSpecialists) = i switch
                {
                    0 => (ArticleStatus.Validated, true, false),
                    1 => (ArticleStatus.Validated, false, true),
                    _ => (Pick(random, [ArticleStatus.WorkInProgress, ArticleStatus.NotValidated, ArticleStatus.Archived]), random.Next(2) == 0,
                        random.Next(2) == 0),
                };
                await ArticleAsync(account, service.Id, writers[random.Next(writers.Count)], manager, status, endUsers, coveredSpecialists);
            }
        }
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private async Task ArticleAsync(WAccount account, long service, WPerson author, WPerson manager, ArticleStatus status, bool endUsers, bool coveredSpecialists)
    {
        var article = new WArticle(account.Id, world.Canaries.Next(Kind.KnowledgeArticle), service) { EndUsers = endUsers, CoveredSpecialists = coveredSpecialists };
        var managersOnly = status is ArticleStatus.Validated or ArticleStatus.Archived;
        var written = managersOnly && author != manager ? ArticleStatus.NotValidated : status;
        var c = article.Canary;
        article.Id = Created(await As(author, account.Id).PostAsync("/v1/knowledge_articles", new
        {
            subject = "Article " + c, description = "Description " + c, instructions = "Instructions " + c, keywords = "Keywords " + c,
            source = "Source " + c, sourceID = c, service_id = service, status = WArticle.Wire(written), end_users = endUsers, covered_specialists = coveredSpecialists,
        })).Number("id");
        article.Editors.Add(author.Id);
        article.Status = written;
        world.Articles.Add(article);
        if (written == status) return;
        (await As(manager, account.Id).PatchAsync($"/v1/knowledge_articles/{article.Id}", new { status = WArticle.Wire(status) })).Expect(200);
        article.Editors.Add(manager.Id);
        article.Status = status;
    }
}
