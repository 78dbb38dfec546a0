using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Isolation;

/// <summary>One record of every account-owned kind in an account: person with a role, organization, site, team with a member.</summary>
public sealed record AccountRecords(Tenant Account, long Person, long Organization, long Site, long Team);

/// <summary>
/// Two unrelated directories A and B, each with one record of every kind, and a support domain linked to A (which may
/// read A's people, organizations and sites, never B's).
/// </summary>
public sealed record IsolationScenario(AccountRecords A, AccountRecords B, AccountRecords LinkedToA)
{
    public static async Task<IsolationScenario> CreateAsync(TestWorld world)
    {
        var a = await world.DirectoryAsync();
        var b = await world.DirectoryAsync();
        var linked = await world.SupportDomainAsync(a);
        return new IsolationScenario(await FillAsync(a), await FillAsync(b), await FillAsync(linked));
    }

    private static async Task<AccountRecords> FillAsync(Tenant account)
    {
        var person = await account.AddPersonAsync("Person of " + account.Id);
        await account.GrantAsync(person, "specialist");
        var team = await account.AddTeamAsync("Team of " + account.Id);
        (await account.Owner.PostAsync($"/v1/teams/{team}/members/{person}")).Expect(200);
        await account.NewOwnerTokenAsync();
        return new AccountRecords(account, person, await account.AddOrganizationAsync("Organization of " + account.Id),
            await account.AddSiteAsync("Site of " + account.Id), team);
    }
}
