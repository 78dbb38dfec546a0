namespace Trustdesk.Domain.Catalog;

/// <summary>What the coverage rule needs to know of a person.</summary>
/// <param name="OrganizationLine">The person's organization and all its ancestors (empty without an organization).</param>
public sealed record CoverageSubject(long PersonId, string AccountId, long? OrganizationId, long? SiteId, IReadOnlySet<long> OrganizationLine);

/// <summary>What the coverage rule needs to know of an SLA.</summary>
/// <param name="TrustAccepted">Whether an accepted <c>services</c> trust runs from the customer account to the provider now.</param>
public sealed record CoverageTerms(
    SlaCoverage Coverage,
    AgreementStatus Status,
    DateOnly? StartDate,
    DateOnly? ExpiryDate,
    string? CustomerAccountId,
    long CustomerOrganizationId,
    bool TrustAccepted,
    IReadOnlySet<long> Organizations,
    IReadOnlySet<long> Sites,
    IReadOnlySet<long> People);

/// <summary>
/// Whether an SLA covers a person (product.md §4): the SLA is active today, its trust (if it crosses one) is
/// accepted now, and the person matches its coverage. The set-based query behind the self-service catalog
/// (<c>ListCoveredServiceInstances</c>) states the same rule in SQL; tests hold the two together.
/// </summary>
public static class Coverage
{
    public static bool Covers(CoverageTerms sla, CoverageSubject person, DateOnly today) =>
        IsInForce(sla, today) && Matches(sla, person);

    public static bool IsInForce(CoverageTerms sla, DateOnly today) =>
        sla.Status == AgreementStatus.Active
        && (sla.StartDate is null || sla.StartDate <= today)
        && (sla.ExpiryDate is null || today <= sla.ExpiryDate)
        && (sla.CustomerAccountId is null || sla.TrustAccepted);

    public static bool Matches(CoverageTerms sla, CoverageSubject person) => sla.Coverage switch
    {
        // The customer's people: those of the customer account itself, and those in the customer organization's tree.
        SlaCoverage.CustomerAccount =>
            (sla.CustomerAccountId is not null && person.AccountId == sla.CustomerAccountId)
            || person.OrganizationLine.Contains(sla.CustomerOrganizationId),
        SlaCoverage.Organizations => person.OrganizationId is long o && sla.Organizations.Contains(o),
        SlaCoverage.OrganizationsAndDescendants => person.OrganizationLine.Overlaps(sla.Organizations),
        SlaCoverage.Sites => person.SiteId is long s && sla.Sites.Contains(s),
        SlaCoverage.OrganizationsAndSites =>
            person.OrganizationId is long org && sla.Organizations.Contains(org)
            && person.SiteId is long site && sla.Sites.Contains(site),
        SlaCoverage.People => sla.People.Contains(person.PersonId),
        _ => false,
    };
}
