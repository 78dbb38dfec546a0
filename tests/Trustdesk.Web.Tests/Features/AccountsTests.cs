using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features;

/// <summary><c>/v1/accounts</c>: the operator creates and manages accounts; owners create linked support domains.</summary>
public sealed class AccountsTests
{
    private readonly TestWorld _world = TestWorld.Shared;
    private ApiClient Operator => _world.Server.Operator;

    [Fact]
    public async Task Operator_creates_a_directory_with_an_owner_whose_token_works()
    {
        var id = Ids.Account();
        var email = Ids.Email("owner");
        var created = (await Operator.PostAsync("/v1/accounts", new
        {
            id,
            name = "Widget",
            kind = "directory",
            time_zone = "Europe/Amsterdam",
            owner = new { name = "Olivia Owner", primary_email = email },
        })).Expect(201);

        var body = created.Record;
        Assert.Equal(id, body.Str("id"));
        Assert.Equal("Widget", body.Str("name"));
        Assert.Equal("directory", body.Str("kind"));
        Assert.True(body.Bool("directory"));
        Assert.Null(body["directory_account"]);
        Assert.Equal("Europe/Amsterdam", body.Str("time_zone"));
        Assert.False(body.Bool("disabled"));
        var token = body["owner"]!.Str("token")!;
        Assert.StartsWith("td_", token, StringComparison.Ordinal);
        // ADR 30: a directory's owner is only its owner, so their own requests still go to the providers covering them.
        Assert.Equal(["account_owner"], body["owner"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));

        var me = (await _world.Server.Client(token).GetAsync("/v1/me")).Expect(200).Record;
        Assert.Equal(body["owner"]!.Number("id"), me.Number("id"));
        Assert.Equal("Olivia Owner", me.Str("name"));
        Assert.Equal(email, me.Str("primary_email"));
        Assert.Equal(id, me["account"]!.Str("id"));
        var roles = (await _world.Server.Client(token).GetAsync($"/v1/people/{me.Number("id")}/permissions")).Expect(200);
        Assert.Equal("""[{"account":{"id":"ID","name":"Widget"},"roles":["account_owner"]}]""".Replace("ID", id, StringComparison.Ordinal),
            roles.Text);
    }

    [Fact]
    public async Task Operator_creates_a_support_domain_linked_to_a_directory()
    {
        var directory = await _world.DirectoryAsync();
        var id = Ids.Account();
        var created = (await Operator.PostAsync("/v1/accounts", new
        {
            id,
            name = "IT NL",
            kind = "support_domain",
            directory_account_id = directory.Id,
            owner = new { name = "Sam", primary_email = Ids.Email() },
        })).Expect(201).Record;

        Assert.Equal("support_domain", created.Str("kind"));
        Assert.False(created.Bool("directory"));
        Assert.Equal(directory.Id, created["directory_account"]!.Str("id"));
        Assert.Equal(directory.Name, created["directory_account"]!.Str("name"));
        Assert.Equal("UTC", created.Str("time_zone"));
        var fetched = (await Operator.GetAsync($"/v1/accounts/{id}")).Expect(200).Record;
        Assert.Equal(directory.Id, fetched["directory_account"]!.Str("id"));
    }

    [Fact]
    public async Task A_new_support_domains_owner_works_the_requests_routed_to_it_without_granting_themselves_a_role()
    {
        var directory = await _world.DirectoryAsync();
        var root = await directory.AddOrganizationAsync();
        (await directory.Owner.PatchAsync($"/v1/people/{directory.OwnerId}", new { organization_id = root })).Expect(200);
        var provider = await _world.SupportDomainAsync(directory);
        var chain = await provider.AddCatalogChainAsync();
        var sla = await provider.AddSlaAsync(chain, root);
        (await provider.Owner.PostAsync($"/v1/slas/{sla}/organizations/{root}")).Expect(200);
        (await provider.Owner.PatchAsync($"/v1/slas/{sla}", new { status = "active" })).Expect(200);

        var routed = (await directory.Owner.PostAsync("/v1/requests", new { subject = "Printer jammed", service_instance_id = chain.Instance })).Expect(201);

        var inbox = (await provider.Owner.GetAsync("/v1/requests")).Expect(200).Items;
        Assert.Equal([routed.Id], inbox.Select(r => r!.Number("id")));
        (await provider.Owner.PatchAsync($"/v1/requests/{routed.Id}", new { status = "in_progress" })).Expect(200);
    }

