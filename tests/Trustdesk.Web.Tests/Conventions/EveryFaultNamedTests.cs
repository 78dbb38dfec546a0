using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Conventions;

/// <summary>
/// A refused body names every fault at once, as 4me does: a client that sends a field we do not know and leaves out the
/// required ones learns all of it from one answer, not one fault per try. Nothing is written.
/// </summary>
public sealed class EveryFaultNamedTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    [Fact]
    public async Task A_creation_missing_several_required_fields_names_all_of_them_and_the_unknown_ones()
    {
        var account = await _world.SupportDomainAsync();
        (await account.Owner.PostAsync("/v1/people", new { colour = "red" }))
            .ExpectValidation(("colour", "is not a known field"), ("name", "can't be blank"), ("primary_email", "can't be blank"));
        (await account.Owner.PostAsync("/v1/slas", new { name = "", colour = "red" }))
            .ExpectValidation(("colour", "is not a known field"), ("name", "can't be blank"), ("service_offering_id", "can't be blank"),
                ("service_instance_id", "can't be blank"), ("customer_id", "can't be blank"));
        Assert.Equal(0, (await account.Owner.GetAsync("/v1/slas")).Expect(200).TotalEntries());
        Assert.Equal(1, (await account.Owner.GetAsync("/v1/people")).Expect(200).TotalEntries());
    }

    [Fact]
    public async Task An_update_names_its_unknown_fields_with_its_invalid_ones_and_changes_nothing()
    {
        var account = await _world.DirectoryAsync();
        var person = await account.AddPersonAsync("Kept");
        (await account.Owner.PatchAsync($"/v1/people/{person}", new { name = "", shoe_size = 44 }))
            .ExpectValidation(("shoe_size", "is not a known field"), ("name", "can't be blank"));
        // A valid field beside an unknown one is not saved either: the body is refused whole.
        (await account.Owner.PatchAsync($"/v1/people/{person}", new { name = "Changed", shoe_size = 44 }))
            .ExpectValidation(("shoe_size", "is not a known field"));
        Assert.Equal("Kept", (await account.Owner.GetAsync($"/v1/people/{person}")).Expect(200).Record.Str("name"));
    }
}
