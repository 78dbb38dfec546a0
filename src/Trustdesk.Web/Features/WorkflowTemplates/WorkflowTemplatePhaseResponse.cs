namespace Trustdesk.Web.Features.WorkflowTemplates;

/// <summary>A phase of a workflow template. The order of the properties is the order on the wire.</summary>
public sealed record WorkflowTemplatePhaseResponse
{
    public required long Id { get; init; }

    /// <summary>Unique in the template.</summary>
    public required string Name { get; init; }

    /// <summary>Orders the phases, from 1 (ties by id).</summary>
    public required int Position { get; init; }

    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }
}
