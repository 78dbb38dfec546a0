namespace Trustdesk.Domain.Workflows;

/// <summary>
/// <paramref name="SuccessorId"/> waits for <paramref name="PredecessorId"/>. The ids are task ids in a workflow,
/// or task template relation ids in a workflow template: the graph rules do not care which.
/// </summary>
public readonly record struct DependencyEdge(long PredecessorId, long SuccessorId);
