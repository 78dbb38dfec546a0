namespace Trustdesk.Web.Features.WorkflowTemplates;

public sealed record PhaseInput
{
    public string? Name { get; init; }

    /// <summary>Orders the phases (ties by id); left out on create, the phase goes last.</summary>
    public int? Position { get; init; }
}
