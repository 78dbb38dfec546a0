using Trustdesk.Web.Tests.Infrastructure;
using DomainTrust = Trustdesk.Domain.Trusts;

namespace Trustdesk.Isolation.Tests.World;

/// <summary>
/// Random changes of a built world, through the API as its people would make them, each recorded in the world so the
/// oracle follows: revoke, accept or expire a trust, hand a request over, activate a task, grant or take away roles.
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
        Func<Task<(string, string[])?>>[] all = [RevokeAsync, AcceptAsync, ExpireAsync, HandOverAsync, ActivateAsync, ChangeRolesAsync];
        foreach (var operation in all.OrderBy(_ => _random.Next()))
            if (await operation() is { } done) return done;
        return null;
    }

    private async Task<(string, string[])?> RevokeAsync()
    {
        if (Pick(world.Trusts.Where(t => t.Status == TrustStatus.Accepted)) is not { } trust) return null;
        var by = _random.Next(2) == 0 ? trust.Customer : trust.Provider;
        (await Owner(by).PostAsync($"/v1/trusts/{trust.Id}/revoke")).Expect(200);
        trust.Status = TrustStatus.Revoked;
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
