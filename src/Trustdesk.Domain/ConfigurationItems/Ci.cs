using Trustdesk.Domain.Records;

namespace Trustdesk.Domain.ConfigurationItems;

/// <summary>
/// A configuration item (4me's CI): one laptop, printer, server or licence of the account it lives in (product.md §7).
/// Its support team may be a team of a provider the account trusts with <c>cis</c>; that provider's specialists then
/// see and maintain it (status, remarks, notes, the requests it affects) while the trust lasts. The support team's
/// account is kept beside its id, as a request's team is, so that who sees the CI is decided without a join.
/// </summary>
public sealed class Ci : Record
{
    public long ProductId { get; set; }
    public string Name { get; set; } = "";
    public string? Label { get; set; }
    public CiStatus Status { get; set; } = CiStatus.InProduction;

    /// <summary>4me's <c>serialNr</c>.</summary>
    public string? SerialNumber { get; set; }

    /// <summary>4me's <c>assetID</c>.</summary>
    public string? AssetId { get; set; }

    /// <summary>4me's <c>systemID</c>.</summary>
    public string? SystemId { get; set; }

    /// <summary>A site of the account or of its directory account.</summary>
    public long? SiteId { get; set; }

    /// <summary>The organization that supplied it: of the account or of its directory account.</summary>
    public long? SupplierId { get; set; }

    /// <summary>A service instance of the account the CI is part of.</summary>
    public long? ServiceInstanceId { get; set; }

    public long? SupportTeamId { get; set; }

    /// <summary>The account of <see cref="SupportTeamId"/>: this one, or a provider it trusts with <c>cis</c>.</summary>
    public string? SupportTeamAccountId { get; set; }

    public DateOnly? WarrantyExpiryDate { get; set; }

    public string? Remarks { get; set; }
}

/// <summary>A person who uses a CI (4me's <c>users</c> of a CI). Lives in the CI's account and is seen with it.</summary>
public sealed class CiUser : Record
{
    public long CiId { get; set; }
    public long PersonId { get; set; }
}

/// <summary>A note on a CI, written in the CI's account or by its supporting provider; seen with the CI.</summary>
public sealed class CiNote : Record
{
    public long CiId { get; set; }
    public long PersonId { get; set; }
    public string Text { get; set; } = "";
}

/// <summary>
/// One line of a CI's audit trail. A CI is changed from two accounts (its own and its supporting provider's) and both
/// read its whole trail, so it keeps a trail of its own, seen with the CI, as a request does.
/// </summary>
public sealed class CiAuditEntry : Record, IAuditLine
{
    public long CiId { get; set; }
    public long PersonId { get; set; }

    /// <summary><c>create</c> or <c>update</c>.</summary>
    public string Action { get; set; } = "";

    public string Changes { get; set; } = "{}";
}
