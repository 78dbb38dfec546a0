using Trustdesk.Web.Tests.Infrastructure;
using static Trustdesk.Web.Tests.Features.Trusts.TrustCalls;

namespace Trustdesk.Web.Tests.Features.Trusts;

/// <summary>
/// Every way to ask for something the trust rules refuse: each answers with the right status and body, and leaves
/// the trust, its audit trail and the listings exactly as they were.
/// </summary>
public sealed class TrustRefusalTests
{
    private const string Forbidden = """{"message":"Forbidden"}""";
    private const string Duplicate = "a pending or accepted trust between these accounts in this direction already exists";

    private readonly TestWorld _world = TestWorld.Shared;

    [Fact]
    public async Task The_inviting_side_cannot_answer_its_own_invitation()
    {
        var customer = await _world.SupportDomainAsync();
        var provider = await _world.SupportDomainAsync();
        var byCustomer = await InvitedAsync(customer, customer, provider);
        var other = await _world.SupportDomainAsync();
        var byProvider = await InvitedAsync(provider, other, provider);

        foreach (var (id, inviter, invited) in new[] { (byCustomer, customer, provider), (byProvider, provider, other) })
        {
            var before = await SnapshotAsync(invited.Owner, id);
            foreach (var step in new[] { "accept", "reject" })
                (await StepAsync(inviter.Owner, id, step)).ExpectValidation(("status", "only the invited account can answer an invitation"));
            Assert.Equal(before, await SnapshotAsync(invited.Owner, id));

            // The invited side still can.
            Assert.Equal("accepted", (await StepAsync(invited.Owner, id, "accept")).Expect(200).Record.Str("status"));
        }
    }

    [Theory]
    [InlineData("accepted")]
    [InlineData("rejected")]
    [InlineData("canceled")]
    [InlineData("revoked")]
    [InlineData("pending")]
    public async Task Only_a_pending_invitation_is_answered_or_canceled_and_only_an_accepted_trust_is_revoked(string status)
    {
        var customer = await _world.SupportDomainAsync();
        var provider = await _world.SupportDomainAsync();
        var id = await InvitedAsync(customer, customer, provider);
        if (status is "accepted" or "revoked") (await StepAsync(provider.Owner, id, "accept")).Expect(200);
        if (status is "revoked") (await StepAsync(provider.Owner, id, "revoke")).Expect(200);
        if (status is "rejected") (await StepAsync(provider.Owner, id, "reject")).Expect(200);
        if (status is "canceled") (await StepAsync(customer.Owner, id, "cancel")).Expect(200);
        Assert.Equal(status, await StatusAsync(customer.Owner, id));
        var before = await SnapshotAsync(customer.Owner, id);

        if (status != "pending")
        {
            (await StepAsync(provider.Owner, id, "accept")).ExpectValidation(("status", $"is {status}, not pending"));
            (await StepAsync(provider.Owner, id, "reject")).ExpectValidation(("status", $"is {status}, not pending"));
            (await StepAsync(customer.Owner, id, "cancel")).ExpectValidation(("status", $"is {status}, not pending"));
        }
        if (status != "accepted")
            foreach (var side in new[] { customer, provider })
                (await StepAsync(side.Owner, id, "revoke")).ExpectValidation(("status", $"is {status}, not accepted"));

        Assert.Equal(before, await SnapshotAsync(customer.Owner, id));
    }

    [Fact]
    public async Task The_invited_side_cannot_cancel_an_invitation()
    {
        var customer = await _world.SupportDomainAsync();
        var provider = await _world.SupportDomainAsync();
        var id = await InvitedAsync(provider, customer, provider);
        var before = await SnapshotAsync(provider.Owner, id);

        (await StepAsync(customer.Owner, id, "cancel")).ExpectValidation(("status", "only the inviting account can cancel an invitation"));

        Assert.Equal(before, await SnapshotAsync(provider.Owner, id));
        Assert.Equal([id], (await customer.Owner.GetAsync("/v1/trusts/pending")).Expect(200).Ids());
    }

