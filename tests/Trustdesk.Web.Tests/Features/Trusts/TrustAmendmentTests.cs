using Trustdesk.Web.Tests.Infrastructure;
using static Trustdesk.Web.Tests.Features.Trusts.TrustCalls;

namespace Trustdesk.Web.Tests.Features.Trusts;

/// <summary>
/// Amending an accepted trust (ADR 31) over HTTP: either side's administrator takes options away at once; adding is
/// proposed by one side and applies only once the other accepts; a rejected or canceled proposal leaves the options as
/// they were; revoking drops a pending proposal. Both sides read the same trust and the same audit trail, whose times
/// these tests know exactly from a clock they move.
/// </summary>
public sealed class TrustAmendmentTests(FakeClockServer server) : IClassFixture<FakeClockServer>
{
    private TestWorld World => server.World;

    private string Now => Stamp(server.Clock.GetUtcNow());

    private async Task<(Tenant Customer, Tenant Provider, long Id, string[] Audit)> AcceptedTrustAsync(params string[] options)
    {
        var customer = await World.SupportDomainAsync();
        var provider = await World.SupportDomainAsync();
        var invitedAt = Now;
        var id = await InvitedAsync(customer, customer, provider, options);
        server.Clock.Advance(TimeSpan.FromMinutes(5));
        var acceptedAt = Now;
        (await StepAsync(provider.Owner, id, "accept")).Expect(200);
        server.Clock.Advance(TimeSpan.FromDays(2));
        return (customer, provider, id, [Entry("invited", customer, invitedAt), Entry("accepted", provider, acceptedAt)]);
    }

    [Fact]
    public async Task Either_side_takes_an_option_away_at_once_and_the_audit_trail_says_which()
    {
        var (customer, provider, id, audit) = await AcceptedTrustAsync("services", "requests", "tasks");

        var providerRemovedAt = Now;
        var narrowed = (await provider.Owner.PatchAsync($"/v1/trusts/{id}", new { options = new[] { "tasks", "services" } })).Expect(200);
        Assert.Equal(["services", "tasks"], Options(narrowed));
        Assert.Null(narrowed.Record["proposed_options"]);
        Assert.Null(narrowed.Record["proposer_account"]);
        Assert.Null(narrowed.Record["proposed_at"]);
        Assert.Equal(providerRemovedAt, narrowed.Record.Str("updated_at"));
        Assert.Equal("accepted", narrowed.Record.Str("status"));
        Assert.Equal("W/\"2\"", narrowed.Header("ETag"));

        // The other side reads the narrowed trust on its next call.
        var read = (await GetAsync(customer.Owner, id)).Expect(200);
        Assert.Equal(["services", "tasks"], Options(read));
        Assert.Equal("W/\"2\"", read.Header("ETag"));
        Assert.Equal([id], (await customer.Owner.GetAsync("/v1/trusts/accepted")).Expect(200).Ids());

        server.Clock.Advance(TimeSpan.FromHours(1));
        var customerRemovedAt = Now;
        Assert.Equal(["services"], Options((await customer.Owner.PatchAsync($"/v1/trusts/{id}", new { options = new[] { "services" } })).Expect(200)));

        string[] expected =
        [
            .. audit, Amended("options_removed", provider, providerRemovedAt, "requests"), Amended("options_removed", customer, customerRemovedAt, "tasks"),
        ];
        Assert.Equal(expected, await AuditAsync(customer.Owner, id));
        Assert.Equal(expected, await AuditAsync(provider.Owner, id));
    }

