using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Conventions;

/// <summary>
/// 4me clients send <c>PATCH /v1/&lt;type&gt;/:id</c> with <c>"id"</c> in the body. The record's own id is taken (as a
/// JSON number, or a string of its digits); another one is a 422 on <c>id</c> that changes nothing. A creation names
/// no record, so an <c>id</c> there stays an unknown field. (Every update route: <c>EveryUpdateTakesItsIdTests</c>.)
/// </summary>
public sealed class RepeatedIdTests
{
    private const string Mismatch = "does not match the record's id";
    private readonly TestWorld _world = TestWorld.Shared;

    [Fact]
    public async Task An_update_takes_the_records_own_id_as_a_number_or_as_digits()
    {
        var account = await _world.DirectoryAsync();
        var person = await account.AddPersonAsync("Before");
        var path = $"/v1/people/{person}";

        Assert.Equal("Number", (await account.Owner.PatchAsync(path, new { id = person, name = "Number" })).Expect(200).Record.Str("name"));
        Assert.Equal("Digits", (await account.Owner.PatchAsync(path, new { id = person.ToString(System.Globalization.CultureInfo.InvariantCulture), name = "Digits" }))
            .Expect(200).Record.Str("name"));
        Assert.Equal("Put", (await account.Owner.PutAsync(path, new { id = person, name = "Put" })).Expect(200).Record.Str("name"));
        Assert.Equal("Put", (await account.Owner.GetAsync(path)).Expect(200).Record.Str("name"));
    }

    [Fact]
    public async Task Another_id_is_refused_on_id_and_changes_nothing()
    {
        var account = await _world.DirectoryAsync();
        var person = await account.AddPersonAsync("Kept");
        var other = await account.AddPersonAsync("Other");
        var path = $"/v1/people/{person}";
        var before = (await account.Owner.GetAsync(path)).Expect(200).Text;

        (await account.Owner.PatchAsync(path, new { id = other, name = "Changed" })).ExpectValidation(("id", Mismatch));
        (await account.Owner.PatchAsync(path, new { id = $"{person}.0", name = "Changed" })).ExpectValidation(("id", Mismatch));
        (await account.Owner.PatchAsync(path, new { id = (long?)null, name = "Changed" })).ExpectValidation(("id", Mismatch));
        (await account.Owner.PatchAsync(path, new { id = person + 0.5, name = "Changed" })).ExpectValidation(("id", Mismatch));
        (await account.Owner.PatchAsync(path, new { id = other, colour = "red" })).ExpectValidation(("id", Mismatch), ("colour", "is not a known field"));
        (await account.Owner.SendRawAsync(HttpMethod.Patch, path, $$"""{"id":{{person}},"id":{{person}},"name":"Changed"}"""))
            .ExpectValidation(("id", "is given more than once"));

        Assert.Equal(before, (await account.Owner.GetAsync(path)).Expect(200).Text);
    }

    [Fact]
    public async Task The_id_is_the_last_of_the_routes_parameters_and_an_accounts_is_its_slug()
    {
        var account = await _world.SupportDomainAsync();
        var template = (await account.Owner.PostAsync("/v1/workflow_templates", new { subject = "Release" })).Expect(201).Id;
        // Two phases, so that one has an id other than the template's.
        var phases = new List<long>();
        foreach (var name in new[] { "Build", "Check" })
            phases.Add((await account.Owner.PostAsync($"/v1/workflow_templates/{template}/phases", new { name })).Expect(201).Id);
        var phase = phases.First(id => id != template);
        var phasePath = $"/v1/workflow_templates/{template}/phases/{phase}";

        Assert.Equal("Test", (await account.Owner.PatchAsync(phasePath, new { id = phase, name = "Test" })).Expect(200).Record.Str("name"));
        (await account.Owner.PatchAsync(phasePath, new { id = template, name = "Ship" })).ExpectValidation(("id", Mismatch));

        var accountPath = $"/v1/accounts/{account.Id}";
        Assert.Equal("Renamed", (await account.Owner.PatchAsync(accountPath, new { id = account.Id, name = "Renamed" })).Expect(200).Record.Str("name"));
        (await account.Owner.PatchAsync(accountPath, new { id = "t-other", name = "Changed" })).ExpectValidation(("id", Mismatch));
        Assert.Equal("Renamed", (await account.Owner.GetAsync(accountPath)).Expect(200).Record.Str("name"));
    }

    [Fact]
    public async Task A_creation_names_no_record_so_an_id_there_is_an_unknown_field()
    {
        var account = await _world.DirectoryAsync();
        var existing = await account.AddPersonAsync();

        (await account.Owner.PostAsync("/v1/people", new { id = existing, name = "New", primary_email = Ids.Email() }))
            .ExpectValidation(("id", "is not a known field"));
        (await account.Owner.PostAsync("/v1/teams", new { id = 1, name = "New" })).ExpectValidation(("id", "is not a known field"));
        Assert.Equal(2, (await account.Owner.GetAsync("/v1/people")).Expect(200).TotalEntries());
    }
}
