using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.WorkflowTemplates;

/// <summary>
/// A task template placed in a phase of a workflow template (4me's task template relation). A relation is referred to
/// as <c>{id, name}</c> with its task template's subject as name. The order of the properties is the order on the wire.
/// </summary>
public sealed record TaskTemplateRelationResponse
{
    public required long Id { get; init; }
    public required RecordRef TaskTemplate { get; init; }

    /// <summary>The workflow template's phase it is placed in.</summary>
    public required RecordRef Phase { get; init; }

    /// <summary>Orders the relations within their phase, from 1 (ties by id).</summary>
    public required int Position { get; init; }

    /// <summary>The relations of the same template this one waits for, in the order of their ids.</summary>
    public required IReadOnlyList<RecordRef> Predecessors { get; init; }

    /// <summary>The relation whose task is activated when this one's fails.</summary>
    public RecordRef? FailureTaskTemplateRelation { get; init; }

    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }
}
