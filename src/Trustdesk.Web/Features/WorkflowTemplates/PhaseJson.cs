using System.Text.Json.Nodes;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api;

namespace Trustdesk.Web.Features.WorkflowTemplates;

public sealed class PhaseJson
{
    public static readonly string[] Fields = ["name", "position", "created_at", "updated_at"];

    public Task<IReadOnlyList<JsonObject>> RenderAsync(IReadOnlyList<WorkflowTemplatePhase> phases, CancellationToken cancel) =>
        Task.FromResult<IReadOnlyList<JsonObject>>(phases.Select(Render).ToList());

    public Task<JsonObject> RenderAsync(WorkflowTemplatePhase phase, CancellationToken cancel) => Task.FromResult(Render(phase));

    private static JsonObject Render(WorkflowTemplatePhase p) => new()
    {
        ["id"] = p.Id,
        ["name"] = p.Name,
        ["position"] = p.Position,
        ["created_at"] = ApiJson.Timestamp(p.CreatedAt),
        ["updated_at"] = ApiJson.Timestamp(p.UpdatedAt),
    };
}
