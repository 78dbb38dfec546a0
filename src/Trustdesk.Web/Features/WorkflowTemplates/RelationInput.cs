namespace Trustdesk.Web.Features.WorkflowTemplates;

public sealed record RelationInput
{
    public long? TaskTemplateId { get; init; }
    public long? PhaseId { get; init; }

    /// <summary>Orders the relations within their phase (ties by id); left out on create, the relation goes last.</summary>
    public int? Position { get; init; }

    /// <summary>The relations of the same template this one waits for; replaces the set.</summary>
    public long[]? PredecessorIds { get; init; }

    public long? FailureTaskTemplateRelationId { get; init; }
}
