using System.Text.Json.Nodes;
using Trustdesk.Domain.Records;

namespace Trustdesk.Web.Api.Audit;

/// <summary>
/// How a record only its own account changes is audited by <see cref="RecordWrites"/>: its type as the API names it and a
/// snapshot of its audited fields (references by id). Each create, and each update that changes one of them, adds an
/// <see cref="AuditEntry"/> in the same save.
/// </summary>
public sealed record AuditedAs<T>(string RecordType, Func<T, IReadOnlyDictionary<string, JsonNode?>> Snapshot) where T : Record
{
    /// <summary>The first line of a saved record's trail: every audited field, from nothing.</summary>
    public AuditEntry Created(T record, long personId) => Entry(record, new Dictionary<string, JsonNode?>(), "create", personId)
        ?? new AuditEntry { RecordType = RecordType, RecordId = record.Id, PersonId = personId, Action = "create" };

    /// <summary>The entry for the change from <paramref name="before"/> (empty for a creation) to the record now; null when nothing changed.</summary>
    public AuditEntry? Entry(T record, IReadOnlyDictionary<string, JsonNode?> before, string action, long personId) =>
        AuditTrails.Changes(before, Snapshot(record)) is { } changes
            ? new AuditEntry { RecordType = RecordType, RecordId = record.Id, PersonId = personId, Action = action, Changes = changes }
            : null;
}
