using System.Text.Json.Serialization;
using Trustdesk.Domain.Knowledge;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Knowledge;

/// <summary>A knowledge article as the API answers it (4me's). The order of the properties is the order on the wire.</summary>
public sealed record KnowledgeArticleResponse
{
    public required long Id { get; init; }
    public required string Subject { get; init; }
    public string? Description { get; init; }

    /// <summary>What to do: what the portal shows on the article's page, and what applying it to a request adds as a public note.</summary>
    public required string Instructions { get; init; }

    /// <summary>Words people may search for that the text does not use.</summary>
    public string? Keywords { get; init; }

    public required KnowledgeArticleStatus Status { get; init; }

    /// <summary>The service the article is about, in the article's account.</summary>
    public required RecordRef Service { get; init; }

    /// <summary>Shown, once validated, to the people covered for an instance of the service.</summary>
    public required bool EndUsers { get; init; }

    /// <summary>Shown, once validated, to specialists of the customer accounts of the service's SLAs.</summary>
    public required bool CoveredSpecialists { get; init; }

    /// <summary>Who wrote it; named only in the article's own account.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RecordRef? CreatedBy { get; init; }

    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }

    /// <summary>The account the article lives in, when it is not the caller's (an article of a provider).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AccountRef? Account { get; init; }
}