    [Fact]
    public async Task An_added_option_is_proposed_and_crosses_the_trust_only_once_the_other_side_accepts_it()
    {
        var (customer, provider, id, audit) = await AcceptedTrustAsync("requests");
        var providerTeam = await provider.AddTeamAsync();
        var workflow = (await customer.Owner.PostAsync("/v1/workflows", new { subject = "Move offices" })).Expect(201).Id;
        object TaskForProvider() => new { workflow_id = workflow, subject = "Pack the servers", category = "implementation", team_id = providerTeam };

        var proposedAt = Now;
        var proposed = (await customer.Owner.PatchAsync($"/v1/trusts/{id}", new { options = new[] { "requests", "tasks" } })).Expect(200);
        Assert.Equal(["requests"], Options(proposed));
        Assert.Equal("""["requests","tasks"]""", proposed.Record["proposed_options"]!.ToJsonString());
        Assert.Equal(Reference(customer).ToJsonString(), proposed.Record["proposer_account"]!.ToJsonString());
        Assert.Equal(proposedAt, proposed.Record.Str("proposed_at"));
        Assert.Equal("W/\"2\"", proposed.Header("ETag"));

        // Until the provider accepts, the trust carries what it did: no task for the provider's team.
        var provided = (await GetAsync(provider.Owner, id)).Expect(200);
        Assert.Equal(["requests"], Options(provided));
        Assert.Equal(Reference(customer).ToJsonString(), provided.Record["proposer_account"]!.ToJsonString());
        (await customer.Owner.PostAsync("/v1/tasks", TaskForProvider()))
            .ExpectValidation(("team_id", "is not a team of this account or of an account it trusts with tasks"));

        // The proposer cannot answer its own proposal.
        var before = await SnapshotAsync(provider.Owner, id);
        (await StepAsync(customer.Owner, id, "accept_amendment")).ExpectValidation(("proposed_options", "only the other account can answer an amendment"));
        (await StepAsync(customer.Owner, id, "reject_amendment")).ExpectValidation(("proposed_options", "only the other account can answer an amendment"));
        (await StepAsync(provider.Owner, id, "cancel_amendment")).ExpectValidation(("proposed_options", "only the proposing account can cancel an amendment"));
        Assert.Equal(before, await SnapshotAsync(provider.Owner, id));

        server.Clock.Advance(TimeSpan.FromDays(1));
        var acceptedAt = Now;
        var accepted = (await StepAsync(provider.Owner, id, "accept_amendment", ("If-Match", "W/\"2\""))).Expect(200);
        Assert.Equal(["requests", "tasks"], Options(accepted));
        Assert.Null(accepted.Record["proposed_options"]);
        Assert.Null(accepted.Record["proposer_account"]);
        Assert.Equal(acceptedAt, accepted.Record.Str("updated_at"));
        Assert.Equal("W/\"3\"", accepted.Header("ETag"));
        (await customer.Owner.PostAsync("/v1/tasks", TaskForProvider())).Expect(201);
        (await StepAsync(provider.Owner, id, "accept_amendment")).ExpectValidation(("proposed_options", "no amendment is pending"));

        string[] expected = [.. audit, Amended("amendment_proposed", customer, proposedAt, "tasks"), Amended("amendment_accepted", provider, acceptedAt, "tasks")];
        Assert.Equal(expected, await AuditAsync(provider.Owner, id));
        Assert.Equal(expected, await AuditAsync(customer.Owner, id));
    }

    [Fact]
    public async Task A_rejected_or_canceled_proposal_leaves_the_options_as_they_were()
    {
        var (customer, provider, id, audit) = await AcceptedTrustAsync("services");

        var firstAt = Now;
        (await provider.Owner.PatchAsync($"/v1/trusts/{id}", new { options = new[] { "services", "roles" } })).Expect(200);
        server.Clock.Advance(TimeSpan.FromHours(2));
        var rejectedAt = Now;
        var rejected = (await StepAsync(customer.Owner, id, "reject_amendment")).Expect(200);
        Assert.Equal(["services"], Options(rejected));
        Assert.Null(rejected.Record["proposed_options"]);

        server.Clock.Advance(TimeSpan.FromHours(2));
        var secondAt = Now;
        (await customer.Owner.PatchAsync($"/v1/trusts/{id}", new { options = new[] { "services", "requests", "cis" } })).Expect(200);
        server.Clock.Advance(TimeSpan.FromHours(2));
        var canceledAt = Now;
        var canceled = (await StepAsync(customer.Owner, id, "cancel_amendment")).Expect(200);
        Assert.Equal(["services"], Options(canceled));
        Assert.Null(canceled.Record["proposed_options"]);

        foreach (var side in new[] { customer, provider })
        {
            Assert.Equal(["services"], Options((await GetAsync(side.Owner, id)).Expect(200)));
            foreach (var step in new[] { "accept_amendment", "reject_amendment", "cancel_amendment" })
                (await StepAsync(side.Owner, id, step)).ExpectValidation(("proposed_options", "no amendment is pending"));
        }
        string[] expected =
        [
            .. audit,
            Amended("amendment_proposed", provider, firstAt, "roles"), Amended("amendment_rejected", customer, rejectedAt, "roles"),
            Amended("amendment_proposed", customer, secondAt, "requests", "cis"), Amended("amendment_canceled", customer, canceledAt, "requests", "cis"),
        ];
        Assert.Equal(expected, await AuditAsync(provider.Owner, id));
    }

