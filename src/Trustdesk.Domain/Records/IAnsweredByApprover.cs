namespace Trustdesk.Domain.Records;

/// <summary>
/// An account-owned record that one named person answers, from whatever account they act in: an approver's answer to an
/// approval task (ADR 29: any person may approve, without a role in the task's account). The record stays in its own
/// account; the save-time guard lets exactly that person change it while their approvals are being read and answered
/// (<c>AccountScope.ReadMyApprovals</c>), and PostgreSQL row-level security does the same.
/// </summary>
public interface IAnsweredByApprover : IAccountOwned
{
    long ApproverId { get; }
}
