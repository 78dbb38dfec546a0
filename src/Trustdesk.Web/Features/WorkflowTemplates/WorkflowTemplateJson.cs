using Trustdesk.Domain.Workflows;

namespace Trustdesk.Web.Features.WorkflowTemplates;

/// <summary>Renders workflow templates as <see cref="WorkflowTemplateResponse"/>; their phases and relations are collections of their own.</summary>
public sealed class WorkflowTemplateJson
{
    public static readonly string[] CollectionFields = ["subject", "category", "impact", "disabled"];

    public Task<IReadOnlyList<WorkflowTemplateResponse>> RenderAsync(IReadOnlyList<WorkflowTemplate> templates, CancellationToken cancel) =>
        Task.FromResult<IReadOnlyList<WorkflowTemplateResponse>>(templates.Select(Render).ToList());

    public Task<WorkflowTemplateResponse> RenderAsync(WorkflowTemplate template, CancellationToken cancel) => Task.FromResult(Render(template));

    private static WorkflowTemplateResponse Render(WorkflowTemplate t) => new()
    {
        Id = t.Id,
        Subject = t.Subject,
        Category = t.Category,
        Impact = t.Impact,
        Justification = t.Justification,
        Disabled = t.Disabled,
        Source = t.Source,
        SourceId = t.SourceId,
        CreatedAt = t.CreatedAt,
        UpdatedAt = t.UpdatedAt,
    };
}
