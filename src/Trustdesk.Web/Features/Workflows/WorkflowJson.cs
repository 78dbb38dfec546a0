using System.Text.Json.Nodes;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.Workflows;

/// <summary>
/// How a workflow looks on the wire. Another account — one that sees it through a task of its own — gets the header
/// only (product.md §6: subject, status, manager, account), nothing else of it; a person who sees it only through an
/// approval asked of them, less still: subject, status and account (ADR 29).
/// </summary>
public sealed class WorkflowJson(Caller caller, NamesInAccounts names, References references, VisibleTasks visible)
{
    public static readonly string[] CollectionFields = ["subject", "category", "status", "manager", "account", "created_at", "updated_at"];

    public static readonly string[] AllFields =
    [
        "subject", "category", "impact", "justification", "status", "completion_reason", "completed_at", "manager", "template",
        "account", "source", "sourceID", "created_at", "updated_at",
    ];

    private static readonly HashSet<string> Header = ["id", "subject", "status", "manager", "account"];
    private static readonly HashSet<string> ApproverHeader = ["id", "subject", "status", "account"];

    public async Task<IReadOnlyList<JsonObject>> RenderAsync(IReadOnlyList<Workflow> workflows, CancellationToken cancel)
    {
        var approverOnly = await visible.WorkflowsOnlyAsApproverAsync(workflows.Select(w => w.Id).ToList(), cancel);
        var managers = await names.PeopleAsync(workflows.Select(w => (w.ManagerId, w.AccountId)), cancel);
        await references.LoadAccountsAsync(workflows.Select(w => w.AccountId).Concat(managers.Values.Select(m => m.OwnerAccountId)), cancel);
        return workflows.Select(w =>
        {
            var manager = managers.TryGetValue((w.ManagerId, w.AccountId), out var m) ? m : ((string Name, string OwnerAccountId)?)null;
            var json = new JsonObject
            {
                ["id"] = w.Id,
                ["subject"] = w.Subject,
                ["category"] = SnakeCaseEnum<WorkflowCategory>.Name(w.Category),
                ["impact"] = w.Impact is { } impact ? SnakeCaseEnum<WorkImpact>.Name(impact) : null,
                ["justification"] = w.Justification is { } justification ? SnakeCaseEnum<WorkflowJustification>.Name(justification) : null,
                ["status"] = SnakeCaseEnum<WorkflowStatus>.Name(w.Status),
                ["completion_reason"] = w.CompletionReason is { } reason ? SnakeCaseEnum<WorkflowCompletionReason>.Name(reason) : null,
                ["completed_at"] = ApiJson.Timestamp(w.CompletedAt),
                ["manager"] = references.Record(w.ManagerId, manager?.Name, manager?.OwnerAccountId ?? w.AccountId),
                ["template"] = w.TemplateId is long template ? new JsonObject { ["id"] = template } : null,
                ["source"] = w.Source,
                ["sourceID"] = w.SourceId,
                ["created_at"] = ApiJson.Timestamp(w.CreatedAt),
                ["updated_at"] = ApiJson.Timestamp(w.UpdatedAt),
            };
            if (references.AccountIfForeign(w.AccountId) is { } account) json["account"] = account;
            var shown = approverOnly.Contains(w.Id) ? ApproverHeader : w.AccountId != caller.AccountId ? Header : null;
            if (shown is not null)
                foreach (var field in json.Select(p => p.Key).Where(k => !shown.Contains(k)).ToList()) json.Remove(field);
            return json;
        }).ToList();
    }

    public async Task<JsonObject> RenderAsync(Workflow workflow, CancellationToken cancel) => (await RenderAsync([workflow], cancel))[0];
}
