using System.Text.Json.Nodes;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Api.Audit;

/// <summary>
/// One entry of a record's audit trail as the API answers it (4me's audit entry): who changed what, in which account,
/// with the old and new value of every field that changed. The order of the properties is the order on the wire.
/// </summary>
public sealed record AuditEntryResponse
{
    public required long Id { get; init; }

    /// <summary><c>create</c> (the record's creation: every field, from null) or <c>update</c>.</summary>
    public required string Action { get; init; }

    /// <summary>Who made the change, named in the account they live in.</summary>
    public RecordRef? CreatedBy { get; init; }

    /// <summary>The account the change was made in (where its author acted), always named.</summary>
    public required AccountRef Account { get; init; }

    /// <summary>
    /// What changed, by the audited column's name (<c>status</c>, <c>team_id</c>, <c>team_account_id</c>,
    /// <c>sourceID</c>, …): for each, the pair <c>[old, new]</c>. The values are as the column stores them, so their JSON
    /// type varies by field — text, an enum's snake_case name, a record's id (references are kept by id), an account's
    /// id, or null — and a pair is the one honest element type: any JSON value. Only the fields that changed are present.
    /// </summary>
    public required IReadOnlyDictionary<string, JsonNode?[]> Changes { get; init; }

    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }
}
