using System.Text.Json.Nodes;
using Trustdesk.Web.Features.Workflows;
using Trustdesk.Web.Pages.Console;

namespace Trustdesk.Web.Pages.Portal;

/// <summary>
/// An approval task as an approver reads it in the portal, from the API's own JSON: the task as <c>GET /v1/tasks/:id</c>
/// renders it to them (subject, instructions, status) and its workflow's header as <c>GET /v1/workflows/:id</c> does
/// (subject, status, the account it lives in) — what ADR 29 lets an approver see, nothing else.
/// </summary>
public sealed record ApprovalView(
    long Id, string Subject, string? Instructions, string Status, string StatusName, long WorkflowId, string Workflow, string? WorkflowStatus,
    string WorkflowAccount, int Version)
{
    public static ApprovalView From(JsonObject task, JsonObject? workflow, int version, string callerAccountName) => new(
        task["id"]!.GetValue<long>(),
        ApiFields.Text(task, "subject")!,
        ApiFields.Text(task, "instructions"),
        RequestView.Words(ApiFields.Text(task, "status"))!,
        ApiFields.Text(task, "status")!,
        ApiFields.Id(task, "workflow")!.Value,
        ApiFields.Text(workflow, "subject") ?? ApiFields.Name(task, "workflow") ?? "",
        RequestView.Words(ApiFields.Text(workflow, "status")),
        ApiFields.Name(workflow, "account") ?? ApiFields.AccountName(task, "workflow") ?? callerAccountName,
        version);

    /// <summary>The header of the task's workflow through the handler of <c>GET /v1/workflows/:id</c> (null if it is not readable).</summary>
    public static async Task<JsonObject?> WorkflowHeaderAsync(ListWorkflows workflows, long workflowId, HttpRequest request)
    {
        var answer = await workflows.GetAsync(workflowId, request);
        return answer.StatusCode == StatusCodes.Status200OK ? answer.Body as JsonObject : null;
    }
}
