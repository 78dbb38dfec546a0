using System.Text.Json.Serialization;
using Trustdesk.Domain.Problems;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Problems;

/// <summary>A problem as the API answers it (4me's), to its own account only. The order of the properties is the order on the wire.</summary>
public sealed record ProblemResponse
{
    public required long Id { get; init; }
    public required string Subject { get; init; }
    public required ProblemCategory Category { get; init; }
    public WorkImpact? Impact { get; init; }
    public required ProblemStatus Status { get; init; }

    /// <summary>The service of the account the problem is about.</summary>
    public required RecordRef Service { get; init; }

    public RecordRef? Manager { get; init; }
    public RecordRef? Team { get; init; }
    public RecordRef? Member { get; init; }

    /// <summary>The cause is known and documented, though not yet removed.</summary>
    public required bool KnownError { get; init; }

    /// <summary>How people get on meanwhile: shown on every linked request, to whoever sees it.</summary>
    public string? Workaround { get; init; }

    /// <summary>How many requests are linked to it, in whatever account they live.</summary>
    public required int RequestCount { get; init; }

    public DateTime? SolvedAt { get; init; }
    public RecordRef? CreatedBy { get; init; }
    public string? Source { get; init; }
    [JsonPropertyName("sourceID")] public string? SourceId { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }
}

/// <summary>
/// What a request's viewers see of the problem it is linked to (product.md §7): its id, subject, status and workaround,
/// and the account it lives in when that is not the caller's. The problem itself answers 404 outside its account.
/// </summary>
public sealed record LinkedProblemResponse
{
    public required long Id { get; init; }
    public required string Subject { get; init; }
    public required ProblemStatus Status { get; init; }
    public string? Workaround { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AccountRef? Account { get; init; }
}
