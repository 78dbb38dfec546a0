using Trustdesk.Web.Tests.Features.Events;
using Trustdesk.Web.Tests.Infrastructure;
using static Trustdesk.Web.Tests.Features.Trusts.TrustCalls;

namespace Trustdesk.Web.Tests.Features.Trusts;

/// <summary>
/// Every way to amend a trust that the rules refuse (ADR 31): each answers with its status and body and leaves the trust,
/// its audit trail and what crosses it exactly as they were; concurrent amendments never overwrite each other unseen.
/// </summary>
public sealed class TrustAmendmentRefusalTests
{
    private const string Forbidden = """{"message":"Forbidden"}""";
    private const string NoOptions = "can't be blank: revoke the trust to end it";
    private static readonly string[] AmendmentSteps = ["accept_amendment", "reject_amendment", "cancel_amendment"];

    private readonly TestWorld _world = TestWorld.Shared;

    private static Task<ApiResponse> AmendAsync(ApiClient caller, long id, params string[] options) =>
        caller.PatchAsync($"/v1/trusts/{id}", new { options });

    /// <summary>Every change a caller could try on a trust: narrowing, widening, and the three answers.</summary>
    private static async Task<List<ApiResponse>> EveryChangeAsync(ApiClient caller, long id)
    {
        var answers = new List<ApiResponse> { await AmendAsync(caller, id, "services"), await AmendAsync(caller, id, "services", "requests", "roles") };
        foreach (var step in AmendmentSteps) answers.Add(await StepAsync(caller, id, step));
        return answers;
    }

    [Fact]
    public async Task Only_administrators_of_the_two_sides_amend_others_get_403_and_a_third_account_the_404_of_a_missing_trust()
    {
        var directory = await _world.DirectoryAsync();
        var customer = await _world.SupportDomainAsync(directory);
        var provider = await _world.SupportDomainAsync();
        var third = await _world.SupportDomainAsync();
        var id = await InvitedAsync(customer, customer, provider, "services", "requests");
        (await StepAsync(provider.Owner, id, "accept")).Expect(200);
        (await AmendAsync(provider.Owner, id, "services", "requests", "tasks")).Expect(200);
        await customer.GrantAsync(directory.OwnerId, "specialist");
        var specialist = directory.Owner.In(customer.Id);
        var endUser = _world.Server.Client(await ServerWrites.IssueTokenAsync(_world.Server, customer.Id, await customer.AddPersonAsync()), customer.Id);
        var before = await SnapshotAsync(customer.Owner, id);
        var beforeAtProvider = await SnapshotAsync(provider.Owner, id);

        // A specialist of a side reads the trust, but every change is forbidden.
        Assert.Equal(["services", "requests"], Options((await GetAsync(specialist, id)).Expect(200)));
        foreach (var refused in await EveryChangeAsync(specialist, id)) Answers.AssertErrorShape(refused.Expect(403, Forbidden));
        Assert.Equal(before, await SnapshotAsync(customer.Owner, id));

        // Without a role in a side, and from a third account, the trust is missing: byte for byte a missing id's answer.
        foreach (var outsider in new[] { third.Owner, endUser })
        {
            var foreign = await EveryChangeAsync(outsider, id);
            var missing = await EveryChangeAsync(outsider, Answers.NeverExistingId);
            for (var i = 0; i < foreign.Count; i++) Answers.SameAsMissing(foreign[i], missing[i]);
            Answers.SameAsMissing(
                await outsider.PatchAsync($"/v1/trusts/{id}", new { options = new[] { "services" } }, ("If-Match", "W/\"2\"")),
                await outsider.PatchAsync($"/v1/trusts/{Answers.NeverExistingId}", new { options = new[] { "services" } }, ("If-Match", "W/\"2\"")));
            Answers.SameAsMissing(
                await outsider.SendRawAsync(HttpMethod.Patch, $"/v1/trusts/{id}", "not json"),
                await outsider.SendRawAsync(HttpMethod.Patch, $"/v1/trusts/{Answers.NeverExistingId}", "not json"));
        }
        Assert.Equal(before, await SnapshotAsync(customer.Owner, id));
        Assert.Equal(beforeAtProvider, await SnapshotAsync(provider.Owner, id));
        Assert.Equal(0, await CountAsync(third.Owner));
    }

