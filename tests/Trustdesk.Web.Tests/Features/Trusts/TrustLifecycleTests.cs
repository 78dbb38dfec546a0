using System.Text.Json.Nodes;
using Trustdesk.Web.Tests.Infrastructure;
using static Trustdesk.Web.Tests.Features.Trusts.TrustCalls;

namespace Trustdesk.Web.Tests.Features.Trusts;

/// <summary>
/// Every step of a trust's life (product.md §3): invite, then accept, reject, cancel or expire; an accepted trust
/// revoked by either side. Each step is audited with the acting account, the person and the time, which these tests
/// read exactly from a server whose clock they move.
/// </summary>
public sealed class TrustLifecycleTests(FakeClockServer server) : IClassFixture<FakeClockServer>
{
    private TestWorld World => server.World;

    private string Now => Stamp(server.Clock.GetUtcNow());

    [Fact]
    public async Task The_invited_provider_accepts_and_both_sides_see_the_accepted_trust_and_its_audit()
    {
        var customer = await World.SupportDomainAsync();
        var provider = await World.SupportDomainAsync();
        var invitedAt = Now;

        var invited = (await InviteAsync(customer.Owner, customer.Id, provider.Id, "cis", "requests", "services")).Expect(201);
        var id = invited.Id;
        var expected = new JsonObject
        {
            ["id"] = id,
            ["customer_account"] = Reference(customer),
            ["provider_account"] = Reference(provider),
            ["inviter_account"] = Reference(customer),
            ["other_account"] = Reference(provider),
            ["status"] = "pending",
            ["options"] = new JsonArray("services", "requests", "cis"),
            ["proposed_options"] = null,
            ["proposer_account"] = null,
            ["proposed_at"] = null,
            ["invitation_expires_at"] = Stamp(server.Clock.GetUtcNow().AddDays(30)),
            ["created_at"] = invitedAt,
            ["updated_at"] = invitedAt,
        };
        invited.Expect(201, expected.ToJsonString());
        Assert.Equal("W/\"0\"", invited.Header("ETag"));

        // The provider sees the same invitation, with the customer as the other side.
        server.Clock.Advance(TimeSpan.FromHours(3));
        expected["other_account"] = Reference(customer);
        (await GetAsync(provider.Owner, id)).Expect(200, expected.ToJsonString());
        Assert.Equal([id], (await provider.Owner.GetAsync("/v1/trusts/pending")).Expect(200).Ids());

        var acceptedAt = Now;
        var accepted = (await StepAsync(provider.Owner, id, "accept")).Expect(200);
        expected["status"] = "accepted";
        expected["updated_at"] = acceptedAt;
        accepted.Expect(200, expected.ToJsonString());
        Assert.Equal("W/\"1\"", accepted.Header("ETag"));

        expected["other_account"] = Reference(provider);
        var read = (await GetAsync(customer.Owner, id)).Expect(200, expected.ToJsonString());
        Assert.Equal("W/\"1\"", read.Header("ETag"));

        string[] audit = [Entry("invited", customer, invitedAt), Entry("accepted", provider, acceptedAt)];
        Assert.Equal(audit, await AuditAsync(customer.Owner, id));
        Assert.Equal(audit, await AuditAsync(provider.Owner, id));

        foreach (var side in new[] { customer, provider })
        {
            Assert.Equal([id], (await side.Owner.GetAsync("/v1/trusts/accepted")).Expect(200).Ids());
            Assert.Empty((await side.Owner.GetAsync("/v1/trusts/pending")).Expect(200).Ids());
        }
    }