    [Fact]
    public async Task A_directory_owner_creates_a_linked_support_domain_and_owns_it()
    {
        var directory = await _world.DirectoryAsync();
        var id = Ids.Account();

        var created = (await directory.Owner.PostAsync("/v1/accounts", new { id, name = "Facilities" })).Expect(201).Record;

        Assert.Equal("support_domain", created.Str("kind"));
        Assert.Equal(directory.Id, created["directory_account"]!.Str("id"));
        // ADR 30: the owner of a support domain is its specialist from the start, and the answer says so (no token: the
        // caller has theirs).
        Assert.Equal(directory.OwnerId, created["owner"]!.Number("id"));
        Assert.Null(created["owner"]!["token"]);
        Assert.Equal(["account_owner", "specialist"], created["owner"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        var roles = (await directory.Owner.In(id).GetAsync($"/v1/people/{directory.OwnerId}/permissions/{id}")).Expect(200).Record;
        Assert.Equal(["account_owner", "specialist"], roles["roles"]!.AsArray().Select(r => r!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task Only_the_operator_creates_directory_accounts()
    {
        var directory = await _world.DirectoryAsync();
        var id = Ids.Account();

        (await directory.Owner.PostAsync("/v1/accounts", new { id, name = "Second directory", kind = "directory" }))
            .ExpectValidation(("kind", "only the platform operator creates directory accounts"));

        (await Operator.GetAsync($"/v1/accounts/{id}")).Expect(404);
    }

    [Fact]
    public async Task A_person_who_is_not_an_account_owner_may_not_create_accounts()
    {
        var directory = await _world.DirectoryAsync();
        var domain = await _world.SupportDomainAsync(directory);
        var id = Ids.Account();

        // The directory's owner is only an end user in the linked support domain.
        var refused = (await directory.Owner.In(domain.Id).PostAsync("/v1/accounts", new { id, name = "Nope" })).Expect(403);

        Answers.AssertErrorShape(refused);
        (await Operator.GetAsync($"/v1/accounts/{id}")).Expect(404);
    }

    [Fact]
    public async Task Operator_lists_accounts_with_filters_sorting_and_pages()
    {
        var directory = await _world.DirectoryAsync();
        var domains = new List<string>();
        for (var i = 0; i < 3; i++) domains.Add((await _world.SupportDomainAsync(directory)).Id);
        var descending = domains.OrderDescending(StringComparer.Ordinal).ToList();

        var first = (await Operator.GetAsync($"/v1/accounts?directory_account_id={directory.Id}&sort=-id&per_page=2")).Expect(200);
        Assert.Equal(3, first.TotalEntries());
        Assert.Equal(descending.Take(2), first.Values("id"));
        Assert.Contains("rel=\"next\"", first.Header("Link"), StringComparison.Ordinal);

        var second = (await Operator.GetAsync($"/v1/accounts?directory_account_id={directory.Id}&sort=-id&per_page=2&page=2")).Expect(200);
        Assert.Equal(descending.Skip(2), second.Values("id"));
        Assert.DoesNotContain("rel=\"next\"", second.Header("Link"), StringComparison.Ordinal);

        var selected = (await Operator.GetAsync($"/v1/accounts?id={domains[0]},{directory.Id}&fields=kind")).Expect(200);
        Assert.Equal(2, selected.TotalEntries());
        Assert.All(selected.Items, item => Assert.Equal(["id", "kind"], item!.Members()));
    }

    [Fact]
    public async Task A_person_sees_only_the_account_they_act_in()
    {
        var mine = await _world.DirectoryAsync();
        var other = await _world.DirectoryAsync();

        var list = (await mine.Owner.GetAsync("/v1/accounts")).Expect(200);
        Assert.Equal(1, list.TotalEntries());
        Assert.Equal([mine.Id], list.Values("id"));
        (await mine.Owner.GetAsync($"/v1/accounts/{mine.Id}")).Expect(200);

        Answers.SameAsMissing(
            await mine.Owner.GetAsync($"/v1/accounts/{other.Id}"),
            await mine.Owner.GetAsync($"/v1/accounts/{Ids.Account()}"));
        Assert.Equal(0, (await mine.Owner.GetAsync($"/v1/accounts?id={other.Id}")).Expect(200).TotalEntries());
    }

    [Fact]
    public async Task An_owner_renames_their_own_account_but_not_another()
    {
        var mine = await _world.DirectoryAsync();
        var other = await _world.DirectoryAsync();

        var renamed = (await mine.Owner.PatchAsync($"/v1/accounts/{mine.Id}", new { name = "Renamed", time_zone = "America/New_York" }))
            .Expect(200).Record;
        Assert.Equal("Renamed", renamed.Str("name"));
        Assert.Equal("America/New_York", renamed.Str("time_zone"));
        Assert.Equal("Renamed", (await mine.Owner.GetAsync("/v1/account")).Expect(200).Record.Str("name"));

        Answers.SameAsMissing(
            await mine.Owner.PatchAsync($"/v1/accounts/{other.Id}", new { name = "Taken over" }),
            await mine.Owner.PatchAsync($"/v1/accounts/{Ids.Account()}", new { name = "Taken over" }));
        Assert.Equal(other.Name, (await Operator.GetAsync($"/v1/accounts/{other.Id}")).Expect(200).Record.Str("name"));
    }

    [Fact]
    public async Task A_time_zone_can_be_changed_but_not_blanked()
    {
        var mine = await _world.DirectoryAsync();

        (await mine.Owner.PatchAsync($"/v1/accounts/{mine.Id}", new { time_zone = (string?)null }))
            .ExpectValidation(("time_zone", "can't be blank"));
        (await mine.Owner.PatchAsync($"/v1/accounts/{mine.Id}", new { time_zone = "Mars/Olympus_Mons" }))
            .ExpectValidation(("time_zone", "is not a known time zone"));
        Assert.Equal("UTC", (await mine.Owner.GetAsync("/v1/account")).Expect(200).Record.Str("time_zone"));
    }

    [Fact]
    public async Task Only_the_operator_disables_an_account_and_then_nobody_can_act_in_it()
    {
        var directory = await _world.DirectoryAsync();
        var domain = await _world.SupportDomainAsync(directory);

        (await domain.Owner.PatchAsync($"/v1/accounts/{domain.Id}", new { disabled = true }))
            .ExpectValidation(("disabled", "only the platform operator disables accounts"));
        (await domain.Owner.GetAsync("/v1/me")).Expect(200);

        Assert.True((await Operator.PatchAsync($"/v1/accounts/{domain.Id}", new { disabled = true })).Expect(200).Record.Bool("disabled"));

        // Its own people's tokens stop working, and nobody else may act in it.
        Answers.AssertErrorShape((await domain.Owner.GetAsync("/v1/me")).Expect(401));
        var intoDisabled = (await directory.Owner.In(domain.Id).GetAsync("/v1/account")).Expect(403);
        var intoMissing = (await directory.Owner.In(Ids.Account()).GetAsync("/v1/account")).Expect(403);
        Assert.Equal(intoMissing.Body, intoDisabled.Body);
        (await directory.Owner.GetAsync("/v1/me")).Expect(200);
    }

    [Theory]
    [InlineData("UPPER")]
    [InlineData("-leading-dash")]
    [InlineData("a")]
    [InlineData("under_score")]
    [InlineData("with space")]
    [InlineData("dot.ted")]
    [InlineData("a0123456789012345678901234567890123456789012345678901234567890123")]
    [InlineData("")]
    public async Task Invalid_account_ids_are_refused_and_nothing_is_created(string id)
    {
        var answer = (await Operator.PostAsync("/v1/accounts", new
        {
            id,
            name = "Bad id",
            kind = "directory",
            owner = new { name = "Nobody", primary_email = Ids.Email() },
        })).ExpectValidation(("id", "must be 2 to 63 lower-case letters, digits or dashes, starting with a letter or digit"));
        Answers.AssertErrorShape(answer);

        if (id.Length > 0)
            (await Operator.GetAsync($"/v1/accounts/{Uri.EscapeDataString(id)}")).Expect(404);
        Assert.Equal(0, (await Operator.GetAsync($"/v1/accounts?name={Uri.EscapeDataString("Bad id")}")).Expect(200).TotalEntries());
    }

    [Fact]
    public async Task An_account_id_can_be_taken_only_once()
    {
        var existing = await _world.DirectoryAsync();

        (await Operator.PostAsync("/v1/accounts", new
        {
            id = existing.Id,
            name = "Impostor",
            kind = "directory",
            owner = new { name = "Mallory", primary_email = Ids.Email() },
        })).ExpectValidation(("id", "has already been taken"));

        Assert.Equal(existing.Name, (await Operator.GetAsync($"/v1/accounts/{existing.Id}")).Expect(200).Record.Str("name"));
        (await existing.Owner.GetAsync("/v1/me")).Expect(200);
    }

    [Fact]
    public async Task Inconsistent_account_input_is_refused_and_nothing_is_created()
    {
        var directory = await _world.DirectoryAsync();
        var domain = await _world.SupportDomainAsync(directory);
        var owner = new { name = "Nobody", primary_email = Ids.Email() };
        var ids = new List<string>();
        async Task<ApiResponse> Create(object body) => await Operator.PostAsync("/v1/accounts", body);
        string Id()
        {
            ids.Add(Ids.Account());
            return ids[^1];
        }

        (await Create(new { id = Id(), name = "x", kind = "support_domain", directory_account_id = domain.Id, owner }))
            .ExpectValidation(("directory_account_id", "is not a directory account"));
        (await Create(new { id = Id(), name = "x", kind = "support_domain", directory_account_id = Ids.Account(), owner }))
            .ExpectValidation(("directory_account_id", "is not a directory account"));
        (await Create(new { id = Id(), name = "x", kind = "directory", directory_account_id = directory.Id, owner }))
            .ExpectValidation(("directory_account_id", "a directory account is linked to no other directory"));
        (await Create(new { id = Id(), name = "x", kind = "tenant", owner })).ExpectValidation(("kind", "must be one of: directory, support_domain"));
        (await Create(new { id = Id(), name = "x", time_zone = "Mars/Olympus_Mons", owner })).ExpectValidation(("time_zone", "is not a known time zone"));
        (await Create(new { id = Id(), name = "x", disabled = true, owner })).ExpectValidation(("disabled", "can only be changed on an existing account"));
        (await Create(new { id = Id(), name = "x" })).ExpectValidation(("owner.name", "can't be blank"), ("owner.primary_email", "can't be blank"));
        (await Create(new { id = Id(), name = "x", owner = new { name = "x", primary_email = "not-an-address" } }))
            .ExpectValidation(("owner.primary_email", "is not a valid e-mail address"));
        (await Create(new { id = Id(), name = " ", owner })).ExpectValidation(("name", "can't be blank"));
        (await Create(new { id = Id(), name = new string('n', 256), owner })).ExpectValidation(("name", "is too long (maximum is 255 characters)"));

        foreach (var id in ids) (await Operator.GetAsync($"/v1/accounts/{id}")).Expect(404);
    }
}
