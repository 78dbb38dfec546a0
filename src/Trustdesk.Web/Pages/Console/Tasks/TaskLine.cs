using System.Diagnostics;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api.Contracts;
using Trustdesk.Web.Features.Workflows;
using Trustdesk.Web.Pages.Portal;

namespace Trustdesk.Web.Pages.Console.Tasks;

/// <summary>A task as the console lists and shows it, read from the API's rendering (<c>TaskJson</c>).</summary>
public sealed record TaskLine(
    long Id, string Subject, string Status, string StatusName, string Category, long WorkflowId, string? Workflow, string? Team, string? Member,
    string? Account, string? Instructions, Moment ActivatedAt, Moment FinishedAt)
{
    /// <summary>A task as the caller reads it: all of it, or (seen only as its approver) what they decide, with no one who works it.</summary>
    public static TaskLine From(TaskResponse task) => task switch
    {
        FullTaskResponse t => new(t.Id, t.Subject, Words(t.Status), Name(t.Status), Words(t.Category), t.Workflow.Id, t.Workflow.Name,
            NameWithAccount(t.Team), t.Member?.Name, t.Account?.Name, t.Instructions, Moment.Of(t.ActivatedAt), Moment.Of(t.FinishedAt)),
        TaskForApproverResponse t => new(t.Id, t.Subject, Words(t.Status), Name(t.Status), Words(t.Category), t.Workflow.Id, t.Workflow.Name,
            null, null, t.Account?.Name, t.Instructions, Moment.Of((DateTime?)null), Moment.Of((DateTime?)null)),
        _ => throw new UnreachableException($"{task.GetType().Name} is not a task's answer"),
    };

    public bool IsApproval => Category == "Approval";

    private static string Name(WorkflowTaskStatus status) => SnakeCaseEnum<WorkflowTaskStatus>.Name(status);

    private static string Words(WorkflowTaskStatus status) => RequestView.Words(Name(status))!;

    private static string Words(WorkflowTaskCategory category) => RequestView.Words(SnakeCaseEnum<WorkflowTaskCategory>.Name(category))!;

    /// <summary>A name followed by its account's when that is another one: "Service Desk (Widget CC)".</summary>
    private static string? NameWithAccount(RecordRef? record) =>
        record?.Name is not { } name ? null : record.Account is { } account ? $"{name} ({account.Name})" : name;
}
