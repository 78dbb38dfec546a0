using Trustdesk.Web.Features.Requests;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Requests;

/// <summary>
/// <c>POST /v1/requests</c>: an end user's request is routed to the account providing the covered instance; a
/// specialist registers in their own account; anything else is a clear 4xx that writes nothing.
/// </summary>
public sealed class SubmitRequestTests
{
    private static readonly TestWorld World = TestWorld.Shared;

    /// <summary>A directory whose owner is an end user in its root organization, and a linked provider covering it.</summary>
    private sealed record Setup(Tenant Directory, Tenant Provider, long Instance, long Team, long Sla, long Root)
    {
        public ApiClient EndUser => Directory.Owner;

        public async Task<int> ProviderRequestCountAsync() => (await Provider.Owner.GetAsync("/v1/requests")).Expect(200).TotalEntries();
    }

    private static async Task<Setup> SetupAsync()
    {
        var directory = await World.DirectoryAsync();
        var root = await directory.AddOrganizationAsync();
        (await directory.Owner.PatchAsync($"/v1/people/{directory.OwnerId}", new { organization_id = root })).Expect(200);
        var provider = await World.SupportDomainAsync(directory);
        await provider.GrantAsync(provider.OwnerId, "specialist");
        var chain = await provider.AddCatalogChainAsync();
        var team = await provider.AddTeamAsync();
        (await provider.Owner.PatchAsync($"/v1/service_instances/{chain.Instance}", new { first_line_team_id = team })).Expect(200);
        var sla = await provider.AddSlaAsync(chain, root);
        (await provider.Owner.PostAsync($"/v1/slas/{sla}/organizations/{root}")).Expect(200);
        (await provider.Owner.PatchAsync($"/v1/slas/{sla}", new { status = "active" })).Expect(200);
        return new Setup(directory, provider, chain.Instance, team, sla, root);
    }

    [Fact]
    public async Task An_end_users_request_is_registered_in_the_providing_account_with_its_first_line_team()
    {
        var s = await SetupAsync();

        var created = (await s.EndUser.PostAsync("/v1/requests",
            new { subject = "Laptop broken", impact = "high", service_instance_id = s.Instance })).Expect(201).Record;
        Assert.Equal(s.Provider.Id, created["account"]!.Str("id"));
        Assert.Equal(s.Team, created["team"]!.Number("id"));
        Assert.Equal(s.Provider.Id, created["team"]!["account"]!.Str("id"));
        Assert.Equal(s.Directory.OwnerId, created["requested_for"]!.Number("id"));
        Assert.Equal(s.Directory.OwnerId, created["requested_by"]!.Number("id"));
        Assert.Equal("assigned", created.Str("status"));
        Assert.Equal("incident", created.Str("category"));
        Assert.Null(created["customer_account"]);

        var seen = (await s.Provider.Owner.GetAsync($"/v1/requests/{created.Number("id")}")).Expect(200).Record;
        Assert.Equal("Laptop broken", seen.Str("subject"));
        Assert.Null(seen["account"]);
    }

    [Fact]
    public async Task Instances_outside_the_persons_catalog_are_refused_alike_and_nothing_is_written()
    {
        var s = await SetupAsync();
        var unrelated = await World.SupportDomainAsync();
        var foreignInstance = (await unrelated.AddCatalogChainAsync()).Instance;
        const string refusal = "is not a service instance you are covered for";

        (await s.EndUser.PostAsync("/v1/requests", new { subject = "x", service_instance_id = foreignInstance }))
            .ExpectValidation(("service_instance_id", refusal));
        (await s.EndUser.PostAsync("/v1/requests", new { subject = "x", service_instance_id = Answers.NeverExistingId }))
            .ExpectValidation(("service_instance_id", refusal));
        (await s.Provider.Owner.PatchAsync($"/v1/slas/{s.Sla}", new { status = "being_prepared" })).Expect(200);
        (await s.EndUser.PostAsync("/v1/requests", new { subject = "x", service_instance_id = s.Instance }))
            .ExpectValidation(("service_instance_id", refusal));

        Assert.Equal(0, await s.ProviderRequestCountAsync());
        Assert.Equal(0, (await unrelated.Owner.GetAsync("/v1/requests")).Expect(200).TotalEntries());
    }