    [Fact]
    public async Task The_invited_customer_rejects_an_invitation_from_the_provider()
    {
        var customer = await World.SupportDomainAsync();
        var provider = await World.SupportDomainAsync();
        var invitedAt = Now;
        var id = await InvitedAsync(provider, customer, provider, "services");
        Assert.Equal(provider.Id, (await GetAsync(customer.Owner, id)).Expect(200).Record["inviter_account"]!.Str("id"));

        server.Clock.Advance(TimeSpan.FromDays(2));
        var rejectedAt = Now;
        var rejected = (await StepAsync(customer.Owner, id, "reject")).Expect(200);
        Assert.Equal("rejected", rejected.Record.Str("status"));
        Assert.Equal(rejectedAt, rejected.Record.Str("updated_at"));
        Assert.Equal(invitedAt, rejected.Record.Str("created_at"));
        Assert.Equal("W/\"1\"", rejected.Header("ETag"));
        Assert.Equal("rejected", await StatusAsync(provider.Owner, id));

        string[] audit = [Entry("invited", provider, invitedAt), Entry("rejected", customer, rejectedAt)];
        Assert.Equal(audit, await AuditAsync(customer.Owner, id));
        Assert.Equal(audit, await AuditAsync(provider.Owner, id));

        // A rejected invitation does not stand in the way of a new one in the same direction.
        var again = await InvitedAsync(provider, customer, provider, "services");
        Assert.Equal([id, again], (await customer.Owner.GetAsync("/v1/trusts")).Expect(200).Ids());
        Assert.Equal([again], (await customer.Owner.GetAsync("/v1/trusts/pending")).Expect(200).Ids());
    }

    [Fact]
    public async Task The_inviting_side_cancels_its_invitation()
    {
        var customer = await World.SupportDomainAsync();
        var provider = await World.SupportDomainAsync();
        var invitedAt = Now;
        var id = await InvitedAsync(customer, customer, provider, "tasks", "roles");

        server.Clock.Advance(TimeSpan.FromMinutes(10));
        var canceledAt = Now;
        var canceled = (await StepAsync(customer.Owner, id, "cancel")).Expect(200);
        Assert.Equal("canceled", canceled.Record.Str("status"));
        Assert.Equal(canceledAt, canceled.Record.Str("updated_at"));
        Assert.Equal(["tasks", "roles"], Options(canceled));
        Assert.Equal("W/\"1\"", canceled.Header("ETag"));
        Assert.Equal("canceled", await StatusAsync(provider.Owner, id));

        string[] audit = [Entry("invited", customer, invitedAt), Entry("canceled", customer, canceledAt)];
        Assert.Equal(audit, await AuditAsync(customer.Owner, id));
        Assert.Equal(audit, await AuditAsync(provider.Owner, id));
        Assert.Empty((await provider.Owner.GetAsync("/v1/trusts/pending")).Expect(200).Ids());
    }