    [Fact]
    public async Task Invitations_with_invalid_sides_or_options_are_refused_and_create_nothing()
    {
        var account = await _world.SupportDomainAsync();
        var other = await _world.SupportDomainAsync();
        var caller = account.Owner;
        const string allowed = "services, requests, tasks, roles, cis";

        (await InviteAsync(caller, account.Id, account.Id, "services"))
            .ExpectValidation(("provider_account_id", "an account can't trust itself"));
        (await InviteAsync(caller, account.Id, other.Id, "services", "payroll"))
            .ExpectValidation(("options", $"'payroll' is not one of: {allowed}"));
        (await InviteAsync(caller, account.Id, other.Id, "Services"))
            .ExpectValidation(("options", $"'Services' is not one of: {allowed}"));
        (await caller.PostAsync("/v1/trusts", new { customer_account_id = account.Id, provider_account_id = other.Id, options = new[] { "services", null } }))
            .ExpectValidation(("options", $"'' is not one of: {allowed}"));
        (await InviteAsync(caller, account.Id, other.Id))
            .ExpectValidation(("options", "can't be blank"));
        (await caller.PostAsync("/v1/trusts", new { customer_account_id = account.Id, provider_account_id = other.Id }))
            .ExpectValidation(("options", "can't be blank"));
        (await caller.PostAsync("/v1/trusts", new { customer_account_id = account.Id, provider_account_id = other.Id, options = "services" }))
            .ExpectValidation(("options", "has the wrong type"));
        (await caller.PostAsync("/v1/trusts", new { customer_account_id = account.Id, provider_account_id = other.Id, options = new[] { "services" }, status = "accepted" }))
            .ExpectValidation(("status", "is not a known field"));
        (await InviteAsync(caller, account.Id, null, "services"))
            .ExpectValidation(("provider_account_id", "must be an account id"));
        (await InviteAsync(caller, "Not An Account", account.Id, "services"))
            .ExpectValidation(("customer_account_id", "must be an account id"));

        Assert.Equal(0, await CountAsync(account.Owner));
        Assert.Equal(0, await CountAsync(other.Owner));
    }

    [Fact]
    public async Task An_account_invites_only_into_trusts_it_is_a_side_of()
    {
        var account = await _world.SupportDomainAsync();
        var customer = await _world.SupportDomainAsync();
        var provider = await _world.SupportDomainAsync();

        (await InviteAsync(account.Owner, customer.Id, provider.Id, "services"))
            .ExpectValidation(("customer_account_id", "one side of the trust must be the current account"));

        foreach (var side in new[] { account, customer, provider }) Assert.Equal(0, await CountAsync(side.Owner));
    }

    [Fact]
    public async Task The_other_side_must_be_an_existing_enabled_account_and_a_disabled_one_answers_like_a_missing_one()
    {
        var account = await _world.SupportDomainAsync();
        var disabled = await _world.SupportDomainAsync();
        (await _world.Server.Operator.PatchAsync($"/v1/accounts/{disabled.Id}", new { disabled = true })).Expect(200);

        var unknownProvider = (await InviteAsync(account.Owner, account.Id, Ids.Account(), "services"))
            .ExpectValidation(("provider_account_id", "is not an account"));
        (await InviteAsync(account.Owner, Ids.Account(), account.Id, "services"))
            .ExpectValidation(("customer_account_id", "is not an account"));
        var disabledProvider = (await InviteAsync(account.Owner, account.Id, disabled.Id, "services"))
            .ExpectValidation(("provider_account_id", "is not an account"));
        Assert.Equal(unknownProvider.Body, disabledProvider.Body);

        Assert.Equal(0, await CountAsync(account.Owner));
        (await _world.Server.Operator.PatchAsync($"/v1/accounts/{disabled.Id}", new { disabled = false })).Expect(200);
        Assert.Equal(0, await CountAsync(disabled.Owner));
    }

    [Fact]
    public async Task A_second_pending_or_accepted_trust_in_the_same_direction_is_refused_while_the_reverse_direction_is_allowed()
    {
        var customer = await _world.SupportDomainAsync();
        var provider = await _world.SupportDomainAsync();
        var id = await InvitedAsync(customer, customer, provider, "services");
        var before = await SnapshotAsync(customer.Owner, id);

        // Pending: neither side may open the same direction again, whatever the options.
        (await InviteAsync(customer.Owner, customer.Id, provider.Id, "services")).ExpectValidation(("provider_account_id", Duplicate));
        (await InviteAsync(provider.Owner, customer.Id, provider.Id, "requests")).ExpectValidation(("provider_account_id", Duplicate));
        Assert.Equal(before, await SnapshotAsync(customer.Owner, id));
        Assert.Equal([id], (await provider.Owner.GetAsync("/v1/trusts")).Expect(200).Ids());

        // The reverse direction is a different trust.
        var reverse = (await InviteAsync(customer.Owner, provider.Id, customer.Id, "services")).Expect(201);
        Assert.Equal(provider.Id, reverse.Record["customer_account"]!.Str("id"));

        // Accepted: still refused.
        (await StepAsync(provider.Owner, id, "accept")).Expect(200);
        before = await SnapshotAsync(provider.Owner, id);
        (await InviteAsync(customer.Owner, customer.Id, provider.Id, "services")).ExpectValidation(("provider_account_id", Duplicate));
        (await InviteAsync(provider.Owner, customer.Id, provider.Id, "tasks")).ExpectValidation(("provider_account_id", Duplicate));
        Assert.Equal(before, await SnapshotAsync(provider.Owner, id));
        Assert.Equal([id, reverse.Id], (await customer.Owner.GetAsync("/v1/trusts")).Expect(200).Ids());
    }

