using Trustdesk.Web.Tests.Features.Events;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.ConfigurationItems;

/// <summary>
/// Products and CIs of one account (ADR 51): who registers and changes them, what is refused (every fault at once, nothing
/// written), audit, notes, users and relations read from either end.
/// </summary>
public sealed class CiWritesTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    // 4me's ci.status, in its order (4me-api-notes.md).
    private static readonly string[] AllStatuses =
    [
        "ordered", "being_built", "in_stock", "reserved", "in_transit", "installed", "being_tested", "standby_for_continuity", "lent_out",
        "in_production", "undergoing_maintenance", "broken_down", "being_repaired", "archived", "to_be_removed", "lost_or_stolen", "removed",
    ];

    [Fact]
    public async Task A_configuration_manager_registers_a_ci_named_after_its_product_and_a_specialist_only_maintains_it()
    {
        var account = await _world.SupportDomainAsync();
        var product = await CiCalls.AddProductAsync(account, "LaserJet 4000");
        (await account.Owner.PostAsync("/v1/products", new { name = "LaserJet 4000" })).ExpectValidation(("name", "has already been taken"));

        var manager = await account.AddPersonAsync("Config Manager");
        await account.GrantAsync(manager, "configuration_manager");
        var managing = account.Owner.As(await ServerWrites.IssueTokenAsync(_world.Server, account.Id, manager));
        var created = (await managing.PostAsync("/v1/cis", new { product_id = product, label = "PRN-1", status = "installed", serialNr = "SN-1",
            warranty_expiry_date = "2029-03-31" })).Expect(201);
        Assert.Equal("LaserJet 4000", (string?)created.Record["name"]);
        Assert.Equal("LaserJet 4000", (string?)created.Record["product"]!["name"]);
        Assert.Equal("2029-03-31", (string?)created.Record["warranty_expiry_date"]);
        Assert.Equal("SN-1", (string?)created.Record["serialNr"]);
        var ci = created.Id;

        var specialist = await account.AddPersonAsync("Specialist");
        await account.GrantAsync(specialist, "specialist");
        var working = account.Owner.As(await ServerWrites.IssueTokenAsync(_world.Server, account.Id, specialist));
        (await working.PostAsync("/v1/cis", new { product_id = product })).Expect(403);
        (await working.PostAsync("/v1/products", new { name = "Not mine to add" })).Expect(403);
        (await working.PatchAsync(CiCalls.Path(ci), new { label = "PRN-2", status = "broken_down" }))
            .ExpectValidation(("label", "is set by the CI's account's configuration managers"));
        (await working.PatchAsync(CiCalls.Path(ci), new { status = "broken_down", note = "Paper jam beyond repair." })).Expect(200);

        var read = (await managing.GetAsync(CiCalls.Path(ci))).Expect(200).Record;
        Assert.Equal("broken_down", (string?)read["status"]);
        Assert.Equal("PRN-1", (string?)read["label"]);
        Assert.Equal(["Paper jam beyond repair."], (await managing.GetAsync(CiCalls.Path(ci, "/notes"))).Expect(200).Items.Select(n => (string?)n!["text"]));
        var trail = (await managing.GetAsync(CiCalls.Path(ci, "/audit"))).Expect(200).Items;
        Assert.Equal(["create", "update"], trail.Select(e => (string?)e!["action"]));
        Assert.Equal("installed", (string?)trail[1]!["changes"]!["status"]![0]);
        Assert.Equal("broken_down", (string?)trail[1]!["changes"]!["status"]![1]);
        Assert.Equal([ci], (await managing.GetAsync("/v1/cis/active")).Expect(200).Ids());
        Assert.Empty((await managing.GetAsync("/v1/cis/inactive")).Expect(200).Ids());
    }

    [Fact]
    public async Task A_ci_refused_names_every_fault_at_once_and_writes_nothing()
    {
        var account = await _world.SupportDomainAsync();
        var other = await _world.SupportDomainAsync();
        var foreignProduct = await CiCalls.AddProductAsync(other);
        var foreignTeam = await other.AddTeamAsync();
        var product = await CiCalls.AddProductAsync(account);
        await CiCalls.AddCiAsync(account, product, new { product_id = product, label = "TAKEN" });

        (await account.Owner.PostAsync("/v1/cis", new { status = "melted", warranty_expiry_date = "31-03-2029", name = "" })).ExpectValidation(
            ("name", "can't be blank"), ("status", "must be one of: " + string.Join(", ", AllStatuses)), ("warranty_expiry_date", "is not a date as yyyy-mm-dd"),
            ("product_id", "can't be blank"));
        (await account.Owner.PostAsync("/v1/cis", new { product_id = foreignProduct, support_team_id = foreignTeam }))
            .ExpectValidation(("product_id", "must be a product of this account"),
                ("support_team_id", "must be an enabled team of this account or of an account it trusts with cis"));
        (await account.Owner.PostAsync("/v1/cis", new { product_id = product, label = "TAKEN" })).ExpectValidation(("label", "has already been taken"));
        Assert.Single((await account.Owner.GetAsync("/v1/cis")).Expect(200).Items);
    }

    [Fact]
    public async Task A_relation_is_read_from_either_end_and_users_are_named()
    {
        var account = await _world.SupportDomainAsync();
        var product = await CiCalls.AddProductAsync(account);
        var rack = await CiCalls.AddCiAsync(account, product, new { product_id = product, name = "Rack 1" });
        var server = await CiCalls.AddCiAsync(account, product, new { product_id = product, name = "Server 1" });
        var relation = (await account.Owner.PostAsync(CiCalls.Path(rack, "/ci_relations"), new { relation_type = "parent", ci_id = server })).Expect(201);
        Assert.Equal("parent", (string?)relation.Record["relation_type"]);
        Assert.Equal("Server 1", (string?)relation.Record["ci"]!["name"]);
        (await account.Owner.PostAsync(CiCalls.Path(server, "/ci_relations"), new { relation_type = "depends_on", ci_id = rack }))
            .ExpectValidation(("ci_id", "is related to this CI already"));
        (await account.Owner.PostAsync(CiCalls.Path(server, "/ci_relations"), new { relation_type = "depends_on", ci_id = server }))
            .ExpectValidation(("ci_id", "must be another CI"));
        var fromServer = (await account.Owner.GetAsync(CiCalls.Path(server, "/ci_relations"))).Expect(200).Items.Single()!;
        Assert.Equal("child", (string?)fromServer["relation_type"]);
        Assert.Equal("Rack 1", (string?)fromServer["ci"]!["name"]);

        var user = await account.AddPersonAsync("Ursula User");
        (await account.Owner.PostAsync(CiCalls.Path(server, $"/users/{user}"))).Expect(200, "{}");
        (await account.Owner.PostAsync(CiCalls.Path(server, $"/users/{user}"))).Expect(200, "{}");
        Assert.Equal(["Ursula User"], (await account.Owner.GetAsync(CiCalls.Path(server, "/users"))).Expect(200).Items.Select(u => (string?)u!["name"]));
        (await account.Owner.DeleteAsync(CiCalls.Path(server, $"/users/{user}"))).Expect(204);
        (await account.Owner.DeleteAsync(CiCalls.Path(server, $"/users/{user}"))).Expect(404);
        (await account.Owner.DeleteAsync(CiCalls.Path(server, $"/ci_relations/{relation.Id}"))).Expect(204);
        Assert.Empty((await account.Owner.GetAsync(CiCalls.Path(rack, "/ci_relations"))).Expect(200).Items);
    }
}
