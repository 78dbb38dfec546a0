using Trustdesk.Domain.Workflows;

namespace Trustdesk.Web.Features.WorkflowTemplates;

/// <summary>Renders the phases of workflow templates as <see cref="WorkflowTemplatePhaseResponse"/>.</summary>
public sealed class PhaseJson
{
    public static readonly string[] Fields = ["name", "position", "created_at", "updated_at"];

    public Task<IReadOnlyList<WorkflowTemplatePhaseResponse>> RenderAsync(IReadOnlyList<WorkflowTemplatePhase> phases, CancellationToken cancel) =>
        Task.FromResult<IReadOnlyList<WorkflowTemplatePhaseResponse>>(phases.Select(Render).ToList());

    public Task<WorkflowTemplatePhaseResponse> RenderAsync(WorkflowTemplatePhase phase, CancellationToken cancel) => Task.FromResult(Render(phase));

    private static WorkflowTemplatePhaseResponse Render(WorkflowTemplatePhase p) => new()
    {
        Id = p.Id,
        Name = p.Name,
        Position = p.Position,
        CreatedAt = p.CreatedAt,
        UpdatedAt = p.UpdatedAt,
    };
}
