using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Features.Workflows;
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

    public static ApprovalAnswers From(IReadOnlyList<TaskApprovalResponse> approvals, int? requiredApprovals, WorkflowTaskStatus taskStatus, long personId)
    {
        var lines = approvals.Select(a => new Line(a.Approver.Id, a.Approver.Name ?? "—", RequestView.Words(SnakeCaseEnum<ApprovalStatus>.Name(a.Status))!,
            Moment.Of(a.AnsweredAt))).ToList();
        var given = approvals.Select(a => new ApproverAnswer(a.Approver.Id, a.Status));
        var mayAnswer = Approvals.AnswerRefusal(personId, ApprovalStatus.Approved, taskStatus, given) is null;
        return new ApprovalAnswers(lines, Approvals.RequiredCount(requiredApprovals, lines.Count), mayAnswer);
    }
}
