using System.Text.Json.Nodes;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api;

namespace Trustdesk.Web.Features.WorkflowTemplates;

/// <summary>How a workflow template looks on the wire; its phases and relations are collections of their own.</summary>
public sealed class WorkflowTemplateJson
{
    public static readonly string[] CollectionFields = ["subject", "category", "impact", "disabled"];
    public static readonly string[] AllFields =
        ["subject", "category", "impact", "justification", "disabled", "source", "sourceID", "created_at", "updated_at"];

    public Task<IReadOnlyList<JsonObject>> RenderAsync(IReadOnlyList<WorkflowTemplate> templates, CancellationToken cancel) =>
        Task.FromResult<IReadOnlyList<JsonObject>>(templates.Select(Render).ToList());

    public Task<JsonObject> RenderAsync(WorkflowTemplate template, CancellationToken cancel) => Task.FromResult(Render(template));

    private static JsonObject Render(WorkflowTemplate t) => new()
    {
        ["id"] = t.Id,
        ["subject"] = t.Subject,
        ["category"] = SnakeCaseEnum<WorkflowCategory>.Name(t.Category),
        ["impact"] = t.Impact is { } impact ? SnakeCaseEnum<WorkImpact>.Name(impact) : null,
        ["justification"] = t.Justification is { } justification ? SnakeCaseEnum<WorkflowJustification>.Name(justification) : null,
        ["disabled"] = t.Disabled,
        ["source"] = t.Source,
        ["sourceID"] = t.SourceId,
        ["created_at"] = ApiJson.Timestamp(t.CreatedAt),
        ["updated_at"] = ApiJson.Timestamp(t.UpdatedAt),
    };
}