    [Fact]
    public async Task Bad_options_and_unknown_fields_answer_422_malformed_json_400_and_nothing_changes()
    {
        var customer = await _world.SupportDomainAsync();
        var provider = await _world.SupportDomainAsync();
        var id = await AcceptedAsync(customer, provider);
        var before = await SnapshotAsync(provider.Owner, id);
        var beforeAtCustomer = await SnapshotAsync(customer.Owner, id);
        const string allowed = "services, requests, tasks, roles, cis";
        var path = $"/v1/trusts/{id}";

        (await AmendAsync(customer.Owner, id, "requests", "payroll")).ExpectValidation(("options", $"'payroll' is not one of: {allowed}"));
        (await AmendAsync(provider.Owner, id, "Requests")).ExpectValidation(("options", $"'Requests' is not one of: {allowed}"));
        (await customer.Owner.PatchAsync(path, new { options = new[] { "requests", null } })).ExpectValidation(("options", $"'' is not one of: {allowed}"));
        (await AmendAsync(customer.Owner, id)).ExpectValidation(("options", NoOptions));
        (await customer.Owner.PatchAsync(path, new { options = (string[]?)null })).ExpectValidation(("options", NoOptions));
        (await customer.Owner.PatchAsync(path, new { options = "requests" })).ExpectValidation(("options", "has the wrong type"));
        (await customer.Owner.PatchAsync(path, new { options = new[] { "requests" }, status = "revoked" })).ExpectValidation(("status", "is not a known field"));
        (await customer.Owner.PatchAsync(path, new { proposed_options = new[] { "requests", "tasks" } })).ExpectValidation(("proposed_options", "is not a known field"));
        const string invalid = """{"message":"Invalid JSON string posted"}""";
        foreach (var raw in new[] { """{"options":["requests"]""", "[]", "not json", "" })
            Answers.AssertErrorShape((await customer.Owner.SendRawAsync(HttpMethod.Patch, path, raw)).Expect(400, invalid));

        Assert.Equal(before, await SnapshotAsync(provider.Owner, id));
        Assert.Equal(beforeAtCustomer, await SnapshotAsync(customer.Owner, id));
    }

    [Theory]
    [InlineData("pending")]
    [InlineData("rejected")]
    [InlineData("canceled")]
    [InlineData("revoked")]
    public async Task Only_an_accepted_trust_is_amended(string status)
    {
        var customer = await _world.SupportDomainAsync();
        var provider = await _world.SupportDomainAsync();
        var id = await InvitedAsync(customer, customer, provider, "services");
        if (status is "revoked") (await StepAsync(provider.Owner, id, "accept")).Expect(200);
        var step = status switch { "rejected" => (provider, "reject"), "canceled" => (customer, "cancel"), "revoked" => (customer, "revoke"), _ => default };
        if (step.Item1 is { } by) (await StepAsync(by.Owner, id, step.Item2)).Expect(200);
        var before = await SnapshotAsync(customer.Owner, id);

        foreach (var side in new[] { customer, provider })
        {
            (await AmendAsync(side.Owner, id, "requests")).ExpectValidation(("status", $"is {status}, not accepted"));
            (await AmendAsync(side.Owner, id, "services", "requests")).ExpectValidation(("status", $"is {status}, not accepted"));
            foreach (var answer in AmendmentSteps) (await StepAsync(side.Owner, id, answer)).ExpectValidation(("status", $"is {status}, not accepted"));
        }
        Assert.Equal(before, await SnapshotAsync(customer.Owner, id));
    }

    [Fact]
    public async Task A_trust_is_not_amended_to_no_options_at_all()
    {
        var customer = await _world.SupportDomainAsync();
        var provider = await _world.SupportDomainAsync();
        var id = await AcceptedAsync(customer, provider);
        var before = await SnapshotAsync(customer.Owner, id);
        (await AmendAsync(provider.Owner, id, [])).ExpectValidation(("options", NoOptions));
        Assert.Equal(before, await SnapshotAsync(customer.Owner, id));
    }

