using Trustdesk.Domain.Requests;
using Trustdesk.Domain.Trusts;

namespace Trustdesk.Domain.Tests;

/// <summary>Each row of the visibility table of product.md §5, and its negations.</summary>
public class RequestVisibilityTests
{
    private sealed class Trusts(params (string Customer, string Provider, TrustOptions Options)[] accepted)
    {
        public bool Lookup(string customer, string provider, TrustOptions option) =>
            accepted.Any(t => t.Customer == customer && t.Provider == provider && t.Options.HasFlag(option));
    }

    private static readonly TrustLookup None = new Trusts().Lookup;

    [Fact]
    public void The_account_of_the_request_always_sees_it() =>
        Assert.True(RequestVisibility.CanSee("widget-cc", new("widget-cc", null, null, null), None));

    [Fact]
    public void The_customer_account_sees_it_through_a_services_trust_to_the_provider()
    {
        var request = new RequestParties("widget-cc", "widget-it-nl", "widget-cc", "widget-cc");
        Assert.True(RequestVisibility.CanSee("widget-it-nl", request, new Trusts(("widget-it-nl", "widget-cc", TrustOptions.Services)).Lookup));
        Assert.False(RequestVisibility.CanSee("widget-it-nl", request, None));
        Assert.False(RequestVisibility.CanSee("widget-it-nl", request, new Trusts(("widget-it-nl", "widget-cc", TrustOptions.Requests)).Lookup));
        // A trust in the other direction is not the one that counts.
        Assert.False(RequestVisibility.CanSee("widget-it-nl", request, new Trusts(("widget-cc", "widget-it-nl", TrustOptions.Services)).Lookup));
    }

    [Fact]
    public void The_account_of_the_team_sees_it_through_a_requests_trust_from_the_customer()
    {
        var request = new RequestParties("widget-it-nl", null, "printfix", null);
        Assert.True(RequestVisibility.CanSee("printfix", request, new Trusts(("widget-it-nl", "printfix", TrustOptions.Requests)).Lookup));
        Assert.False(RequestVisibility.CanSee("printfix", request, new Trusts(("widget-it-nl", "printfix", TrustOptions.Services)).Lookup));
        Assert.False(RequestVisibility.CanSee("printfix", request, None));
    }

    [Fact]
    public void The_account_of_the_service_instance_sees_it_through_a_requests_trust_from_the_customer()
    {
        var request = new RequestParties("widget-it-nl", null, "widget-it-nl", "widget-cc");
        Assert.True(RequestVisibility.CanSee("widget-cc", request, new Trusts(("widget-it-nl", "widget-cc", TrustOptions.Requests)).Lookup));
        Assert.False(RequestVisibility.CanSee("widget-cc", request, None));
    }

    [Fact]
    public void Nothing_else_makes_a_request_visible()
    {
        var request = new RequestParties("widget-cc", "widget-it-nl", "widget-cc", "widget-cc");
        // Brazil trusts the competence center with everything, but this request is not Brazil's.
        TrustLookup brazil = new Trusts(("widget-it-br", "widget-cc", TrustOptions.Services | TrustOptions.Requests)).Lookup;
        Assert.False(RequestVisibility.CanSee("widget-it-br", request, brazil));
        Assert.False(RequestVisibility.CanSee("widget", request, brazil));
        Assert.Null(RequestVisibility.Reason("widget-it-br", request, brazil));
    }

    [Fact]
    public void The_reason_names_the_rule_that_grants_visibility()
    {
        var request = new RequestParties("widget-it-nl", null, "printfix", "widget-cc");
        TrustLookup trusts = new Trusts(("widget-it-nl", "printfix", TrustOptions.Requests), ("widget-it-nl", "widget-cc", TrustOptions.Requests)).Lookup;
        Assert.Equal("the request lives in this account", RequestVisibility.Reason("widget-it-nl", request, trusts));
        Assert.Equal("the request is assigned to a team of this account (requests trust)", RequestVisibility.Reason("printfix", request, trusts));
        Assert.Equal("the request is for a service instance of this account (requests trust)", RequestVisibility.Reason("widget-cc", request, trusts));
    }
}
