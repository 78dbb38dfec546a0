using Trustdesk.Domain.Trusts;

namespace Trustdesk.Domain.Tests;

public class TrustAmendmentsTests
{
    private const string Customer = "widget-it-nl";
    private const string Provider = "widget-cc";
    private static readonly DateTime Accepted = new(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Later = Accepted.AddDays(3);

    private static Trust Standing(TrustOptions options = TrustOptions.Services | TrustOptions.Requests) => new()
    {
        CustomerAccountId = Customer,
        ProviderAccountId = Provider,
        InviterAccountId = Customer,
        Status = TrustStatus.Accepted,
        Options = options,
        CreatedAt = Accepted,
        UpdatedAt = Accepted,
        InvitationExpiresAt = Accepted + Trust.InvitationLifetime,
    };

    [Fact]
    public void Either_side_removes_an_option_at_once()
    {
        foreach (var side in new[] { Customer, Provider })
        {
            var trust = Standing();
            var (done, refused) = TrustAmendments.Amend(trust, side, TrustOptions.Services, Later);
            Assert.Null(refused);
            Assert.Equal(new Amendment(TrustOptions.Requests, TrustOptions.None), done);
            Assert.Equal(TrustOptions.Services, trust.Options);
            Assert.False(trust.Grants(TrustOptions.Requests));
            Assert.False(trust.HasProposal);
            Assert.Equal(Later, trust.UpdatedAt);
        }
    }

    [Fact]
    public void An_added_option_is_only_proposed_and_grants_nothing_until_the_other_side_accepts()
    {
        var trust = Standing();
        var (done, refused) = TrustAmendments.Amend(trust, Provider, TrustOptions.Services | TrustOptions.Requests | TrustOptions.Tasks, Later);
        Assert.Null(refused);
        Assert.Equal(new Amendment(TrustOptions.None, TrustOptions.Tasks), done);
        Assert.False(trust.Grants(TrustOptions.Tasks));
        Assert.Equal((TrustOptions.Tasks, Provider, Later), (trust.ProposedAdditions, trust.ProposerAccountId, trust.ProposedAt));
        Assert.Equal(TrustOptions.Services | TrustOptions.Requests | TrustOptions.Tasks, trust.ProposedOptions);

        Assert.Equal(new TrustRefusal("proposed_options", "only the other account can answer an amendment"), TrustAmendments.Accept(trust, Provider, Later));
        Assert.False(trust.Grants(TrustOptions.Tasks));
        Assert.Null(TrustAmendments.Accept(trust, Customer, Later.AddHours(1)));
        Assert.True(trust.Grants(TrustOptions.Services | TrustOptions.Requests | TrustOptions.Tasks));
        Assert.False(trust.HasProposal);
        Assert.Null(trust.ProposerAccountId);
        Assert.Null(trust.ProposedAt);
        Assert.Equal(Later.AddHours(1), trust.UpdatedAt);
    }

    [Fact]
    public void A_rejected_or_canceled_proposal_leaves_the_options_as_they_were()
    {
        var rejected = Standing();
        TrustAmendments.Amend(rejected, Customer, TrustOptions.Services | TrustOptions.Requests | TrustOptions.Roles, Later);
        Assert.NotNull(TrustAmendments.Reject(rejected, Customer, Later));
        Assert.Null(TrustAmendments.Reject(rejected, Provider, Later));
        Assert.Equal(TrustOptions.Services | TrustOptions.Requests, rejected.Options);
        Assert.False(rejected.HasProposal);

        var canceled = Standing();
        TrustAmendments.Amend(canceled, Customer, TrustOptions.Services | TrustOptions.Requests | TrustOptions.Roles, Later);
        Assert.Equal(new TrustRefusal("proposed_options", "only the proposing account can cancel an amendment"), TrustAmendments.Cancel(canceled, Provider, Later));
        Assert.Null(TrustAmendments.Cancel(canceled, Customer, Later));
        Assert.Equal(TrustOptions.Services | TrustOptions.Requests, canceled.Options);
        Assert.False(canceled.HasProposal);
        Assert.Equal(new TrustRefusal("proposed_options", "no amendment is pending"), TrustAmendments.Accept(canceled, Provider, Later));
    }

    [Fact]
    public void A_mixed_amendment_removes_at_once_and_proposes_the_additions()
    {
        var trust = Standing();
        var (done, _) = TrustAmendments.Amend(trust, Customer, TrustOptions.Services | TrustOptions.Tasks, Later);
        Assert.Equal(new Amendment(TrustOptions.Requests, TrustOptions.Tasks), done);
        Assert.Equal(TrustOptions.Services, trust.Options);
        Assert.Equal(TrustOptions.Tasks, trust.ProposedAdditions);
    }

    [Fact]
    public void While_a_proposal_is_pending_options_may_be_removed_but_not_added()
    {
        var trust = Standing();
        TrustAmendments.Amend(trust, Customer, TrustOptions.Services | TrustOptions.Requests | TrustOptions.Tasks, Later);

        var refusal = new TrustRefusal("options", "can't add options while an amendment is pending: accept, reject or cancel it first");
        Assert.Equal(refusal, TrustAmendments.Amend(trust, Provider, TrustOptions.Services | TrustOptions.Requests | TrustOptions.Tasks, Later).Refused);
        Assert.Equal(refusal, TrustAmendments.Amend(trust, Customer, TrustOptions.Services | TrustOptions.Requests | TrustOptions.Roles, Later).Refused);
        Assert.Equal((TrustOptions.Services | TrustOptions.Requests, TrustOptions.Tasks), (trust.Options, trust.ProposedAdditions));

        // The proposer repeating its proposal changes nothing; the other side removing an option keeps the proposal.
        var (again, _) = TrustAmendments.Amend(trust, Customer, TrustOptions.Services | TrustOptions.Requests | TrustOptions.Tasks, Later.AddDays(1));
        Assert.True(again!.ChangedNothing);
        Assert.Equal(Later, trust.UpdatedAt);
        var (narrowed, _) = TrustAmendments.Amend(trust, Provider, TrustOptions.Requests, Later.AddDays(2));
        Assert.Equal(new Amendment(TrustOptions.Services, TrustOptions.None), narrowed);
        Assert.Equal((TrustOptions.Requests, TrustOptions.Tasks, Customer), (trust.Options, trust.ProposedAdditions, trust.ProposerAccountId));
        Assert.Null(TrustAmendments.Accept(trust, Provider, Later.AddDays(3)));
        Assert.Equal(TrustOptions.Requests | TrustOptions.Tasks, trust.Options);
    }

    [Fact]
    public void Only_an_accepted_trust_is_amended_by_one_of_its_sides_and_never_to_no_options()
    {
        var trust = Standing();
        Assert.Equal(new TrustRefusal("options", TrustAmendments.NoOptions), TrustAmendments.Amend(trust, Customer, TrustOptions.None, Later).Refused);
        Assert.Equal(new TrustRefusal("status", "is not a trust of this account"), TrustAmendments.Amend(trust, "widget-it-br", TrustOptions.Services, Later).Refused);
        Assert.Equal(TrustOptions.Services | TrustOptions.Requests, trust.Options);

        var pending = Standing();
        pending.Status = TrustStatus.Pending;
        Assert.Equal(new TrustRefusal("status", "is pending, not accepted"), TrustAmendments.Amend(pending, Customer, TrustOptions.Services, Later).Refused);
        var expired = Standing();
        expired.Status = TrustStatus.Pending;
        Assert.Equal(new TrustRefusal("status", "is expired, not accepted"),
            TrustAmendments.Amend(expired, Customer, TrustOptions.Services, Accepted.AddDays(31)).Refused);
        Assert.Equal(TrustOptions.Services | TrustOptions.Requests, expired.Options);
    }

    [Fact]
    public void Nothing_changes_when_the_options_are_those_the_trust_has()
    {
        var trust = Standing();
        var (done, refused) = TrustAmendments.Amend(trust, Provider, TrustOptions.Requests | TrustOptions.Services, Later);
        Assert.Null(refused);
        Assert.True(done!.ChangedNothing);
        Assert.Equal(Accepted, trust.UpdatedAt);
    }

    [Fact]
    public void Revoking_drops_a_pending_proposal()
    {
        var trust = Standing();
        TrustAmendments.Amend(trust, Provider, TrustOptions.Services | TrustOptions.Requests | TrustOptions.Cis, Later);
        Assert.Null(TrustTransitions.Revoke(trust, Customer, Later.AddDays(1)));
        Assert.False(trust.HasProposal);
        Assert.Equal(new TrustRefusal("status", "is revoked, not accepted"), TrustAmendments.Accept(trust, Customer, Later.AddDays(1)));
        Assert.False(trust.Grants(TrustOptions.Cis));
    }
}
