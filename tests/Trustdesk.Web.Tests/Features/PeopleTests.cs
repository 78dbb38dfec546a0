using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features;

/// <summary><c>/v1/people</c>: registering, reading, updating and listing people.</summary>
public sealed class PeopleTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    [Fact]
    public async Task An_administrator_registers_a_person_with_references_and_reads_it_back()
    {
        var account = await _world.DirectoryAsync();
        var organization = await account.AddOrganizationAsync("Finance");
        var site = await account.AddSiteAsync("Headquarters");
        var email = Ids.Email("ann");

        var created = (await account.Owner.PostAsync("/v1/people", new
        {
            name = "Ann Example",
            primary_email = email,
            organization_id = organization,
            site_id = site,
            manager_id = account.OwnerId,
            job_title = "Controller",
            employeeID = "E-1",
            time_zone = "Europe/Amsterdam",
            locale = "nl",
            vip = true,
            source = "hr-import",
            sourceID = "hr-42",
        })).Expect(201);

        Assert.Equal("W/\"0\"", created.Header("ETag"));
        var read = (await account.Owner.GetAsync($"/v1/people/{created.Id}")).Expect(200);
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(created.Json, read.Json), $"{created.Text} vs {read.Text}");
        var person = read.Record;
        Assert.Equal("Ann Example", person.Str("name"));
        Assert.Equal(email, person.Str("primary_email"));
        Assert.Equal("""{"id":ID,"name":"Finance"}""".Replace("ID", organization.ToString(), StringComparison.Ordinal), person["organization"]!.ToJsonString());
        Assert.Equal("Headquarters", person["site"]!.Str("name"));
        Assert.Equal(account.OwnerId, person["manager"]!.Number("id"));
        Assert.Equal("Controller", person.Str("job_title"));
        Assert.Equal("E-1", person.Str("employeeID"));
        Assert.Equal("Europe/Amsterdam", person.Str("time_zone"));
        Assert.True(person.Bool("vip"));
        Assert.Equal("hr-42", person.Str("sourceID"));
        Assert.Null(person["account"]);
        Assert.Null(person["password_hash"]);
        Assert.False(read.HasHeader("X-Pagination-Total-Entries"));
    }

    [Fact]
    public async Task A_patch_changes_only_the_fields_it_sends_and_put_is_an_alias()
    {
        var account = await _world.DirectoryAsync();
        var organization = await account.AddOrganizationAsync();
        var id = (await account.CreateAsync("/v1/people", new
        {
            name = "Bob",
            primary_email = Ids.Email("bob"),
            organization_id = organization,
            job_title = "Clerk",
        })).Number("id");

        var patched = (await account.Owner.PatchAsync($"/v1/people/{id}", new { job_title = "Manager" })).Expect(200);
        Assert.Equal("W/\"1\"", patched.Header("ETag"));
        Assert.Equal("Manager", patched.Record.Str("job_title"));
        Assert.Equal("Bob", patched.Record.Str("name"));
        Assert.Equal(organization, patched.Record["organization"]!.Number("id"));

        var cleared = (await account.Owner.PutAsync($"/v1/people/{id}", new { organization_id = (long?)null })).Expect(200).Record;
        Assert.Null(cleared["organization"]);
        Assert.Equal("Manager", cleared.Str("job_title"));
        Assert.Null((await account.Owner.GetAsync($"/v1/people/{id}")).Expect(200).Record["organization"]);
    }

    [Fact]
    public async Task Another_accounts_person_answers_exactly_like_a_missing_one()
    {
        var mine = await _world.DirectoryAsync();
        var theirs = await _world.DirectoryAsync();
        var foreign = await theirs.AddPersonAsync("Foreign Person");

        Answers.SameAsMissing(
            await mine.Owner.GetAsync($"/v1/people/{foreign}"),
            await mine.Owner.GetAsync($"/v1/people/{Answers.NeverExistingId}"));
        Answers.SameAsMissing(
            await mine.Owner.PatchAsync($"/v1/people/{foreign}", new { name = "Hijacked" }),
            await mine.Owner.PatchAsync($"/v1/people/{Answers.NeverExistingId}", new { name = "Hijacked" }));
        Assert.DoesNotContain(foreign, (await mine.Owner.GetAsync("/v1/people?per_page=100")).Expect(200).Ids());
        Assert.Equal(0, (await mine.Owner.GetAsync($"/v1/people?id={foreign}")).Expect(200).TotalEntries());
        Assert.Equal("Foreign Person", (await theirs.Owner.GetAsync($"/v1/people/{foreign}")).Expect(200).Record.Str("name"));
    }

    [Fact]
    public async Task People_are_paged_filtered_sorted_and_selected()
    {
        var account = await _world.DirectoryAsync();
        var names = new[] { "delta", "alpha", "echo", "charlie", "bravo" };
        var ids = new Dictionary<string, long>();
        foreach (var name in names) ids[name] = await account.AddPersonAsync(name);
        (await account.Owner.PatchAsync($"/v1/people/{ids["echo"]}", new { disabled = true })).Expect(200);

        var page1 = (await account.Owner.GetAsync("/v1/people?per_page=2")).Expect(200);
        Assert.Equal(6, page1.TotalEntries());
        Assert.Equal("3", page1.Header("X-Pagination-Total-Pages"));
        Assert.Equal([account.OwnerId, ids["delta"]], page1.Ids());
        var page3 = (await account.Owner.GetAsync("/v1/people?per_page=2&page=3")).Expect(200);
        Assert.Equal([ids["charlie"], ids["bravo"]], page3.Ids());

        var sorted = (await account.Owner.GetAsync("/v1/people?name=alpha,bravo,charlie,delta&sort=-name")).Expect(200);
        Assert.Equal(["delta", "charlie", "bravo", "alpha"], sorted.Values("name"));

        Assert.Equal([ids["echo"]], (await account.Owner.GetAsync("/v1/people?disabled=true")).Expect(200).Ids());
        Assert.Equal([ids["echo"]], (await account.Owner.GetAsync("/v1/people/disabled")).Expect(200).Ids());
        Assert.Equal(5, (await account.Owner.GetAsync("/v1/people/enabled")).Expect(200).TotalEntries());

        var selected = (await account.Owner.GetAsync($"/v1/people?id={ids["alpha"]}&fields=name,vip")).Expect(200);
        Assert.Equal("""[{"id":ID,"name":"alpha","vip":false}]""".Replace("ID", ids["alpha"].ToString(), StringComparison.Ordinal), selected.Text);
    }

    [Fact]
    public async Task A_duplicate_primary_email_in_the_same_account_is_refused_whatever_its_case()
    {
        var account = await _world.DirectoryAsync();
        var other = await _world.DirectoryAsync();
        var email = Ids.Email("Dup.Licate");
        var first = await account.AddPersonAsync("First", email);
        var second = await account.AddPersonAsync("Second");

        (await account.Owner.PostAsync("/v1/people", new { name = "Copy", primary_email = email.ToLowerInvariant() }))
            .Expect(422, """{"message":"Validation Failed","errors":[["primary_email","has already been taken"]]}""");
        (await account.Owner.PatchAsync($"/v1/people/{second}", new { primary_email = email.ToUpperInvariant() }))
            .Expect(422, """{"message":"Validation Failed","errors":[["primary_email","has already been taken"]]}""");

        var people = (await account.Owner.GetAsync("/v1/people")).Expect(200);
        Assert.Equal(3, people.TotalEntries());
        Assert.DoesNotContain("Copy", people.Values("name"));
        Assert.Equal(email, (await account.Owner.GetAsync($"/v1/people/{first}")).Expect(200).Record.Str("primary_email"));
        Assert.NotEqual(email.ToUpperInvariant(), (await account.Owner.GetAsync($"/v1/people/{second}")).Expect(200).Record.Str("primary_email"));

        // Another account may register the same address: accounts are separate.
        await other.AddPersonAsync("Same address elsewhere", email);
        // And a person may keep their own address in another case.
        (await account.Owner.PatchAsync($"/v1/people/{first}", new { primary_email = email.ToUpperInvariant() })).Expect(200);
    }

    [Fact]
    public async Task Simultaneous_registrations_of_one_address_leave_exactly_one_person()
    {
        var account = await _world.DirectoryAsync();
        var email = Ids.Email("racer");

        var answers = await Task.WhenAll(Enumerable.Range(0, 6)
            .Select(i => account.Owner.PostAsync("/v1/people", new { name = $"racer {i}", primary_email = email })));

        Assert.Single(answers, a => a.Status == 201);
        Assert.All(answers.Where(a => a.Status != 201), refused =>
        {
            // 422 when the check sees the winner, 409 when the unique index catches the race; never a 500.
            Assert.Contains(refused.Status, new[] { 409, 422 });
            Answers.AssertErrorShape(refused);
        });
        Assert.Equal(1, (await account.Owner.GetAsync($"/v1/people?primary_email={email}")).Expect(200).TotalEntries());
    }

    [Fact]
    public async Task References_to_another_accounts_records_are_refused_and_nothing_is_written()
    {
        var account = await _world.DirectoryAsync();
        var unrelated = await _world.DirectoryAsync();
        var foreignOrganization = await unrelated.AddOrganizationAsync();
        var foreignSite = await unrelated.AddSiteAsync();
        var foreignPerson = await unrelated.AddPersonAsync();
        var email = Ids.Email();

        (await account.Owner.PostAsync("/v1/people", new
        {
            name = "Cross",
            primary_email = email,
            organization_id = foreignOrganization,
            site_id = foreignSite,
            manager_id = foreignPerson,
        })).ExpectValidation(("organization_id", "does not exist"), ("site_id", "does not exist"), ("manager_id", "does not exist"));
        (await account.Owner.PatchAsync($"/v1/people/{account.OwnerId}", new { organization_id = foreignOrganization }))
            .ExpectValidation(("organization_id", "does not exist"));

        Assert.Equal(0, (await account.Owner.GetAsync("/v1/people?name=Cross")).Expect(200).TotalEntries());
        Assert.Null((await account.Owner.GetAsync($"/v1/people/{account.OwnerId}")).Expect(200).Record["organization"]);
    }

    [Fact]
    public async Task A_person_cannot_be_their_own_manager()
    {
        var account = await _world.DirectoryAsync();
        var person = await account.AddPersonAsync();

        (await account.Owner.PatchAsync($"/v1/people/{person}", new { manager_id = person }))
            .ExpectValidation(("manager_id", "can't be the person themselves"));
        Assert.Null((await account.Owner.GetAsync($"/v1/people/{person}")).Expect(200).Record["manager"]);
    }

    [Fact]
    public async Task Invalid_field_values_are_refused_and_nothing_is_written()
    {
        var account = await _world.DirectoryAsync();
        var email = Ids.Email();
        async Task<ApiResponse> Create(object body) => await account.Owner.PostAsync("/v1/people", body);

        (await Create(new { name = "No email" })).ExpectValidation(("primary_email", "can't be blank"));
        (await Create(new { name = "Bad email", primary_email = "nobody" })).ExpectValidation(("primary_email", "is not a valid e-mail address"));
        (await Create(new { name = new string('x', 256), primary_email = email })).ExpectValidation(("name", "is too long (maximum is 255 characters)"));
        (await Create(new { name = "Long title", primary_email = email, job_title = new string('x', 256) }))
            .ExpectValidation(("job_title", "is too long (maximum is 255 characters)"));
        (await Create(new { name = "Long id", primary_email = email, employeeID = new string('x', 101) }))
            .ExpectValidation(("employeeID", "is too long (maximum is 100 characters)"));
        (await Create(new { name = "Zone", primary_email = email, time_zone = "Nowhere/Land" })).ExpectValidation(("time_zone", "is not a known time zone"));
        (await Create(new { name = 5, primary_email = email })).ExpectValidation(("name", "has the wrong type"));
        (await Create(new { name = "Vip", primary_email = email, vip = "yes" })).ExpectValidation(("vip", "has the wrong type"));
        (await Create(new { name = "Org", primary_email = email, organization_id = "12" })).ExpectValidation(("organization_id", "has the wrong type"));
        (await Create(new { name = "Org", primary_email = email, organization_id = 1.5 })).ExpectValidation(("organization_id", "has the wrong type"));
        (await Create(new { name = "Extra", primary_email = email, account_id = "someone-else" }))
            .ExpectValidation(("account_id", "is not a known field"));
        (await account.Owner.SendRawAsync(HttpMethod.Post, "/v1/people", $$"""{"name":"Twice","name":"Again","primary_email":"{{email}}"}"""))
            .ExpectValidation(("name", "is given more than once"));

        // The longest allowed name is fine.
        (await Create(new { name = new string('y', 255), primary_email = Ids.Email() })).Expect(201);
        var people = (await account.Owner.GetAsync("/v1/people")).Expect(200);
        Assert.Equal(2, people.TotalEntries());
        Assert.Equal(0, (await account.Owner.GetAsync($"/v1/people?primary_email={email}")).Expect(200).TotalEntries());
    }

    [Fact]
    public async Task A_stale_if_match_is_refused_and_changes_nothing()
    {
        var account = await _world.DirectoryAsync();
        var id = await account.AddPersonAsync("Original");
        var etag = (await account.Owner.GetAsync($"/v1/people/{id}")).Expect(200).Header("ETag")!;

        var updated = (await account.Owner.PatchAsync($"/v1/people/{id}", new { name = "First edit" }, ("If-Match", etag))).Expect(200);
        Assert.NotEqual(etag, updated.Header("ETag"));

        var stale = (await account.Owner.PatchAsync($"/v1/people/{id}", new { name = "Lost update" }, ("If-Match", etag))).Expect(412);
        Answers.AssertErrorShape(stale);
        Assert.Equal("First edit", (await account.Owner.GetAsync($"/v1/people/{id}")).Expect(200).Record.Str("name"));
    }

    [Fact]
    public async Task End_users_and_specialists_may_not_register_people_and_end_users_read_only_themselves()
    {
        var directory = await _world.DirectoryAsync();
        var domain = await _world.SupportDomainAsync(directory);
        var endUser = directory.Owner.In(domain.Id);

        (await endUser.GetAsync("/v1/people")).Expect(403);
        (await endUser.GetAsync($"/v1/people/{directory.OwnerId}")).Expect(200);
        Answers.SameAsMissing(
            await endUser.GetAsync($"/v1/people/{domain.OwnerId}"),
            await endUser.GetAsync($"/v1/people/{Answers.NeverExistingId}"));
        (await endUser.PostAsync("/v1/people", new { name = "By end user", primary_email = Ids.Email() })).Expect(403);

        await domain.GrantAsync(directory.OwnerId, "specialist");
        (await endUser.GetAsync("/v1/people")).Expect(200);
        (await endUser.PostAsync("/v1/people", new { name = "By specialist", primary_email = Ids.Email() })).Expect(403);
        (await endUser.PatchAsync($"/v1/people/{domain.OwnerId}", new { name = "Renamed by specialist" })).Expect(403);

        Assert.Equal(0, (await domain.Owner.GetAsync("/v1/people?name=By end user,By specialist")).Expect(200).TotalEntries());
        Assert.Equal("Owner of " + domain.Id, (await domain.Owner.GetAsync($"/v1/people/{domain.OwnerId}")).Expect(200).Record.Str("name"));
    }

    [Fact]
    public async Task A_disabled_person_can_no_longer_use_their_token()
    {
        var directory = await _world.DirectoryAsync();
        var domain = await _world.SupportDomainAsync(directory);
        await domain.GrantAsync(directory.OwnerId, "account_administrator");

        // An administrator of the support domain disables its owner; the owner's token then stops working.
        (await directory.Owner.In(domain.Id).PatchAsync($"/v1/people/{domain.OwnerId}", new { disabled = true })).Expect(200);

        Answers.AssertErrorShape((await domain.Owner.GetAsync("/v1/me")).Expect(401));
        (await domain.Owner.In("NOT A SLUG").GetAsync("/v1/me")).Expect(401);
        (await directory.Owner.In(domain.Id).PatchAsync($"/v1/people/{domain.OwnerId}", new { disabled = false })).Expect(200);
        (await domain.Owner.GetAsync("/v1/me")).Expect(200);
    }
}
