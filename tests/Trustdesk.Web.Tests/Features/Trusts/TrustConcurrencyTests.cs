using Trustdesk.Web.Tests.Infrastructure;
using static Trustdesk.Web.Tests.Features.Trusts.TrustCalls;

namespace Trustdesk.Web.Tests.Features.Trusts;

/// <summary>Steps on the same trust at the same moment: exactly one wins, and the audit trail tells only its story.</summary>
public sealed class TrustConcurrencyTests
{
    private const int Rounds = 5;

    private readonly TestWorld _world = TestWorld.Shared;

    /// <summary>The loser of a race: a 409 (the version check at save time) or a 422 (it read the winner's outcome).</summary>
    private static void AssertLost(ApiResponse loser, string winnerStatus)
    {
        Answers.AssertErrorShape(loser);
        if (loser.Status == 409) return;
        loser.ExpectValidation(("status", $"is {winnerStatus}, not pending"));
    }

    [Fact]
    public async Task Two_simultaneous_accepts_of_one_invitation_give_one_acceptance_and_one_audit_entry()
    {
        var provider = await _world.SupportDomainAsync();
        var secondAdministrator = provider.Owner.As(await provider.NewOwnerTokenAsync());

        for (var round = 0; round < Rounds; round++)
        {
            // A new inviting account each round: an accepted trust stands in the way of another in its direction.
            var customer = await _world.SupportDomainAsync();
            var id = await InvitedAsync(customer, customer, provider);
            var answers = await Task.WhenAll(StepAsync(provider.Owner, id, "accept"), StepAsync(secondAdministrator, id, "accept"));

            var winners = answers.Where(a => a.Status == 200).ToList();
            Assert.True(winners.Count == 1, $"round {round}: {string.Join(" | ", answers.Select(a => $"{a.Status} {a.Text}"))}");
            Assert.Equal("accepted", winners[0].Record.Str("status"));
            Assert.Equal("W/\"1\"", winners[0].Header("ETag"));
            AssertLost(answers.Single(a => a.Status != 200), "accepted");

            var read = (await GetAsync(customer.Owner, id)).Expect(200);
            Assert.Equal("accepted", read.Record.Str("status"));
            Assert.Equal("W/\"1\"", read.Header("ETag"));
            Assert.Equal(["invited", "accepted"], (await AuditAsync(customer.Owner, id)).Select(e => e.Split(' ')[0]));
            Assert.Equal((await AuditAsync(provider.Owner, id))[1], Entry("accepted", provider, winners[0].Record.Str("updated_at")!));
        }
        Assert.Equal(Rounds, (await provider.Owner.GetAsync("/v1/trusts/accepted")).Expect(200).TotalEntries());
    }

    [Fact]
    public async Task An_accept_racing_a_reject_and_a_cancel_leaves_exactly_one_outcome_in_the_trust_and_its_audit()
    {
        var provider = await _world.SupportDomainAsync();

        for (var round = 0; round < Rounds; round++)
        {
            var customer = await _world.SupportDomainAsync();
            var id = await InvitedAsync(customer, customer, provider);
            var answers = await Task.WhenAll(
                StepAsync(provider.Owner, id, "accept"), StepAsync(provider.Owner, id, "reject"), StepAsync(customer.Owner, id, "cancel"));

            var winners = answers.Where(a => a.Status == 200).ToList();
            Assert.True(winners.Count == 1, $"round {round}: {string.Join(" | ", answers.Select(a => $"{a.Status} {a.Text}"))}");
            var outcome = winners[0].Record.Str("status")!;
            foreach (var loser in answers.Where(a => a.Status != 200)) AssertLost(loser, outcome);

            Assert.Equal(outcome, await StatusAsync(provider.Owner, id));
            Assert.Equal(["invited", outcome], (await AuditAsync(customer.Owner, id)).Select(e => e.Split(' ')[0]));
        }
    }

    [Fact]
    public async Task Simultaneous_invitations_in_the_same_direction_open_one_trust()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var customer = await _world.SupportDomainAsync();
            var provider = await _world.SupportDomainAsync();
            var answers = await Task.WhenAll(
                InviteAsync(customer.Owner, customer.Id, provider.Id, "services"), InviteAsync(provider.Owner, customer.Id, provider.Id, "requests"));

            var created = answers.Where(a => a.Status == 201).ToList();
            Assert.True(created.Count == 1, $"round {round}: {string.Join(" | ", answers.Select(a => $"{a.Status} {a.Text}"))}");
            var loser = answers.Single(a => a.Status != 201);
            Answers.AssertErrorShape(loser);
            if (loser.Status != 409)
                loser.ExpectValidation(("provider_account_id", "a pending or accepted trust between these accounts in this direction already exists"));

            foreach (var side in new[] { customer, provider })
                Assert.Equal([created[0].Id], (await side.Owner.GetAsync("/v1/trusts")).Expect(200).Ids());
        }
    }
}
