namespace Trustdesk.Domain.Records;

/// <summary>
/// One line of the audit trail of a record that only its own account changes (a knowledge article, …): who changed
/// what and when. <see cref="Changes"/> holds the changed fields as a JSON object of <c>field: [old, new]</c>, with
/// references by id. Requests, changed from several accounts and seen by all of them, keep their own trail.
/// </summary>
public sealed class AuditEntry : Record, IAuditLine
{
    /// <summary>The audited record's type, as the API names it (<c>knowledge_articles</c>).</summary>
    public string RecordType { get; set; } = "";

    public long RecordId { get; set; }
    public long PersonId { get; set; }

    /// <summary><c>create</c> or <c>update</c>.</summary>
    public string Action { get; set; } = "";

    public string Changes { get; set; } = "{}";
}