    [Fact]
    public async Task An_unanswered_invitation_expires_after_thirty_days_and_the_expiry_is_audited_once()
    {
        var customer = await World.SupportDomainAsync();
        var provider = await World.SupportDomainAsync();
        var invitedAt = Now;
        var expiresAt = Stamp(server.Clock.GetUtcNow().AddDays(30));
        var id = await InvitedAsync(customer, customer, provider);

        // One second before the end of its lifetime it is still pending, and reading it records nothing.
        server.Clock.Advance(TimeSpan.FromDays(30) - TimeSpan.FromSeconds(1));
        Assert.Equal("pending", await StatusAsync(provider.Owner, id));
        Assert.Equal([id], (await provider.Owner.GetAsync("/v1/trusts/pending")).Expect(200).Ids());
        Assert.Equal([Entry("invited", customer, invitedAt)], await AuditAsync(customer.Owner, id));

        server.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(expiresAt, Now);
        // The first reads after the moment come from both sides at once, through every read path.
        var reads = await Task.WhenAll(
            GetAsync(customer.Owner, id), GetAsync(provider.Owner, id),
            customer.Owner.GetAsync("/v1/trusts"), provider.Owner.GetAsync("/v1/trusts/pending"),
            customer.Owner.GetAsync($"/v1/trusts/{id}/audit"), provider.Owner.GetAsync($"/v1/trusts/{id}/audit"));
        Assert.All(reads, r => r.Expect(200));
        Assert.Equal("expired", reads[0].Record.Str("status"));
        Assert.Equal("expired", reads[1].Record.Str("status"));
        Assert.Equal(["expired"], reads[2].Values("status"));
        Assert.Empty(reads[3].Items);

        var read = (await GetAsync(provider.Owner, id)).Expect(200);
        Assert.Equal("expired", read.Record.Str("status"));
        Assert.Equal(expiresAt, read.Record.Str("invitation_expires_at"));
        Assert.Equal(expiresAt, read.Record.Str("updated_at"));
        Assert.Equal("W/\"1\"", read.Header("ETag"));
        Assert.Equal([id], (await provider.Owner.GetAsync("/v1/trusts?status=expired")).Expect(200).Ids());
        Assert.Equal([id], (await customer.Owner.GetAsync("/v1/trusts?status=expired")).Expect(200).Ids());
        Assert.Empty((await customer.Owner.GetAsync("/v1/trusts/pending")).Expect(200).Ids());

        string[] audit = [Entry("invited", customer, invitedAt), Expired(expiresAt)];
        Assert.Equal(audit, await AuditAsync(customer.Owner, id));
        Assert.Equal(audit, await AuditAsync(provider.Owner, id));

        // Nobody answers an expired invitation any more, and trying changes nothing.
        server.Clock.Advance(TimeSpan.FromHours(1));
        var before = await SnapshotAsync(customer.Owner, id);
        (await StepAsync(provider.Owner, id, "accept")).ExpectValidation(("status", "is expired, not pending"));
        (await StepAsync(provider.Owner, id, "reject")).ExpectValidation(("status", "is expired, not pending"));
        (await StepAsync(customer.Owner, id, "cancel")).ExpectValidation(("status", "is expired, not pending"));
        (await StepAsync(customer.Owner, id, "revoke")).ExpectValidation(("status", "is expired, not accepted"));
        Assert.Equal(before, await SnapshotAsync(customer.Owner, id));
        Assert.Equal(audit, await AuditAsync(provider.Owner, id));

        // The same direction may be invited again.
        var again = await InvitedAsync(customer, customer, provider);
        Assert.Equal([again], (await provider.Owner.GetAsync("/v1/trusts/pending")).Expect(200).Ids());
    }

    [Fact]
    public async Task An_invitation_past_its_lifetime_cannot_be_answered_before_anyone_read_it_and_the_first_read_records_the_expiry()
    {
        var customer = await World.SupportDomainAsync();
        var provider = await World.SupportDomainAsync();
        var invitedAt = Now;
        var expiresAt = Stamp(server.Clock.GetUtcNow().AddDays(30));
        var id = await InvitedAsync(provider, customer, provider);

        server.Clock.Advance(TimeSpan.FromDays(45));
        (await StepAsync(customer.Owner, id, "accept")).ExpectValidation(("status", "is expired, not pending"));
        (await StepAsync(customer.Owner, id, "reject")).ExpectValidation(("status", "is expired, not pending"));
        (await StepAsync(provider.Owner, id, "cancel")).ExpectValidation(("status", "is expired, not pending"));

        // The refused steps wrote nothing. The first read, two weeks after the moment, records the expiry once, as of
        // the moment it expired.
        string[] audit = [Entry("invited", provider, invitedAt), Expired(expiresAt)];
        Assert.Equal(audit, await AuditAsync(customer.Owner, id));
        server.Clock.Advance(TimeSpan.FromMinutes(5));
        var read = (await GetAsync(customer.Owner, id)).Expect(200);
        Assert.Equal("expired", read.Record.Str("status"));
        Assert.Equal(expiresAt, read.Record.Str("invitation_expires_at"));
        Assert.Equal(expiresAt, read.Record.Str("updated_at"));
        Assert.Equal("W/\"1\"", read.Header("ETag"));
        Assert.Equal(audit, await AuditAsync(provider.Owner, id));
    }

