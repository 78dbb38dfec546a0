using Trustdesk.Web.Tests.Infrastructure;
using DomainTrust = Trustdesk.Domain.Trusts;

namespace Trustdesk.Isolation.Tests.World;

/// <summary>
/// Random changes of a built world, through the API as its people would make them, each recorded in the world so the
/// oracle follows: revoke, accept or expire a trust, take an option away from one, propose one and answer the proposal
/// (ADR 31), hand a request over, activate a task, grant or take away roles, validate or archive a knowledge article.
/// Each returns what it did and the accounts whose view it changed.
/// </summary>
public sealed class Operations(TrustdeskServer server, TheWorld world)
{
    private readonly Random _random = new(world.Seed ^ 0xd1ce);

    private ApiClient Owner(string account) => server.Client(world.Account(account).OwnerToken, account);

    private T? Pick<T>(IEnumerable<T> items) where T : class
    {
        var list = items.ToList();
        return list.Count == 0 ? null : list[_random.Next(list.Count)];
    }

    /// <summary>One random operation that applies to the world as it is; null when none does.</summary>
    public async Task<(string What, string[] Accounts)?> NextAsync()
    {
        Func<Task<(string, string[])?>>[] all =
            [RevokeAsync, AcceptAsync, ExpireAsync, NarrowAsync, ProposeAsync, AnswerProposalAsync, HandOverAsync, ActivateAsync, ChangeRolesAsync,
                ArticleStatusAsync];
        foreach (var operation in all.OrderBy(_ => _random.Next()))
            if (await operation() is { } done) return done;
        return null;
    }

    private async Task<(string, string[])?> RevokeAsync()
    {
        if (Pick(world.Trusts.Where(t => t.Status == TrustStatus.Accepted)) is not { } trust) return null;
        var by = _random.Next(2) == 0 ? trust.Customer : trust.Provider;
        (await Owner(by).PostAsync($"/v1/trusts/{trust.Id}/revoke")).Expect(200);
        (trust.Status, trust.Proposed, trust.Proposer) = (TrustStatus.Revoked, TrustOptions.None, null);
        return ($"revoked trust {trust.Id} ({trust.Options}) from {by}", [trust.Customer, trust.Provider]);
    }

    private async Task<(string, string[])?> AcceptAsync()
    {
        if (Pick(world.Trusts.Where(t => t.Status == TrustStatus.Pending)) is not { } trust) return null;
        var invitee = trust.Inviter == trust.Customer ? trust.Provider : trust.Customer;
        (await Owner(invitee).PostAsync($"/v1/trusts/{trust.Id}/accept")).Expect(200);
        trust.Status = TrustStatus.Accepted;
        return ($"accepted trust {trust.Id} ({trust.Options})", [trust.Customer, trust.Provider]);
    }

    /// <summary>One side takes one option away from an accepted trust that has more than one: at once, for the next call.</summary>
    private async Task<(string, string[])?> NarrowAsync()
    {
        if (Pick(world.Trusts.Where(t => t.Status == TrustStatus.Accepted && Each(t.Options).Count > 1)) is not { } trust) return null;
        var removed = One(Each(trust.Options));
        var by = _random.Next(2) == 0 ? trust.Customer : trust.Provider;
        (await Owner(by).PatchAsync($"/v1/trusts/{trust.Id}", new { options = Names(trust.Options & ~removed) })).Expect(200);
        trust.Options &= ~removed;
        return ($"took {removed} away from trust {trust.Id} (now {trust.Options}) from {by}", [trust.Customer, trust.Provider]);
    }

    /// <summary>One side proposes an option the trust lacks: nothing crosses it before the other side accepts.</summary>
    private async Task<(string, string[])?> ProposeAsync()
    {
        var trust = Pick(world.Trusts.Where(t => t.Status == TrustStatus.Accepted && t.Proposed == TrustOptions.None && Each(~t.Options & All).Count > 0));
        if (trust is null) return null;
        var added = One(Each(~trust.Options & All));
        var by = _random.Next(2) == 0 ? trust.Customer : trust.Provider;
        (await Owner(by).PatchAsync($"/v1/trusts/{trust.Id}", new { options = Names(trust.Options | added) })).Expect(200);
        (trust.Proposed, trust.Proposer) = (added, by);
        return ($"proposed {added} for trust {trust.Id} ({trust.Options}) from {by}", [trust.Customer, trust.Provider]);
    }

    /// <summary>The other side accepts or rejects a pending proposal, or its proposer cancels it.</summary>
    private async Task<(string, string[])?> AnswerProposalAsync()
    {
        if (Pick(world.Trusts.Where(t => t.Status == TrustStatus.Accepted && t.Proposed != TrustOptions.None)) is not { } trust) return null;
        var other = trust.Proposer == trust.Customer ? trust.Provider : trust.Customer;
        var (by, step) = _random.Next(3) switch { 0 => (other, "accept_amendment"), 1 => (other, "reject_amendment"), _ => (trust.Proposer!, "cancel_amendment") };
        (await Owner(by).PostAsync($"/v1/trusts/{trust.Id}/{step}")).Expect(200);
        if (step == "accept_amendment") trust.Options |= trust.Proposed;
        (trust.Proposed, trust.Proposer) = (TrustOptions.None, null);
        return ($"{step} on trust {trust.Id} (now {trust.Options}) from {by}", [trust.Customer, trust.Provider]);
    }