    [Fact]
    public async Task Bad_input_is_refused_with_the_field_and_nothing_is_written()
    {
        var s = await SetupAsync();
        var other = await s.Directory.AddPersonAsync();

        (await s.EndUser.PostAsync("/v1/requests", new { service_instance_id = s.Instance })).ExpectValidation(("subject", "can't be blank"));
        (await s.EndUser.PostAsync("/v1/requests", new { subject = "x", service_instance_id = s.Instance, category = "bogus" })).Expect(422);
        (await s.EndUser.PostAsync("/v1/requests", new { subject = "x", service_instance_id = s.Instance, impact = "huge" })).Expect(422);
        (await s.EndUser.PostAsync("/v1/requests", new { subject = "x", service_instance_id = s.Instance, requested_for_id = other }))
            .ExpectValidation(("requested_for_id", "can only be yourself"));
        (await s.EndUser.PostAsync("/v1/requests", new { subject = "x", service_instance_id = s.Instance, team_id = s.Team }))
            .ExpectValidation(("team_id", "is chosen by the provider"));
        (await s.EndUser.PostAsync("/v1/requests", new { subject = "x" })).ExpectValidation(("service_instance_id", "can't be blank"));
        (await s.EndUser.PostAsync("/v1/requests", new { subject = "x", service_instance_id = s.Instance, status = "completed" }))
            .ExpectValidation(("status", "is not a known field"));
        (await s.EndUser.SendAsync(HttpMethod.Post, "/v1/requests", "{\"subject\": ")).Expect(400);

        Assert.Equal(0, await s.ProviderRequestCountAsync());
    }

    [Fact]
    public async Task A_specialist_registers_in_their_own_account_with_their_own_team_only()
    {
        var s = await SetupAsync();
        var otherTeam = await (await World.SupportDomainAsync()).AddTeamAsync();

        (await s.Provider.Owner.PostAsync("/v1/requests", new { subject = "x", team_id = otherTeam })).ExpectValidation(("team_id", RequestAssignment.UnknownTeam));
        Assert.Equal(0, await s.ProviderRequestCountAsync());

        var created = (await s.Provider.Owner.PostAsync("/v1/requests",
            new { subject = "Printer jam", requested_for_id = s.Directory.OwnerId, service_instance_id = s.Instance })).Expect(201).Record;
        Assert.Null(created["account"]);
        Assert.Equal(s.Team, created["team"]!.Number("id"));
        Assert.Equal(s.Directory.OwnerId, created["requested_for"]!.Number("id"));
        Assert.Equal(1, await s.ProviderRequestCountAsync());
    }

    [Fact]
    public async Task A_request_under_an_sla_across_a_trust_carries_the_customer_account_and_is_seen_there_while_the_trust_stands()
    {
        var s = await SetupAsync();
        var customer = await World.SupportDomainAsync(s.Directory);
        await customer.GrantAsync(customer.OwnerId, "specialist");
        var provider = await World.SupportDomainAsync();
        await provider.GrantAsync(provider.OwnerId, "specialist");
        var trust = (await customer.Owner.PostAsync("/v1/trusts",
            new { customer_account_id = customer.Id, provider_account_id = provider.Id, options = new[] { "services" } })).Expect(201).Id;
        (await provider.Owner.PostAsync($"/v1/trusts/{trust}/accept")).Expect(200);
        var chain = await provider.AddCatalogChainAsync();
        var sla = await provider.AddSlaAsync(chain, s.Root, customer.Id);
        (await provider.Owner.PostAsync($"/v1/slas/{sla}/organizations/{s.Root}")).Expect(200);
        (await provider.Owner.PatchAsync($"/v1/slas/{sla}", new { status = "active" })).Expect(200);

        var created = (await s.EndUser.PostAsync("/v1/requests", new { subject = "Toner", service_instance_id = chain.Instance })).Expect(201).Record;
        Assert.Equal(provider.Id, created["account"]!.Str("id"));
        Assert.Equal(customer.Id, created["customer_account"]!.Str("id"));
        var id = created.Number("id");

        Assert.Equal(provider.Id, (await customer.Owner.GetAsync($"/v1/requests/{id}")).Expect(200).Record["account"]!.Str("id"));
        Answers.SameAsMissing(await s.Provider.Owner.GetAsync($"/v1/requests/{id}"), await s.Provider.Owner.GetAsync($"/v1/requests/{Answers.NeverExistingId}"));

        (await customer.Owner.PostAsync($"/v1/trusts/{trust}/revoke")).Expect(200);
        Answers.SameAsMissing(await customer.Owner.GetAsync($"/v1/requests/{id}"), await customer.Owner.GetAsync($"/v1/requests/{Answers.NeverExistingId}"));
        (await provider.Owner.GetAsync($"/v1/requests/{id}")).Expect(200);
    }

