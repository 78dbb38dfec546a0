using Trustdesk.Domain.Records;

namespace Trustdesk.Domain.Requests;

/// <summary>
/// One line of a request's audit trail: who changed what, when, and in which account (<see cref="Record.AccountId"/>
/// is the account the change was made from). <see cref="Changes"/> holds the changed fields as a JSON object of
/// <c>field: [old, new]</c>, with references by id. Seen by everyone who sees the request.
/// </summary>
public sealed class RequestAuditEntry : Record, IAuditLine
{
    public long RequestId { get; set; }
    public long PersonId { get; set; }

    /// <summary><c>create</c> or <c>update</c>.</summary>
    public string Action { get; set; } = "";

    public string Changes { get; set; } = "{}";
}