    [Fact]
    public async Task A_specialist_reads_trusts_but_neither_invites_nor_answers_nor_cancels_nor_revokes()
    {
        var directory = await _world.DirectoryAsync();
        var account = await _world.SupportDomainAsync(directory);
        var other = await _world.SupportDomainAsync();
        await account.GrantAsync(directory.OwnerId, "specialist");
        var specialist = directory.Owner.In(account.Id);

        Answers.AssertErrorShape((await InviteAsync(specialist, account.Id, other.Id, "services")).Expect(403, Forbidden));
        (await InviteAsync(specialist, other.Id, account.Id, "services")).Expect(403, Forbidden);
        Assert.Equal(0, await CountAsync(account.Owner));
        Assert.Equal(0, await CountAsync(other.Owner));

        // An invitation to the specialist's account: neither accepted nor rejected by them.
        var invitation = await InvitedAsync(other, account, other);
        var before = await SnapshotAsync(other.Owner, invitation);
        (await StepAsync(specialist, invitation, "accept")).Expect(403, Forbidden);
        (await StepAsync(specialist, invitation, "reject")).Expect(403, Forbidden);
        Assert.Equal(before, await SnapshotAsync(other.Owner, invitation));

        // An invitation from the specialist's account: not canceled by them.
        var sent = await InvitedAsync(account, other, account);
        before = await SnapshotAsync(other.Owner, sent);
        (await StepAsync(specialist, sent, "cancel")).Expect(403, Forbidden);
        Assert.Equal(before, await SnapshotAsync(other.Owner, sent));

        // An accepted trust: not revoked by them, though they read it and its audit.
        (await StepAsync(account.Owner, invitation, "accept")).Expect(200);
        before = await SnapshotAsync(other.Owner, invitation);
        (await StepAsync(specialist, invitation, "revoke")).Expect(403, Forbidden);
        Assert.Equal(before, await SnapshotAsync(other.Owner, invitation));
        Assert.Equal("accepted", await StatusAsync(specialist, invitation));
        Assert.Equal([invitation, sent], (await specialist.GetAsync("/v1/trusts")).Expect(200).Ids());
        Assert.Equal(2, (await AuditAsync(specialist, invitation)).Count);

        // A trust between two other accounts is missing to them, not forbidden.
        var foreign = await InvitedAsync(other, other, await _world.SupportDomainAsync());
        foreach (var step in new[] { "accept", "reject", "cancel", "revoke" })
            Answers.SameAsMissing(await StepAsync(specialist, foreign, step), await StepAsync(specialist, Answers.NeverExistingId, step));
    }

    [Fact]
    public async Task A_person_without_a_role_gets_403_on_the_list_and_404_on_a_trust()
    {
        var directory = await _world.DirectoryAsync();
        var account = await _world.SupportDomainAsync(directory);
        var other = await _world.SupportDomainAsync();
        var id = await InvitedAsync(other, account, other);
        var endUser = directory.Owner.In(account.Id);
        var before = await SnapshotAsync(account.Owner, id);

        foreach (var path in new[] { "/v1/trusts", "/v1/trusts/pending", "/v1/trusts/accepted" })
            Answers.AssertErrorShape((await endUser.GetAsync(path)).Expect(403, Forbidden));
        Answers.SameAsMissing(await endUser.GetAsync($"/v1/trusts/{id}"), await endUser.GetAsync($"/v1/trusts/{Answers.NeverExistingId}"));
        Answers.SameAsMissing(
            await endUser.GetAsync($"/v1/trusts/{id}/audit"), await endUser.GetAsync($"/v1/trusts/{Answers.NeverExistingId}/audit"));
        foreach (var step in new[] { "accept", "reject", "cancel", "revoke" })
            Answers.SameAsMissing(await StepAsync(endUser, id, step), await StepAsync(endUser, Answers.NeverExistingId, step));
        (await InviteAsync(endUser, account.Id, other.Id, "services")).Expect(403, Forbidden);

        Assert.Equal(before, await SnapshotAsync(account.Owner, id));
        Assert.Equal(1, await CountAsync(account.Owner));
    }

