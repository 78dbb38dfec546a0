using Trustdesk.Domain.Trusts;

namespace Trustdesk.Domain.Tests;

public class TrustTransitionsTests
{
    private static readonly DateTime Created = new(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc);

    private static Trust Invitation(string inviter = "widget-it-nl") => new()
    {
        CustomerAccountId = "widget-it-nl",
        ProviderAccountId = "widget-cc",
        InviterAccountId = inviter,
        Status = TrustStatus.Pending,
        Options = TrustOptions.Services | TrustOptions.Requests,
        CreatedAt = Created,
        InvitationExpiresAt = Created + Trust.InvitationLifetime,
    };

    [Fact]
    public void Only_the_invited_side_accepts()
    {
        var trust = Invitation();
        Assert.NotNull(TrustTransitions.Accept(trust, "widget-it-nl", Created));
        Assert.Equal(TrustStatus.Pending, trust.Status);
        Assert.Null(TrustTransitions.Accept(trust, "widget-cc", Created));
        Assert.Equal(TrustStatus.Accepted, trust.Status);
    }

    [Fact]
    public void Only_the_invited_side_rejects_and_only_the_inviter_cancels()
    {
        var rejected = Invitation();
        Assert.NotNull(TrustTransitions.Reject(rejected, "widget-it-nl", Created));
        Assert.Null(TrustTransitions.Reject(rejected, "widget-cc", Created));
        Assert.Equal(TrustStatus.Rejected, rejected.Status);

        var canceled = Invitation();
        Assert.NotNull(TrustTransitions.Cancel(canceled, "widget-cc", Created));
        Assert.Null(TrustTransitions.Cancel(canceled, "widget-it-nl", Created));
        Assert.Equal(TrustStatus.Canceled, canceled.Status);
    }

    [Fact]
    public void An_answered_invitation_cannot_be_answered_again()
    {
        var trust = Invitation();
        Assert.Null(TrustTransitions.Reject(trust, "widget-cc", Created));
        Assert.Equal("is rejected, not pending", TrustTransitions.Accept(trust, "widget-cc", Created));
        Assert.NotNull(TrustTransitions.Cancel(trust, "widget-it-nl", Created));
        Assert.Equal(TrustStatus.Rejected, trust.Status);
    }

    [Fact]
    public void A_pending_invitation_expires_after_30_days_and_can_then_not_be_accepted()
    {
        var trust = Invitation();
        var lastMoment = Created + Trust.InvitationLifetime - TimeSpan.FromSeconds(1);
        Assert.Equal(TrustStatus.Pending, trust.StatusAt(lastMoment));
        Assert.Equal(TrustStatus.Expired, trust.StatusAt(Created + Trust.InvitationLifetime));
        Assert.Equal("is expired, not pending", TrustTransitions.Accept(trust, "widget-cc", Created.AddDays(31)));
        Assert.False(trust.Grants(TrustOptions.Services));
    }

    [Fact]
    public void Either_side_revokes_an_accepted_trust_and_it_grants_nothing_after()
    {
        foreach (var side in new[] { "widget-it-nl", "widget-cc" })
        {
            var trust = Invitation();
            Assert.NotNull(TrustTransitions.Revoke(trust, side, Created));
            TrustTransitions.Accept(trust, "widget-cc", Created);
            Assert.True(trust.Grants(TrustOptions.Services | TrustOptions.Requests));
            Assert.False(trust.Grants(TrustOptions.Tasks));
            Assert.Null(TrustTransitions.Revoke(trust, side, Created.AddDays(1)));
            Assert.Equal(TrustStatus.Revoked, trust.Status);
            Assert.False(trust.Grants(TrustOptions.Services));
        }
    }

    [Fact]
    public void A_third_account_can_do_nothing()
    {
        var trust = Invitation();
        Assert.NotNull(TrustTransitions.Accept(trust, "widget-it-br", Created));
        Assert.NotNull(TrustTransitions.Cancel(trust, "widget-it-br", Created));
        TrustTransitions.Accept(trust, "widget-cc", Created);
        Assert.NotNull(TrustTransitions.Revoke(trust, "widget-it-br", Created));
        Assert.Equal(TrustStatus.Accepted, trust.Status);
    }
}
