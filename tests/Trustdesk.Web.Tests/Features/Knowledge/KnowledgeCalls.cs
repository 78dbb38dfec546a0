using Trustdesk.Web.Tests.Features.Events;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Knowledge;

/// <summary>The calls the knowledge tests share: write an article, read the ids a caller sees, a person of the account with roles.</summary>
internal static class KnowledgeCalls
{
    /// <summary>An article for <paramref name="serviceId"/> written by <paramref name="writer"/>; asserts its 201.</summary>
    public static async Task<long> AddArticleAsync(ApiClient writer, long serviceId, string status = "work_in_progress",
        bool endUsers = false, bool coveredSpecialists = false, string? subject = null) =>
        (await writer.PostAsync("/v1/knowledge_articles", new
        {
            subject = subject ?? "Article " + Ids.Hex(6),
            instructions = "Do this, then that.",
            service_id = serviceId,
            status,
            end_users = endUsers,
            covered_specialists = coveredSpecialists,
        })).Expect(201).Id;

    /// <summary>The ids of every article <paramref name="reader"/> sees, through <c>GET /v1/knowledge_articles</c>, in id order.</summary>
    public static async Task<List<long>> SeenAsync(ApiClient reader, string path = "/v1/knowledge_articles")
    {
        var answer = (await reader.GetAsync(path + "?per_page=100")).Expect(200);
        Assert.Equal(answer.Items.Count, answer.TotalEntries());
        return answer.Ids().Order().ToList();
    }

    /// <summary>A new person of <paramref name="account"/> holding <paramref name="roles"/> there, with a token of their own.</summary>
    public static async Task<ApiClient> PersonWithRolesAsync(TestWorld world, Tenant account, params string[] roles)
    {
        var person = await account.AddPersonAsync();
        if (roles.Length > 0) await account.GrantAsync(person, roles);
        return account.Owner.As(await ServerWrites.IssueTokenAsync(world.Server, account.Id, person));
    }
}
