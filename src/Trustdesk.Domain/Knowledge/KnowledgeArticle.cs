using Trustdesk.Domain.Records;

namespace Trustdesk.Domain.Knowledge;

/// <summary>
/// A knowledge article (4me's): instructions for one service of its account (product.md §7). Specialists of the account
/// see all of them; a <see cref="KnowledgeArticleStatus.Validated"/> one is also seen by the people covered for an
/// instance of its service when it is for <see cref="EndUsers"/>, and by specialists of an SLA's customer account when
/// it is for <see cref="CoveredSpecialists"/>.
/// </summary>
public sealed class KnowledgeArticle : Record
{
    public long ServiceId { get; set; }
    public string Subject { get; set; } = "";
    public string? Description { get; set; }
    public string Instructions { get; set; } = "";
    public string? Keywords { get; set; }
    public KnowledgeArticleStatus Status { get; set; } = KnowledgeArticleStatus.WorkInProgress;

    /// <summary>Shown, once validated, to the people covered for an instance of the service (the self-service portal).</summary>
    public bool EndUsers { get; set; }

    /// <summary>Shown, once validated, to specialists of the customer accounts of the service's SLAs.</summary>
    public bool CoveredSpecialists { get; set; }

    public long? CreatedById { get; set; }
}

/// <summary>4me's knowledge article statuses, in the order an article goes through them.</summary>
public enum KnowledgeArticleStatus
{
    WorkInProgress,
    NotValidated,
    Validated,
    Archived,
}
