using Trustdesk.Domain.Records;

namespace Trustdesk.Domain.Catalog;

/// <summary>
/// A service level agreement: the provider (its account) gives the customer's people (per <see cref="Coverage"/>)
/// the service instance on the offering's terms. With <see cref="CustomerAccountId"/> set it is offered across a
/// trust and needs an accepted <c>services</c> trust from that account to the provider.
/// </summary>
public sealed class Sla : Record, ICatalogRecord
{
    public string Name { get; set; } = "";
    public long ServiceOfferingId { get; set; }
    public long ServiceInstanceId { get; set; }
    public long CustomerOrganizationId { get; set; }
    public string? CustomerAccountId { get; set; }
    public SlaCoverage Coverage { get; set; } = SlaCoverage.OrganizationsAndDescendants;
    public DateOnly? StartDate { get; set; }
    public DateOnly? ExpiryDate { get; set; }
    public AgreementStatus Status { get; set; } = AgreementStatus.BeingPrepared;
    public long? ServiceLevelManagerId { get; set; }
}

public enum SlaCoverage
{
    CustomerAccount,
    Organizations,
    OrganizationsAndDescendants,
    Sites,
    OrganizationsAndSites,
    People,
}

/// <summary>4me's <c>agreement.status</c>, shared by SLAs and contracts.</summary>
public enum AgreementStatus
{
    BeingPrepared,
    ScheduledForActivation,
    Active,
    Expired,
}

/// <summary>An organization, site or person an SLA's coverage names; lives with the SLA in the provider account.</summary>
public sealed class SlaCoverageTarget : ICatalogRecord
{
    public long Id { get; set; }
    public string AccountId { get; set; } = "";
    public long SlaId { get; set; }
    public SlaCoverageKind Kind { get; set; }
    public long? OrganizationId { get; set; }
    public long? SiteId { get; set; }
    public long? PersonId { get; set; }
}

public enum SlaCoverageKind
{
    Organization,
    Site,
    Person,
}
