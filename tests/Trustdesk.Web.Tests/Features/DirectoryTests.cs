using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features;

/// <summary>
/// A support domain linked to directory D uses D's people, organizations and sites as its own, marked with an
/// <c>account</c> reference because they are foreign; an unrelated account sees none of them (product.md §2).
/// </summary>
public sealed class DirectoryTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    private sealed record Setup(Tenant Directory, Tenant Domain, Tenant Unrelated, long Person, long Organization, long Site, long LocalPerson);

    private async Task<Setup> SetUpAsync()
    {
        var directory = await _world.DirectoryAsync();
        var domain = await _world.SupportDomainAsync(directory);
        var unrelated = await _world.SupportDomainAsync();
        var organization = await directory.AddOrganizationAsync("Widget NL");
        var site = await directory.AddSiteAsync("Amsterdam");
        var person = (await directory.CreateAsync("/v1/people", new
        {
            name = "Dirk Directory",
            primary_email = Ids.Email("dirk"),
            organization_id = organization,
            site_id = site,
        })).Number("id");
        var local = await domain.AddPersonAsync("Lena Local");
        return new Setup(directory, domain, unrelated, person, organization, site, local);
    }

    [Fact]
    public async Task A_linked_support_domain_sees_the_directorys_people_marked_with_their_account()
    {
        var s = await SetUpAsync();

        var people = (await s.Domain.Owner.GetAsync("/v1/people?per_page=100")).Expect(200);
        Assert.Equal(4, people.TotalEntries());
        var dirk = people.Items.Single(p => p!.Number("id") == s.Person)!;
        Assert.Equal($$"""{"id":"{{s.Directory.Id}}","name":"{{s.Directory.Name}}"}""", dirk["account"]!.ToJsonString());
        var organization = dirk["organization"]!;
        Assert.Equal(s.Organization, organization.Number("id"));
        Assert.Equal(s.Directory.Id, organization["account"]!.Str("id"));
        Assert.Equal(s.Directory.Id, dirk["site"]!["account"]!.Str("id"));
        var lena = people.Items.Single(p => p!.Number("id") == s.LocalPerson)!;
        Assert.Null(lena["account"]);

        var single = (await s.Domain.Owner.GetAsync($"/v1/people/{s.Person}")).Expect(200).Record;
        Assert.Equal(s.Directory.Id, single["account"]!.Str("id"));
        // Seen from the directory itself, the same person is its own: no account reference.
        Assert.False((await s.Directory.Owner.GetAsync($"/v1/people/{s.Person}")).Expect(200).Record.ContainsKey("account"));
    }

    [Fact]
    public async Task Directory_and_support_domain_filters_split_the_people_by_where_they_live()
    {
        var s = await SetUpAsync();

        var fromDirectory = (await s.Domain.Owner.GetAsync("/v1/people/directory")).Expect(200);
        Assert.Equal([s.Directory.OwnerId, s.Person], fromDirectory.Ids());
        Assert.All(fromDirectory.Items, p => Assert.Equal(s.Directory.Id, p!["account"]!.Str("id")));

        var local = (await s.Domain.Owner.GetAsync("/v1/people/support_domain")).Expect(200);
        Assert.Equal([s.Domain.OwnerId, s.LocalPerson], local.Ids());

        Assert.Equal([s.Person], (await s.Domain.Owner.GetAsync("/v1/people/directory?name=Dirk Directory")).Expect(200).Ids());
        // The directory itself has no directory above it.
        Assert.Equal(0, (await s.Directory.Owner.GetAsync("/v1/people/directory")).Expect(200).TotalEntries());
        Assert.Equal(2, (await s.Directory.Owner.GetAsync("/v1/people/support_domain")).Expect(200).TotalEntries());
    }

    [Fact]
    public async Task A_linked_support_domain_sees_and_uses_the_directorys_organizations_and_sites()
    {
        var s = await SetUpAsync();
        var ownOrganization = await s.Domain.AddOrganizationAsync("Local team");

        var organizations = (await s.Domain.Owner.GetAsync("/v1/organizations")).Expect(200);
        Assert.Equal([s.Organization, ownOrganization], organizations.Ids());
        Assert.Equal(s.Directory.Id, organizations.Items[0]!["account"]!.Str("id"));
        Assert.Null(organizations.Items[1]!["account"]);
        Assert.Equal([s.Site], (await s.Domain.Owner.GetAsync("/v1/sites")).Expect(200).Ids());
        Assert.Equal(s.Directory.Id, (await s.Domain.Owner.GetAsync($"/v1/sites/{s.Site}")).Expect(200).Record["account"]!.Str("id"));

        var person = (await s.Domain.Owner.PostAsync("/v1/people", new
        {
            name = "Uses directory records",
            primary_email = Ids.Email(),
            organization_id = s.Organization,
            site_id = s.Site,
            manager_id = s.Person,
        })).Expect(201).Record;
        Assert.Equal(s.Directory.Id, person["organization"]!["account"]!.Str("id"));
        Assert.Equal(s.Directory.Id, person["manager"]!["account"]!.Str("id"));
        Assert.Null(person["account"]);
    }

    [Fact]
    public async Task Directory_records_are_maintained_in_the_directory_not_in_a_linked_support_domain()
    {
        var s = await SetUpAsync();

        (await s.Domain.Owner.PatchAsync($"/v1/people/{s.Person}", new { name = "Changed by support domain" })).Expect(403);
        (await s.Domain.Owner.PatchAsync($"/v1/organizations/{s.Organization}", new { name = "Changed by support domain" })).Expect(403);
        (await s.Domain.Owner.PatchAsync($"/v1/sites/{s.Site}", new { name = "Changed by support domain" })).Expect(403);

        Assert.Equal("Dirk Directory", (await s.Directory.Owner.GetAsync($"/v1/people/{s.Person}")).Expect(200).Record.Str("name"));
        Assert.Equal("Widget NL", (await s.Directory.Owner.GetAsync($"/v1/organizations/{s.Organization}")).Expect(200).Record.Str("name"));
        Assert.Equal("Amsterdam", (await s.Directory.Owner.GetAsync($"/v1/sites/{s.Site}")).Expect(200).Record.Str("name"));
    }

    [Fact]
    public async Task Sibling_support_domains_share_the_directory_but_nothing_of_each_other()
    {
        var s = await SetUpAsync();
        var sibling = await _world.SupportDomainAsync(s.Directory);
        var siblingTeam = await sibling.AddTeamAsync();
        var siblingSite = await sibling.AddSiteAsync();

        var seen = (await s.Domain.Owner.GetAsync("/v1/people?per_page=100")).Expect(200).Ids();
        Assert.Contains(s.Person, seen);
        Assert.DoesNotContain(sibling.OwnerId, seen);
        Assert.Contains(s.Person, (await sibling.Owner.GetAsync("/v1/people")).Expect(200).Ids());
        Answers.SameAsMissing(await s.Domain.Owner.GetAsync($"/v1/people/{sibling.OwnerId}"),
            await s.Domain.Owner.GetAsync($"/v1/people/{Answers.NeverExistingId}"));
        Answers.SameAsMissing(await s.Domain.Owner.GetAsync($"/v1/teams/{siblingTeam}"),
            await s.Domain.Owner.GetAsync($"/v1/teams/{Answers.NeverExistingId}"));
        Answers.SameAsMissing(await s.Domain.Owner.GetAsync($"/v1/sites/{siblingSite}"),
            await s.Domain.Owner.GetAsync($"/v1/sites/{Answers.NeverExistingId}"));
        // A support domain's local people have no standing in the directory or in a sibling.
        (await s.Domain.Owner.In(s.Directory.Id).GetAsync("/v1/me")).Expect(403);
        (await s.Domain.Owner.In(sibling.Id).GetAsync("/v1/me")).Expect(403);
        // The directory's people do, in every linked support domain.
        (await s.Directory.Owner.In(sibling.Id).GetAsync("/v1/me")).Expect(200);
    }

    [Fact]
    public async Task An_unrelated_account_sees_none_of_the_directorys_records()
    {
        var s = await SetUpAsync();
        var client = s.Unrelated.Owner;

        Answers.SameAsMissing(await client.GetAsync($"/v1/people/{s.Person}"), await client.GetAsync($"/v1/people/{Answers.NeverExistingId}"));
        Answers.SameAsMissing(await client.GetAsync($"/v1/organizations/{s.Organization}"),
            await client.GetAsync($"/v1/organizations/{Answers.NeverExistingId}"));
        Answers.SameAsMissing(await client.GetAsync($"/v1/sites/{s.Site}"), await client.GetAsync($"/v1/sites/{Answers.NeverExistingId}"));
        Assert.Equal([s.Unrelated.OwnerId], (await client.GetAsync("/v1/people")).Expect(200).Ids());
        Assert.Equal(0, (await client.GetAsync("/v1/people/directory")).Expect(200).TotalEntries());
        Assert.Equal(0, (await client.GetAsync("/v1/organizations")).Expect(200).TotalEntries());
        Assert.Equal(0, (await client.GetAsync("/v1/sites")).Expect(200).TotalEntries());

        (await client.PostAsync("/v1/people", new { name = "x", primary_email = Ids.Email(), organization_id = s.Organization, site_id = s.Site }))
            .ExpectValidation(("organization_id", "does not exist"), ("site_id", "does not exist"));
        // The directory does not see its linked support domain's local people either.
        Answers.SameAsMissing(await s.Directory.Owner.GetAsync($"/v1/people/{s.LocalPerson}"),
            await s.Directory.Owner.GetAsync($"/v1/people/{Answers.NeverExistingId}"));
    }
}
