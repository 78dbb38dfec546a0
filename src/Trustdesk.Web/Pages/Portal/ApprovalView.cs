using System.Diagnostics;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api.Contracts;
using Trustdesk.Web.Features.Workflows;

namespace Trustdesk.Web.Pages.Portal;

/// <summary>
/// An approval task as an approver reads it in the portal, from the API's own answers: the task as <c>GET /v1/tasks/:id</c>
/// renders it to them (subject, instructions, status) and its workflow's header as <c>GET /v1/workflows/:id</c> does
/// (subject, status, the account it lives in) — what ADR 29 lets an approver see, nothing else.
/// </summary>
public sealed record ApprovalView(
    long Id, string Subject, string? Instructions, string Status, string StatusName, long WorkflowId, string Workflow, string? WorkflowStatus,
    string WorkflowAccount, int Version)
{
    public static ApprovalView From(TaskResponse task, WorkflowResponse? workflow, int version, string callerAccountName)
    {
        var (id, subject, instructions, status, asked) = Facts(task);
        var (workflowSubject, workflowStatus, workflowAccount) = workflow switch
        {
            FullWorkflowResponse w => (w.Subject, w.Status, w.Account),
            WorkflowHeaderResponse w => (w.Subject, w.Status, w.Account),
            _ => ((string?)null, (Domain.Workflows.WorkflowStatus?)null, (AccountRef?)null),
        };
        var statusName = SnakeCaseEnum<WorkflowTaskStatus>.Name(status);
        return new(id, subject, instructions, RequestView.Words(statusName)!, statusName, asked.Id, workflowSubject ?? asked.Name ?? "",
            workflowStatus is { } known ? RequestView.Words(SnakeCaseEnum<Domain.Workflows.WorkflowStatus>.Name(known)) : null,
            workflowAccount?.Name ?? asked.Account?.Name ?? callerAccountName, version);
    }

    /// <summary>The workflow the task belongs to, as the task names it.</summary>
    public static RecordRef WorkflowOf(TaskResponse task) => Facts(task).Workflow;

    /// <summary>What every rendering of a task tells, whether all of it or what its approver reads.</summary>
    private static (long Id, string Subject, string? Instructions, WorkflowTaskStatus Status, RecordRef Workflow) Facts(TaskResponse task) => task switch
    {
        FullTaskResponse t => (t.Id, t.Subject, t.Instructions, t.Status, t.Workflow),
        TaskForApproverResponse t => (t.Id, t.Subject, t.Instructions, t.Status, t.Workflow),
        _ => throw new UnreachableException($"{task.GetType().Name} is not a task's answer"),
    };
}
