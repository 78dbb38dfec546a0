using System.Text.Json.Nodes;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Pages.Console;
using Trustdesk.Web.Pages.Portal;

namespace Trustdesk.Web.Pages.Shared;

/// <summary>
/// An approval task's answers as <c>GET /v1/tasks/:id/approvals</c> renders them, for the console's and the portal's
/// pages: who approved or rejected and who is still awaited, how many approvals decide it, and whether the person
/// looking may answer now — by the rule <c>UpdateTask</c> applies (<see cref="Approvals.AnswerRefusal"/>), so a page
/// offers the answer exactly when the handler would take it.
/// </summary>
public sealed record ApprovalAnswers(IReadOnlyList<ApprovalAnswers.Line> Lines, int Required, bool MayAnswer)
{
    public sealed record Line(long ApproverId, string Approver, string Status, Moment AnsweredAt);

    public static readonly ApprovalAnswers None = new([], 0, false);

    public static ApprovalAnswers From(JsonArray approvals, int? requiredApprovals, string taskStatus, long personId)
    {
        var answers = approvals.Select(a => (Id: ApiFields.Id(a, "approver") ?? 0, Status: ApiFields.Text(a, "status"), Json: a)).ToList();
        var lines = answers.Select(a => new Line(a.Id, ApiFields.Name(a.Json, "approver") ?? "—", RequestView.Words(a.Status)!,
            Moment.Of(ApiFields.Text(a.Json, "answered_at")))).ToList();
        var status = SnakeCaseEnum<WorkflowTaskStatus>.TryParse(taskStatus, out var parsed) ? parsed : WorkflowTaskStatus.Registered;
        var given = answers.Select(a => new ApproverAnswer(a.Id, SnakeCaseEnum<ApprovalStatus>.TryParse(a.Status, out var s) ? s : ApprovalStatus.Pending));
        var mayAnswer = Approvals.AnswerRefusal(personId, ApprovalStatus.Approved, status, given) is null;
        return new ApprovalAnswers(lines, Approvals.RequiredCount(requiredApprovals, lines.Count), mayAnswer);
    }
}
