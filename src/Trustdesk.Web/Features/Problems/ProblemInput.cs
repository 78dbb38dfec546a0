using System.Text.Json.Serialization;
using Trustdesk.Domain.Problems;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Problems;

/// <summary>The fields of a problem a client may send (4me's: <c>subject</c> and <c>service_id</c> are required).</summary>
public sealed record ProblemInput
{
    public string? Subject { get; init; }

    /// <summary>A service of the account.</summary>
    public long? ServiceId { get; init; }

    [EnumValues(typeof(ProblemCategory))] public string? Category { get; init; }
    [EnumValues(typeof(WorkImpact))] public string? Impact { get; init; }
    [EnumValues(typeof(ProblemStatus))] public string? Status { get; init; }

    /// <summary>A person with a role in the account.</summary>
    public long? ManagerId { get; init; }

    /// <summary>A team of the account.</summary>
    public long? TeamId { get; init; }

    /// <summary>A member of the team.</summary>
    public long? MemberId { get; init; }

    public bool? KnownError { get; init; }
    public string? Workaround { get; init; }

    /// <summary>A note added to the problem with the change.</summary>
    public string? Note { get; init; }

    public string? Source { get; init; }
    [JsonPropertyName("sourceID")] public string? SourceId { get; init; }
}
