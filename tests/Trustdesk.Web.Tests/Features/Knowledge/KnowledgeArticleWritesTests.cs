using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Knowledge;

/// <summary>
/// Writing knowledge articles (ADR 46): specialists of the account write them for its services; a knowledge manager alone
/// validates and archives them and changes one that is validated or archived; every change is in the audit trail.
/// </summary>
public sealed class KnowledgeArticleWritesTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    [Fact]
    public async Task A_specialist_writes_an_article_and_reads_it_back_with_its_fields_author_and_etag()
    {
        var account = await _world.SupportDomainAsync();
        var service = await account.AddServiceAsync("Laptops");
        var specialist = await KnowledgeCalls.PersonWithRolesAsync(_world, account, "specialist");

        var created = (await specialist.PostAsync("/v1/knowledge_articles", new
        {
            subject = "  Reset the VPN client ",
            description = "When the VPN does not connect",
            instructions = "Open the client, choose Reset, sign in again.",
            keywords = "vpn remote",
            service_id = service,
            end_users = true,
        })).Expect(201);
        Assert.Equal("W/\"0\"", created.Header("ETag"));
        var id = created.Id;

        var read = (await account.Owner.GetAsync($"/v1/knowledge_articles/{id}")).Expect(200).Record;
        Assert.Equal("Reset the VPN client", read.Str("subject"));
        Assert.Equal("When the VPN does not connect", read.Str("description"));
        Assert.Equal("Open the client, choose Reset, sign in again.", read.Str("instructions"));
        Assert.Equal("vpn remote", read.Str("keywords"));
        Assert.Equal("work_in_progress", read.Str("status"));
        Assert.Equal(service, read["service"]!.Number("id"));
        Assert.Equal("Laptops", read["service"]!.Str("name"));
        Assert.True(read.Bool("end_users"));
        Assert.False(read.Bool("covered_specialists"));
        Assert.NotNull(read["created_by"]);
        Assert.Null(read["account"]);
    }

    [Fact]
    public async Task Required_fields_wrong_values_and_a_service_of_another_account_are_one_422_and_nothing_is_written()
    {
        var account = await _world.SupportDomainAsync();
        var other = await _world.SupportDomainAsync();
        var foreignService = await other.AddServiceAsync();

        (await account.Owner.PostAsync("/v1/knowledge_articles", new { description = "no subject" }))
            .ExpectValidation(("subject", "can't be blank"), ("instructions", "can't be blank"), ("service_id", "can't be blank"));
        (await account.Owner.PostAsync("/v1/knowledge_articles", new { subject = "S", instructions = "I", service_id = foreignService }))
            .ExpectValidation(("service_id", "must be a service of this account"));
        (await account.Owner.PostAsync("/v1/knowledge_articles", new { subject = "S", instructions = "I", service_id = foreignService, status = "done" }))
            .ExpectInvalid("status");
        (await account.Owner.PostAsync("/v1/knowledge_articles", new { subject = new string('x', 256), instructions = "I", service_id = foreignService }))
            .ExpectInvalid("subject");
        Assert.Empty(await KnowledgeCalls.SeenAsync(account.Owner));
    }

    [Fact]
    public async Task Only_a_knowledge_manager_validates_archives_and_changes_a_validated_article()
    {
        var account = await _world.SupportDomainAsync();
        var service = await account.AddServiceAsync();
        var specialist = await KnowledgeCalls.PersonWithRolesAsync(_world, account, "specialist");
        var manager = await KnowledgeCalls.PersonWithRolesAsync(_world, account, "knowledge_manager");
        var id = await KnowledgeCalls.AddArticleAsync(specialist, service);

        (await specialist.PostAsync("/v1/knowledge_articles", new { subject = "S", instructions = "I", service_id = service, status = "validated" }))
            .ExpectValidation(("status", "can only be set to validated or archived by a knowledge manager"));
        (await specialist.PatchAsync($"/v1/knowledge_articles/{id}", new { status = "not_validated" })).Expect(200);
        (await specialist.PatchAsync($"/v1/knowledge_articles/{id}", new { status = "validated" }))
            .ExpectValidation(("status", "can only be set to validated or archived by a knowledge manager"));

        (await manager.PatchAsync($"/v1/knowledge_articles/{id}", new { status = "validated" })).Expect(200);
        // Validated, it is the knowledge managers' alone: a specialist's change is refused and changes nothing.
        (await specialist.PatchAsync($"/v1/knowledge_articles/{id}", new { subject = "Changed" })).Expect(403);
        Assert.NotEqual("Changed", (await specialist.GetAsync($"/v1/knowledge_articles/{id}")).Expect(200).Record.Str("subject"));

        (await manager.PatchAsync($"/v1/knowledge_articles/{id}", new { status = "archived" })).Expect(200);
        Assert.Equal([id], await KnowledgeCalls.SeenAsync(specialist, "/v1/knowledge_articles/archived"));
        Assert.Empty(await KnowledgeCalls.SeenAsync(specialist, "/v1/knowledge_articles/validated"));
    }

    [Fact]
    public async Task People_without_a_specialist_role_write_no_article()
    {
        var account = await _world.SupportDomainAsync();
        var service = await account.AddServiceAsync();
        var auditor = await KnowledgeCalls.PersonWithRolesAsync(_world, account, "auditor");
        var endUser = await KnowledgeCalls.PersonWithRolesAsync(_world, account);
        var id = await KnowledgeCalls.AddArticleAsync(account.Owner, service);

        (await auditor.PostAsync("/v1/knowledge_articles", new { subject = "S", instructions = "I", service_id = service })).Expect(403);
        (await auditor.PatchAsync($"/v1/knowledge_articles/{id}", new { subject = "S" })).Expect(403);
        (await endUser.PostAsync("/v1/knowledge_articles", new { subject = "S", instructions = "I", service_id = service })).Expect(403);
        // An end user does not see the article in progress, so for them it does not exist.
        Answers.SameAsMissing(
            await endUser.PatchAsync($"/v1/knowledge_articles/{id}", new { subject = "S" }),
            await endUser.PatchAsync($"/v1/knowledge_articles/{Answers.NeverExistingId}", new { subject = "S" }));
        Assert.Equal([id], await KnowledgeCalls.SeenAsync(auditor));
    }

    [Fact]
    public async Task A_stale_version_is_refused_with_412()
    {
        var account = await _world.SupportDomainAsync();
        var id = await KnowledgeCalls.AddArticleAsync(account.Owner, await account.AddServiceAsync());
        (await account.Owner.PatchAsync($"/v1/knowledge_articles/{id}", new { subject = "First" }, ("If-Match", "W/\"0\""))).Expect(200);
        (await account.Owner.PatchAsync($"/v1/knowledge_articles/{id}", new { subject = "Second" }, ("If-Match", "W/\"0\""))).Expect(412);
        Assert.Equal("First", (await account.Owner.GetAsync($"/v1/knowledge_articles/{id}")).Expect(200).Record.Str("subject"));
    }

    [Fact]
    public async Task The_audit_trail_names_each_change_and_stays_in_the_articles_account()
    {
        var account = await _world.SupportDomainAsync();
        var service = await account.AddServiceAsync();
        var id = await KnowledgeCalls.AddArticleAsync(account.Owner, service, subject: "Before");
        (await account.Owner.PatchAsync($"/v1/knowledge_articles/{id}", new { subject = "After", keywords = "k" })).Expect(200);
        (await account.Owner.PatchAsync($"/v1/knowledge_articles/{id}", new { subject = "After" })).Expect(200);

        var trail = (await account.Owner.GetAsync($"/v1/knowledge_articles/{id}/audit")).Expect(200).Items;
        Assert.Equal(["create", "update"], trail.Select(e => e!.Str("action")).ToList());
        Assert.Equal("[null,\"Before\"]", trail[0]!["changes"]!["subject"]!.ToJsonString());
        Assert.Equal("{\"subject\":[\"Before\",\"After\"],\"keywords\":[null,\"k\"]}", trail[1]!["changes"]!.ToJsonString());
        Assert.Equal(account.OwnerId, trail[1]!["created_by"]!.Number("id"));

        var other = await _world.SupportDomainAsync();
        Answers.SameAsMissing(
            await other.Owner.GetAsync($"/v1/knowledge_articles/{id}/audit"),
            await other.Owner.GetAsync($"/v1/knowledge_articles/{Answers.NeverExistingId}/audit"));
    }
}
