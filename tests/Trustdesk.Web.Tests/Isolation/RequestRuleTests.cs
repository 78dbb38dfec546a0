using Trustdesk.Data.Isolation.Rules;
using Trustdesk.Domain.Requests;
using Trustdesk.Domain.Trusts;

namespace Trustdesk.Web.Tests.Isolation;

/// <summary>
/// Each row of the visibility table of product.md §5, and its negations, asked of the declaration itself
/// (<see cref="IsolationRules.Requests"/>, evaluated on a request in memory, as "who can see this and why" does); the
/// layer tests show the filter and the policy made from it return the same.
/// </summary>
public class RequestRuleTests
{
    private static Request Parties(string account, string? customer, string? team, string? instance) =>
        new() { AccountId = account, CustomerAccountId = customer, TeamAccountId = team, ServiceInstanceAccountId = instance };

    private static bool CanSee(string viewer, Request request, TrustLookup trusted) =>
        IsolationRules.Requests.Granting(request, new Viewer(viewer), trusted) is not null;

    private static string? Reason(string viewer, Request request, TrustLookup trusted) =>
        IsolationRules.Requests.Granting(request, new Viewer(viewer), trusted)?.ReasonFor(request, new Viewer(viewer));

    private sealed class Trusts(params (string Customer, string Provider, TrustOptions Options)[] accepted)
    {
        public bool Lookup(string customer, string provider, TrustOptions option) =>
            accepted.Any(t => t.Customer == customer && t.Provider == provider && t.Options.HasFlag(option));
    }

    private static readonly TrustLookup None = new Trusts().Lookup;

    [Fact]
    public void The_account_of_the_request_always_sees_it() =>
        Assert.True(CanSee("widget-cc", Parties("widget-cc", null, null, null), None));

    [Fact]
    public void The_customer_account_sees_it_through_a_services_trust_to_the_provider()
    {
        var request = Parties("widget-cc", "widget-it-nl", "widget-cc", "widget-cc");
        Assert.True(CanSee("widget-it-nl", request, new Trusts(("widget-it-nl", "widget-cc", TrustOptions.Services)).Lookup));
        Assert.False(CanSee("widget-it-nl", request, None));
        Assert.False(CanSee("widget-it-nl", request, new Trusts(("widget-it-nl", "widget-cc", TrustOptions.Requests)).Lookup));
        // A trust in the other direction is not the one that counts.
        Assert.False(CanSee("widget-it-nl", request, new Trusts(("widget-cc", "widget-it-nl", TrustOptions.Services)).Lookup));
    }

    [Fact]
    public void The_account_of_the_team_sees_it_through_a_requests_trust_from_the_customer()
    {
        var request = Parties("widget-it-nl", null, "printfix", null);
        Assert.True(CanSee("printfix", request, new Trusts(("widget-it-nl", "printfix", TrustOptions.Requests)).Lookup));
        Assert.False(CanSee("printfix", request, new Trusts(("widget-it-nl", "printfix", TrustOptions.Services)).Lookup));
        Assert.False(CanSee("printfix", request, None));
    }

    [Fact]
    public void The_account_of_the_service_instance_sees_it_through_a_requests_trust_from_the_customer()
    {
        var request = Parties("widget-it-nl", null, "widget-it-nl", "widget-cc");
        Assert.True(CanSee("widget-cc", request, new Trusts(("widget-it-nl", "widget-cc", TrustOptions.Requests)).Lookup));
        Assert.False(CanSee("widget-cc", request, None));
    }

    [Fact]
    public void Nothing_else_makes_a_request_visible()
    {
        var request = Parties("widget-cc", "widget-it-nl", "widget-cc", "widget-cc");
        // Brazil trusts the competence center with everything, but this request is not Brazil's.
        TrustLookup brazil = new Trusts(("widget-it-br", "widget-cc", TrustOptions.Services | TrustOptions.Requests)).Lookup;
        Assert.False(CanSee("widget-it-br", request, brazil));
        Assert.False(CanSee("widget", request, brazil));
        Assert.Null(Reason("widget-it-br", request, brazil));
    }

    [Fact]
    public void The_reason_names_the_rule_that_grants_visibility()
    {
        var request = Parties("widget-it-nl", null, "printfix", "widget-cc");
        TrustLookup trusts = new Trusts(("widget-it-nl", "printfix", TrustOptions.Requests), ("widget-it-nl", "widget-cc", TrustOptions.Requests)).Lookup;
        Assert.Equal("the request lives in this account", Reason("widget-it-nl", request, trusts));
        Assert.Equal("the request is assigned to a team of this account (requests trust)", Reason("printfix", request, trusts));
        Assert.Equal("the request is for a service instance of this account (requests trust)", Reason("widget-cc", request, trusts));
    }

    [Fact]
    public void A_person_sees_the_requests_they_asked_for_or_that_were_asked_for_them_only_while_their_own_are_read()
    {
        var request = Parties("widget-cc", null, null, null);
        request.RequestedById = 7;
        request.RequestedForId = 8;
        Assert.Equal("requester", IsolationRules.Requests.Granting(request, new Viewer("widget-it-nl", RequesterId: 7), None)?.Name);
        Assert.Equal("requester", IsolationRules.Requests.Granting(request, new Viewer("widget-it-nl", RequesterId: 8), None)?.Name);
        Assert.Null(IsolationRules.Requests.Granting(request, new Viewer("widget-it-nl", RequesterId: 9), None));
        Assert.Null(IsolationRules.Requests.Granting(request, new Viewer("widget-it-nl"), None));
    }

    [Fact]
    public void Every_branch_of_the_request_rule_puts_its_viewer_on_a_side_of_the_request() =>
        Assert.Equal(IsolationRules.Requests.BranchNames.Order(StringComparer.Ordinal),
            Trustdesk.Web.Features.Requests.RequestSides.SideOfBranch.Select(s => s.Branch).Order(StringComparer.Ordinal));
}