    [Fact]
    public async Task The_customer_revokes_an_accepted_trust()
    {
        var customer = await World.SupportDomainAsync();
        var provider = await World.SupportDomainAsync();
        var invitedAt = Now;
        var id = await InvitedAsync(customer, customer, provider);
        server.Clock.Advance(TimeSpan.FromMinutes(1));
        var acceptedAt = Now;
        (await StepAsync(provider.Owner, id, "accept")).Expect(200);

        server.Clock.Advance(TimeSpan.FromDays(40));
        var revokedAt = Now;
        var revoked = (await StepAsync(customer.Owner, id, "revoke")).Expect(200);
        Assert.Equal("revoked", revoked.Record.Str("status"));
        Assert.Equal(revokedAt, revoked.Record.Str("updated_at"));
        Assert.Equal("W/\"2\"", revoked.Header("ETag"));
        Assert.Equal("revoked", await StatusAsync(provider.Owner, id));

        string[] audit =
            [Entry("invited", customer, invitedAt), Entry("accepted", provider, acceptedAt), Entry("revoked", customer, revokedAt)];
        Assert.Equal(audit, await AuditAsync(customer.Owner, id));
        Assert.Equal(audit, await AuditAsync(provider.Owner, id));
        foreach (var side in new[] { customer, provider })
            Assert.Empty((await side.Owner.GetAsync("/v1/trusts/accepted")).Expect(200).Ids());
    }

    [Fact]
    public async Task The_provider_revokes_and_administrators_who_live_in_a_directory_are_audited_by_name()
    {
        // The provider's administrator is a person of its directory; the customer's is a directory administrator there.
        var providerDirectory = await World.DirectoryAsync();
        var provider = await World.SupportDomainAsync(providerDirectory);
        await provider.GrantAsync(providerDirectory.OwnerId, "account_administrator");
        var customerDirectory = await World.DirectoryAsync();
        var customer = await World.SupportDomainAsync(customerDirectory);
        await customer.GrantAsync(customerDirectory.OwnerId, "directory_administrator");
        var providerAdministrator = providerDirectory.Owner.In(provider.Id);
        var customerAdministrator = customerDirectory.Owner.In(customer.Id);

        var invitedAt = Now;
        var id = (await InviteAsync(providerAdministrator, customer.Id, provider.Id, "services")).Expect(201).Id;
        server.Clock.Advance(TimeSpan.FromHours(1));
        var acceptedAt = Now;
        (await StepAsync(customerAdministrator, id, "accept")).Expect(200);
        server.Clock.Advance(TimeSpan.FromHours(1));
        var revokedAt = Now;
        Assert.Equal("revoked", (await StepAsync(providerAdministrator, id, "revoke")).Expect(200).Record.Str("status"));

        string[] audit =
        [
            Entry("invited", provider.Id, providerDirectory.OwnerId, "Owner of " + providerDirectory.Id, invitedAt),
            Entry("accepted", customer.Id, customerDirectory.OwnerId, "Owner of " + customerDirectory.Id, acceptedAt),
            Entry("revoked", provider.Id, providerDirectory.OwnerId, "Owner of " + providerDirectory.Id, revokedAt),
        ];
        Assert.Equal(audit, await AuditAsync(customer.Owner, id));
        Assert.Equal(audit, await AuditAsync(provider.Owner, id));
        Assert.Equal(audit, await AuditAsync(customerAdministrator, id));
    }

    [Fact]
    public async Task Listings_filter_and_sort_on_creation_and_update_times()
    {
        var account = await World.SupportDomainAsync();
        var first = await World.SupportDomainAsync();
        var second = await World.SupportDomainAsync();
        var firstAt = Now;
        var older = await InvitedAsync(account, account, first);
        server.Clock.Advance(TimeSpan.FromHours(1));
        var secondAt = Now;
        var newer = await InvitedAsync(account, second, account);
        server.Clock.Advance(TimeSpan.FromHours(1));
        var acceptedAt = Now;
        (await StepAsync(first.Owner, older, "accept")).Expect(200);

        async Task<List<long>> Ids(string query) => (await account.Owner.GetAsync("/v1/trusts?" + query)).Expect(200).Ids();
        Assert.Equal([newer], await Ids($"created_at=>={secondAt}"));
        Assert.Equal([older], await Ids($"created_at=<{secondAt}"));
        Assert.Equal([older], await Ids($"updated_at=>={acceptedAt}"));
        Assert.Equal([older, newer], await Ids($"created_at=>={firstAt}"));
        Assert.Equal([newer, older], await Ids("sort=-created_at"));
        Assert.Equal([newer, older], await Ids("sort=updated_at"));
        Assert.Equal([older, newer], await Ids("sort=-updated_at"));
    }
}