    [Fact]
    public async Task A_request_is_registered_with_its_note_and_a_specialists_internal_note_as_its_first_notes_which_are_no_response()
    {
        var s = await SetupAsync();

        var id = (await s.Provider.Owner.PostAsync("/v1/requests", new
        {
            subject = "Screen flickers", requested_for_id = s.Directory.OwnerId, service_instance_id = s.Instance,
            note = "Since this morning, every few minutes", internal_note = "Vendor ticket 44",
        })).Expect(201).Id;

        var notes = (await s.Provider.Owner.GetAsync($"/v1/requests/{id}/notes")).Expect(200).Items;
        Assert.Equal([("Since this morning, every few minutes", false), ("Vendor ticket 44", true)],
            notes.Select(n => (n!.Str("text"), n!.Bool("internal"))));
        Assert.All(notes, n => Assert.Equal(s.Provider.OwnerId, n!["person"]!.Number("id")));
        Assert.Equal(["Since this morning, every few minutes"], (await s.EndUser.GetAsync($"/v1/requests/{id}/notes")).Expect(200).Values("text"));

        // The description is not the provider's response; a note after it is.
        var affected = $"/v1/requests/{id}/affected_slas";
        Assert.Null((await s.Provider.Owner.GetAsync(affected)).Expect(200).Items.Single()!["responded_at"]);
        (await s.Provider.Owner.PostAsync($"/v1/requests/{id}/notes", new { text = "Replacing the cable" })).Expect(201);
        Assert.NotNull((await s.Provider.Owner.GetAsync(affected)).Expect(200).Items.Single()!["responded_at"]);
    }

    [Fact]
    public async Task An_end_users_description_is_a_public_note_of_theirs_that_both_sides_read()
    {
        var s = await SetupAsync();

        var created = (await s.EndUser.PostAsync("/v1/requests",
            new { subject = "Laptop broken", service_instance_id = s.Instance, note = "The screen stays black" })).Expect(201).Record;
        Assert.Equal(s.Provider.Id, created["account"]!.Str("id"));
        var id = created.Number("id");

        var mine = (await s.EndUser.GetAsync($"/v1/requests/{id}/notes")).Expect(200).Items.Single()!;
        Assert.Equal("The screen stays black", mine.Str("text"));
        Assert.False(mine.Bool("internal"));
        Assert.Null(mine["account"]);
        // The note lives where its author acts, as every later note of theirs does; the provider reads it there.
        var theirs = (await s.Provider.Owner.GetAsync($"/v1/requests/{id}/notes")).Expect(200).Items.Single()!;
        Assert.Equal("The screen stays black", theirs.Str("text"));
        Assert.Equal(s.Directory.Id, theirs["account"]!.Str("id"));
        Assert.Equal(s.Directory.OwnerId, theirs["person"]!.Number("id"));
    }

    [Fact]
    public async Task A_refused_note_is_refused_as_in_an_update_and_no_request_is_written()
    {
        var s = await SetupAsync();
        var existing = (await s.EndUser.PostAsync("/v1/requests", new { subject = "First", service_instance_id = s.Instance })).Expect(201).Id;
        var onUpdate = (await s.EndUser.PatchAsync($"/v1/requests/{existing}", new { internal_note = " " }))
            .ExpectValidation(("internal_note", "can't be changed by the requester"));

        var onCreate = (await s.EndUser.PostAsync("/v1/requests", new { subject = "", service_instance_id = s.Instance, internal_note = " " }))
            .ExpectValidation(("internal_note", "can't be changed by the requester"));
        Assert.Equal(onUpdate.Text, onCreate.Text);
        (await s.EndUser.PostAsync("/v1/requests", new { subject = "x", service_instance_id = s.Instance, note = " " }))
            .ExpectValidation(("note", "can't be blank"));
        (await s.EndUser.PostAsync("/v1/requests", new { subject = "x", service_instance_id = s.Instance, note = new string('n', 60_001) }))
            .ExpectValidation(("note", "is too long (maximum is 60000 characters)"));
        (await s.Provider.Owner.PostAsync("/v1/requests", new { subject = "x", note = "fine", internal_note = "" }))
            .ExpectValidation(("internal_note", "can't be blank"));

        Assert.Equal(1, await s.ProviderRequestCountAsync());
        Assert.Empty((await s.Provider.Owner.GetAsync($"/v1/requests/{existing}/notes")).Expect(200).Items);
    }
}