    [Fact]
    public async Task A_third_account_acting_on_a_trust_gets_the_same_404_as_for_a_missing_one()
    {
        var customer = await _world.SupportDomainAsync();
        var provider = await _world.SupportDomainAsync();
        var third = await _world.SupportDomainAsync();
        var id = await InvitedAsync(customer, customer, provider);

        async Task AllStepsLookMissingAsync()
        {
            var before = await SnapshotAsync(customer.Owner, id);
            foreach (var step in new[] { "accept", "reject", "cancel", "revoke" })
                Answers.SameAsMissing(await StepAsync(third.Owner, id, step), await StepAsync(third.Owner, Answers.NeverExistingId, step));
            Answers.SameAsMissing(
                await StepAsync(third.Owner, id, "accept", ("If-Match", "W/\"0\"")),
                await StepAsync(third.Owner, Answers.NeverExistingId, "accept", ("If-Match", "W/\"0\"")));
            Answers.SameAsMissing(await GetAsync(third.Owner, id), await GetAsync(third.Owner, Answers.NeverExistingId));
            Answers.SameAsMissing(
                await third.Owner.GetAsync($"/v1/trusts/{id}/audit"), await third.Owner.GetAsync($"/v1/trusts/{Answers.NeverExistingId}/audit"));
            Assert.Equal(before, await SnapshotAsync(customer.Owner, id));
        }

        await AllStepsLookMissingAsync();
        (await StepAsync(provider.Owner, id, "accept")).Expect(200);
        await AllStepsLookMissingAsync();
        Assert.Equal(0, await CountAsync(third.Owner));
    }

    [Fact]
    public async Task A_step_with_a_stale_if_match_answers_412_and_changes_nothing()
    {
        var customer = await _world.SupportDomainAsync();
        var provider = await _world.SupportDomainAsync();
        var invited = (await InviteAsync(customer.Owner, customer.Id, provider.Id, "services")).Expect(201);
        var id = invited.Id;
        var pendingTag = invited.Header("ETag")!;
        const string body = """{"message":"Precondition Failed: the record has changed since it was read"}""";

        var before = await SnapshotAsync(provider.Owner, id);
        Answers.AssertErrorShape((await StepAsync(provider.Owner, id, "accept", ("If-Match", "W/\"5\""))).Expect(412, body));
        Assert.Equal(before, await SnapshotAsync(provider.Owner, id));

        var accepted = (await StepAsync(provider.Owner, id, "accept", ("If-Match", pendingTag))).Expect(200);
        var acceptedTag = accepted.Header("ETag")!;
        Assert.NotEqual(pendingTag, acceptedTag);

        // The customer revokes with the tag it read before the provider accepted.
        before = await SnapshotAsync(customer.Owner, id);
        (await StepAsync(customer.Owner, id, "revoke", ("If-Match", pendingTag))).Expect(412, body);
        Assert.Equal(before, await SnapshotAsync(customer.Owner, id));
        Assert.Equal("revoked", (await StepAsync(customer.Owner, id, "revoke", ("If-Match", acceptedTag))).Expect(200).Record.Str("status"));
    }

    [Fact]
    public async Task Malformed_json_answers_400_and_creates_nothing()
    {
        var account = await _world.SupportDomainAsync();
        var other = await _world.SupportDomainAsync();
        const string invalid = """{"message":"Invalid JSON string posted"}""";

        foreach (var raw in new[] { $$"""{"customer_account_id":"{{account.Id}}",""", "[]", "not json", "", $$$"""{"provider_account_id":"{{{other.Id}}}"}}""" })
            Answers.AssertErrorShape((await account.Owner.SendRawAsync(HttpMethod.Post, "/v1/trusts", raw)).Expect(400, invalid));

        Assert.Equal(0, await CountAsync(account.Owner));
        Assert.Equal(0, await CountAsync(other.Owner));
    }
}