    private const TrustOptions All = TrustOptions.Services | TrustOptions.Requests | TrustOptions.Tasks | TrustOptions.Roles | TrustOptions.Cis;

    private static List<TrustOptions> Each(TrustOptions options) =>
        Enum.GetValues<TrustOptions>().Where(o => o != TrustOptions.None && options.HasFlag(o)).ToList();

    private TrustOptions One(List<TrustOptions> options) => options[_random.Next(options.Count)];

    private static string[] Names(TrustOptions options) => [.. Each(options).Select(o => o.ToString().ToLowerInvariant())];

    /// <summary>A pending invitation reaches its 30 days: stored as expired, as the app would find it.</summary>
    private async Task<(string, string[])?> ExpireAsync()
    {
        if (Pick(world.Trusts.Where(t => t.Status == TrustStatus.Pending)) is not { } trust) return null;
        await TrustSeeding.SetStatusAsync(server, trust.Id, trust.Provider, DomainTrust.TrustStatus.Expired);
        trust.Status = TrustStatus.Expired;
        return ($"expired trust {trust.Id}", [trust.Customer, trust.Provider]);
    }

    private async Task<(string, string[])?> HandOverAsync()
    {
        var trust = Pick(world.Trusts.Where(t => t.Status == TrustStatus.Accepted && t.Options.HasFlag(TrustOptions.Requests)));
        if (trust is null || Pick(world.Requests.Where(r => r.Account == trust.Customer && r.TeamAccount == r.Account)) is not { } request)
            return null;
        var team = Pick(world.Teams.Where(t => t.Account == trust.Provider))!;
        var answer = (await Owner(request.Account).PatchAsync($"/v1/requests/{request.Id}", new { team_id = team.Id })).Expect(200).Record;
        request.Team = team.Id;
        request.TeamAccount = team.Account;
        request.Member = answer["member"]?["id"]?.GetValue<long>();
        return ($"handed request {request.Id} over to team {team.Id} of {team.Account}", [request.Account, team.Account]);
    }

    private async Task<(string, string[])?> ActivateAsync()
    {
        if (Pick(world.Tasks.Where(t => !t.Activated && t.Predecessor is not null)) is not { } task) return null;
        var first = world.Task(task.Predecessor!.Value);
        (await Owner(first.Account).PatchAsync($"/v1/tasks/{first.Id}", new { status = "completed" })).Expect(200);
        first.Finished = true;
        task.Activated = true;
        // An approval task activated is its approvers' to read now, in their own accounts.
        return ($"activated task {task.Id} of team {task.Team} ({task.TeamAccount})",
            [task.Account, task.TeamAccount, .. task.Approvers.Select(a => world.Person(a).Account)]);
    }

    /// <summary>
    /// The account's knowledge manager (while they still hold the role) archives a validated article, or validates one that
    /// is not: either way who outside the account sees it changes at once. The accounts touched are the article's, the
    /// customer accounts of its service's SLAs and the accounts of the people those SLAs cover.
    /// </summary>
    private async Task<(string, string[])?> ArticleStatusAsync()
    {
        var article = Pick(world.Articles.Where(a => world.Account(a.Account).KnowledgeManager is long m
            && world.Person(m).Roles.GetValueOrDefault(a.Account)?.Contains("knowledge_manager") == true));
        if (article is null) return null;
        var manager = world.Person(world.Account(article.Account).KnowledgeManager!.Value);
        var status = article.Status == ArticleStatus.Validated ? ArticleStatus.Archived : ArticleStatus.Validated;
        (await server.Client(manager.Token, article.Account).PatchAsync($"/v1/knowledge_articles/{article.Id}", new { status = WArticle.Wire(status) }))
            .Expect(200);
        article.Status = status;
        if (!article.Editors.Contains(manager.Id)) article.Editors.Add(manager.Id);
        var slas = world.Slas.Where(s => world.Instances.Any(i => i.Id == s.Instance && i.Service == article.Service)).ToList();
        return ($"made article {article.Id} of {article.Account} {WArticle.Wire(status)}",
            [article.Account, .. slas.Select(s => s.CustomerAccount).OfType<string>(),
                .. slas.Select(s => world.Organizations.Single(o => o.Id == s.CustomerOrganization).Account)]);
    }

    private async Task<(string, string[])?> ChangeRolesAsync()
    {
        var account = Pick(world.Accounts)!;
        var person = Pick(world.People.Where(p => p.Id != account.OwnerId && (p.Account == account.Id || p.Account == account.Directory)));
        if (person is null) return null;
        var holds = person.Roles.TryGetValue(account.Id, out var roles) && roles.Count > 0;
        // Team members keep a role: the app refuses to take the last one away from a member.
        if (holds && world.Teams.Any(t => t.Account == account.Id && t.Members.Contains(person.Id))) return null;
        if (holds)
        {
            (await Owner(account.Id).DeleteAsync($"/v1/people/{person.Id}/permissions/{account.Id}")).Expect(204);
            person.Roles.Remove(account.Id);
            return ($"took every role of person {person.Id} in {account.Id}", [account.Id]);
        }
        (await Owner(account.Id).PostAsync($"/v1/people/{person.Id}/permissions/{account.Id}?roles=specialist")).Expect(200);
        person.Roles[account.Id] = new HashSet<string>(StringComparer.Ordinal) { "specialist" };
        return ($"made person {person.Id} a specialist in {account.Id}", [account.Id]);
    }
}
