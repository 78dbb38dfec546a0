using Trustdesk.Domain.Catalog;

namespace Trustdesk.Domain.Tests;

public class CoverageTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    // Widget International (1) → Widget Netherlands (2) → Sales NL (3); Widget Brazil (4) under 1.
    private static readonly CoverageSubject DutchSales = new(PersonId: 100, AccountId: "widget", OrganizationId: 3, SiteId: 10,
        OrganizationLine: new HashSet<long> { 3, 2, 1 });

    private static CoverageTerms Sla(SlaCoverage coverage, long[]? organizations = null, long[]? sites = null, long[]? people = null,
        AgreementStatus status = AgreementStatus.Active, DateOnly? start = null, DateOnly? expiry = null,
        string? customerAccount = null, long customerOrganization = 1, bool trustAccepted = true) =>
        new(coverage, status, start, expiry, customerAccount, customerOrganization, trustAccepted,
            (organizations ?? []).ToHashSet(), (sites ?? []).ToHashSet(), (people ?? []).ToHashSet());

    [Fact]
    public void Organizations_covers_members_of_the_named_organizations_only()
    {
        Assert.True(Coverage.Covers(Sla(SlaCoverage.Organizations, organizations: [3]), DutchSales, Today));
        Assert.False(Coverage.Covers(Sla(SlaCoverage.Organizations, organizations: [2]), DutchSales, Today));
    }

    [Fact]
    public void Organizations_and_descendants_covers_the_whole_subtree()
    {
        Assert.True(Coverage.Covers(Sla(SlaCoverage.OrganizationsAndDescendants, organizations: [1]), DutchSales, Today));
        Assert.True(Coverage.Covers(Sla(SlaCoverage.OrganizationsAndDescendants, organizations: [2]), DutchSales, Today));
        Assert.False(Coverage.Covers(Sla(SlaCoverage.OrganizationsAndDescendants, organizations: [4]), DutchSales, Today));
    }

    [Fact]
    public void Sites_covers_people_at_the_named_sites()
    {
        Assert.True(Coverage.Covers(Sla(SlaCoverage.Sites, sites: [10]), DutchSales, Today));
        Assert.False(Coverage.Covers(Sla(SlaCoverage.Sites, sites: [11]), DutchSales, Today));
    }

    [Fact]
    public void Organizations_and_sites_needs_both()
    {
        Assert.True(Coverage.Covers(Sla(SlaCoverage.OrganizationsAndSites, organizations: [3], sites: [10]), DutchSales, Today));
        Assert.False(Coverage.Covers(Sla(SlaCoverage.OrganizationsAndSites, organizations: [3], sites: [11]), DutchSales, Today));
        Assert.False(Coverage.Covers(Sla(SlaCoverage.OrganizationsAndSites, organizations: [2], sites: [10]), DutchSales, Today));
    }

    [Fact]
    public void People_covers_the_named_people()
    {
        Assert.True(Coverage.Covers(Sla(SlaCoverage.People, people: [100]), DutchSales, Today));
        Assert.False(Coverage.Covers(Sla(SlaCoverage.People, people: [101]), DutchSales, Today));
    }

    [Fact]
    public void Customer_account_covers_the_customer_organizations_tree_and_the_customer_accounts_own_people()
    {
        Assert.True(Coverage.Covers(Sla(SlaCoverage.CustomerAccount, customerOrganization: 2), DutchSales, Today));
        Assert.False(Coverage.Covers(Sla(SlaCoverage.CustomerAccount, customerOrganization: 4), DutchSales, Today));
        var local = DutchSales with { AccountId = "widget-it-nl", OrganizationId = null, OrganizationLine = new HashSet<long>() };
        Assert.True(Coverage.Covers(Sla(SlaCoverage.CustomerAccount, customerAccount: "widget-it-nl", customerOrganization: 4), local, Today));
        Assert.False(Coverage.Covers(Sla(SlaCoverage.CustomerAccount, customerAccount: "widget-it-br", customerOrganization: 4), local, Today));
    }

    [Theory]
    [InlineData(AgreementStatus.BeingPrepared)]
    [InlineData(AgreementStatus.Expired)]
    public void Only_active_slas_cover(AgreementStatus status) =>
        Assert.False(Coverage.Covers(Sla(SlaCoverage.People, people: [100], status: status), DutchSales, Today));

    [Fact]
    public void Start_and_expiry_dates_are_inclusive()
    {
        Assert.True(Coverage.Covers(Sla(SlaCoverage.People, people: [100], start: Today, expiry: Today), DutchSales, Today));
        Assert.False(Coverage.Covers(Sla(SlaCoverage.People, people: [100], start: Today.AddDays(1)), DutchSales, Today));
        Assert.False(Coverage.Covers(Sla(SlaCoverage.People, people: [100], expiry: Today.AddDays(-1)), DutchSales, Today));
    }

    [Fact]
    public void An_sla_across_a_trust_covers_only_while_the_trust_is_accepted()
    {
        Assert.True(Coverage.Covers(Sla(SlaCoverage.People, people: [100], customerAccount: "widget-it-nl", trustAccepted: true), DutchSales, Today));
        Assert.False(Coverage.Covers(Sla(SlaCoverage.People, people: [100], customerAccount: "widget-it-nl", trustAccepted: false), DutchSales, Today));
        // Without a customer account no trust is involved.
        Assert.True(Coverage.Covers(Sla(SlaCoverage.People, people: [100], trustAccepted: false), DutchSales, Today));
    }
}
