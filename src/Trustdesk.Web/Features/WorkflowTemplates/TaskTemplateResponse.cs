using System.Text.Json.Serialization;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.WorkflowTemplates;

/// <summary>A task template as the API answers it (4me's task template). The order of the properties is the order on the wire.</summary>
public sealed record TaskTemplateResponse
{
    public required long Id { get; init; }
    public required string Subject { get; init; }
    public required WorkflowTaskCategory Category { get; init; }
    public string? Instructions { get; init; }

    /// <summary>
    /// The team of this account or of one it trusts with <c>tasks</c> (then with <c>account</c>); named only while that
    /// trust stands, its id alone (name null) after.
    /// </summary>
    public RecordRef? Team { get; init; }

    /// <summary>Minutes.</summary>
    public int? PlannedDuration { get; init; }

    /// <summary>For an approval task: how many approvals approve it.</summary>
    public int? RequiredApprovals { get; init; }

    /// <summary>For an approval task: the people asked, of this account or its directory, by name.</summary>
    public required IReadOnlyList<RecordRef> Approvers { get; init; }

    public bool Disabled { get; init; }
    public string? Source { get; init; }
    [JsonPropertyName("sourceID")] public string? SourceId { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }
}