    [Fact]
    public async Task A_mixed_amendment_removes_at_once_and_proposes_the_additions()
    {
        var (customer, provider, id, audit) = await AcceptedTrustAsync("services", "requests");
        var at = Now;
        var mixed = (await provider.Owner.PatchAsync($"/v1/trusts/{id}", new { options = new[] { "services", "tasks" } })).Expect(200);
        Assert.Equal(["services"], Options(mixed));
        Assert.Equal("""["services","tasks"]""", mixed.Record["proposed_options"]!.ToJsonString());
        Assert.Equal(Reference(provider).ToJsonString(), mixed.Record["proposer_account"]!.ToJsonString());
        Assert.Equal("W/\"2\"", mixed.Header("ETag"));
        Assert.Equal([.. audit, Amended("options_removed", provider, at, "requests"), Amended("amendment_proposed", provider, at, "tasks")],
            await AuditAsync(customer.Owner, id));
    }

    [Fact]
    public async Task While_a_proposal_is_pending_options_may_be_taken_away_but_no_other_added()
    {
        var (customer, provider, id, _) = await AcceptedTrustAsync("services", "requests");
        (await customer.Owner.PatchAsync($"/v1/trusts/{id}", new { options = new[] { "services", "requests", "tasks" } })).Expect(200);

        var before = await SnapshotAsync(customer.Owner, id);
        const string pending = "can't add options while an amendment is pending: accept, reject or cancel it first";
        (await provider.Owner.PatchAsync($"/v1/trusts/{id}", new { options = new[] { "services", "requests", "tasks" } })).ExpectValidation(("options", pending));
        (await customer.Owner.PatchAsync($"/v1/trusts/{id}", new { options = new[] { "services", "requests", "roles" } })).ExpectValidation(("options", pending));
        // Asking again for what one proposed, or for the options the trust has, changes nothing at all.
        (await customer.Owner.PatchAsync($"/v1/trusts/{id}", new { options = new[] { "requests", "services", "tasks" } })).Expect(200);
        (await provider.Owner.PatchAsync($"/v1/trusts/{id}", new { options = new[] { "services", "requests" } })).Expect(200);
        (await provider.Owner.PatchAsync($"/v1/trusts/{id}", new { })).Expect(200);
        Assert.Equal(before, await SnapshotAsync(customer.Owner, id));

        var narrowed = (await provider.Owner.PatchAsync($"/v1/trusts/{id}", new { options = new[] { "requests" } })).Expect(200);
        Assert.Equal(["requests"], Options(narrowed));
        Assert.Equal("""["requests","tasks"]""", narrowed.Record["proposed_options"]!.ToJsonString());
        Assert.Equal(["requests", "tasks"], Options((await StepAsync(provider.Owner, id, "accept_amendment")).Expect(200)));
    }

    [Fact]
    public async Task Revoking_drops_a_pending_proposal()
    {
        var (customer, provider, id, audit) = await AcceptedTrustAsync("requests");
        var proposedAt = Now;
        (await provider.Owner.PatchAsync($"/v1/trusts/{id}", new { options = new[] { "requests", "roles" } })).Expect(200);
        server.Clock.Advance(TimeSpan.FromMinutes(30));
        var revokedAt = Now;
        var revoked = (await StepAsync(customer.Owner, id, "revoke")).Expect(200);
        Assert.Equal("revoked", revoked.Record.Str("status"));
        Assert.Null(revoked.Record["proposed_options"]);
        Assert.Equal(["requests"], Options(revoked));

        var before = await SnapshotAsync(provider.Owner, id);
        (await StepAsync(customer.Owner, id, "accept_amendment")).ExpectValidation(("status", "is revoked, not accepted"));
        (await provider.Owner.PatchAsync($"/v1/trusts/{id}", new { options = new[] { "roles" } })).ExpectValidation(("status", "is revoked, not accepted"));
        Assert.Equal(before, await SnapshotAsync(provider.Owner, id));
        Assert.Equal([.. audit, Amended("amendment_proposed", provider, proposedAt, "roles"), Entry("revoked", customer, revokedAt)],
            await AuditAsync(customer.Owner, id));
    }
}