    [Fact]
    public async Task An_amendment_with_a_stale_if_match_answers_412_and_changes_nothing()
    {
        var customer = await _world.SupportDomainAsync();
        var provider = await _world.SupportDomainAsync();
        var id = await InvitedAsync(customer, customer, provider, "services", "requests");
        var accepted = (await StepAsync(provider.Owner, id, "accept")).Expect(200);
        var acceptedTag = accepted.Header("ETag")!;
        const string body = """{"message":"Precondition Failed: the record has changed since it was read"}""";

        var narrowed = (await provider.Owner.PatchAsync($"/v1/trusts/{id}", new { options = new[] { "services" } }, ("If-Match", acceptedTag))).Expect(200);
        var before = await SnapshotAsync(customer.Owner, id);
        // The customer decides on what it read before the provider's change: refused, whichever way it goes.
        Answers.AssertErrorShape((await customer.Owner.PatchAsync($"/v1/trusts/{id}", new { options = new[] { "requests" } }, ("If-Match", acceptedTag)))
            .Expect(412, body));
        (await customer.Owner.PatchAsync($"/v1/trusts/{id}", new { options = new[] { "services", "tasks" } }, ("If-Match", acceptedTag))).Expect(412, body);
        Assert.Equal(before, await SnapshotAsync(customer.Owner, id));

        (await customer.Owner.PatchAsync($"/v1/trusts/{id}", new { options = new[] { "services", "tasks" } }, ("If-Match", narrowed.Header("ETag")!))).Expect(200);
        var proposedTag = (await GetAsync(provider.Owner, id)).Expect(200).Header("ETag")!;
        before = await SnapshotAsync(customer.Owner, id);
        (await StepAsync(provider.Owner, id, "accept_amendment", ("If-Match", acceptedTag))).Expect(412, body);
        Assert.Equal(before, await SnapshotAsync(customer.Owner, id));
        Assert.Equal(["services", "tasks"], Options((await StepAsync(provider.Owner, id, "accept_amendment", ("If-Match", proposedTag))).Expect(200)));
    }

    [Fact]
    public async Task Concurrent_amendments_from_both_sides_never_overwrite_each_other_unseen()
    {
        for (var round = 0; round < 5; round++)
        {
            var customer = await _world.SupportDomainAsync();
            var provider = await _world.SupportDomainAsync();
            var id = await InvitedAsync(customer, customer, provider, "services", "requests", "tasks");
            var tag = (await StepAsync(provider.Owner, id, "accept")).Expect(200).Header("ETag")!;

            // Both decide on the same version: exactly one change is made, the other is told (412 or 409).
            var answers = await Task.WhenAll(
                customer.Owner.PatchAsync($"/v1/trusts/{id}", new { options = new[] { "services", "tasks" } }, ("If-Match", tag)),
                provider.Owner.PatchAsync($"/v1/trusts/{id}", new { options = new[] { "services", "requests" } }, ("If-Match", tag)));
            var winners = answers.Where(a => a.Status == 200).ToList();
            Assert.True(winners.Count == 1, $"round {round}: {string.Join(" | ", answers.Select(a => $"{a.Status} {a.Text}"))}");
            var loser = answers.Single(a => a.Status != 200);
            Answers.AssertErrorShape(loser);
            Assert.Contains(loser.Status, new[] { 409, 412 });
            var read = (await GetAsync(customer.Owner, id)).Expect(200);
            Assert.Equal(Options(winners[0]), Options(read));
            Assert.Equal(["invited", "accepted", "options_removed"], (await AuditAsync(provider.Owner, id)).Select(e => e.Split(' ')[0]));

            // Without If-Match each amendment applies to the trust as it is when it runs (or is told 409): a removal, once
            // made, stands; a later PATCH that still names the removed option only proposes it again, for the other side to answer.
            var second = await InvitedAsync(provider, provider, customer, "services", "requests", "tasks");
            (await StepAsync(customer.Owner, second, "accept")).Expect(200);
            var unconditional = await Task.WhenAll(
                customer.Owner.PatchAsync($"/v1/trusts/{second}", new { options = new[] { "services", "tasks" } }),
                provider.Owner.PatchAsync($"/v1/trusts/{second}", new { options = new[] { "services", "requests" } }));
            Assert.All(unconditional, a => Assert.True(a.Status is 200 or 409, $"round {round}: {a.Status} {a.Text}"));
            var done = unconditional.Where(a => a.Status == 200).ToList();
            Assert.True(done.Count >= 1, $"round {round}: both refused");
            var now = (await GetAsync(provider.Owner, second)).Expect(200);
            var audit = await AuditAsync(customer.Owner, second);
            if (done.Count == 1)
            {
                Assert.Equal(Options(done[0]), Options(now));
                Assert.Null(now.Record["proposed_options"]);
                Assert.Single(audit, e => e.StartsWith("options_removed", StringComparison.Ordinal));
            }
            else
            {
                Assert.Equal(["services"], Options(now));
                Assert.Contains(now.Record["proposed_options"]!.ToJsonString(), new[] { """["services","requests"]""", """["services","tasks"]""" });
                Assert.Equal(["invited", "accepted", "options_removed", "options_removed", "amendment_proposed"], audit.Select(e => e.Split(' ')[0]));
            }
        }
    }
}
