using Trustdesk.Domain.Knowledge;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Knowledge;

/// <summary>The fields of a knowledge article a client may send (4me's: <c>subject</c>, <c>instructions</c> and <c>service_id</c> are required).</summary>
public sealed record KnowledgeArticleInput
{
    public string? Subject { get; init; }
    public string? Description { get; init; }
    public string? Instructions { get; init; }
    public string? Keywords { get; init; }

    /// <summary><c>validated</c> and <c>archived</c> are set by knowledge managers only.</summary>
    [EnumValues(typeof(KnowledgeArticleStatus))] public string? Status { get; init; }

    /// <summary>A service of the account.</summary>
    public long? ServiceId { get; init; }

    public bool? EndUsers { get; init; }
    public bool? CoveredSpecialists { get; init; }
    public string? Source { get; init; }
    [System.Text.Json.Serialization.JsonPropertyName("sourceID")] public string? SourceId { get; init; }
}
