using System.Text.Json.Nodes;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Data.Stamping;
using Trustdesk.Domain.Requests;
using Trustdesk.Web.Api.Audit;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.Requests;

/// <summary>
/// Writes a request's audit trail (product.md §5: who, when, which account, old and new values). Each registration
/// and each update that changes a field adds one entry in the account the caller acts in; references are kept by id.
/// </summary>
public sealed class RequestAudit(TrustdeskDbContext db, Caller caller, TimeProvider time)
{
    /// <summary>The audited fields of a request as they are now.</summary>
    public static IReadOnlyDictionary<string, JsonNode?> Snapshot(Request r) => new Dictionary<string, JsonNode?>(StringComparer.Ordinal)
    {
        ["subject"] = r.Subject,
        ["category"] = SnakeCaseEnum<RequestCategory>.Name(r.Category),
        ["impact"] = r.Impact is { } impact ? SnakeCaseEnum<RequestImpact>.Name(impact) : null,
        ["status"] = SnakeCaseEnum<RequestStatus>.Name(r.Status),
        ["completion_reason"] = r.CompletionReason is { } reason ? SnakeCaseEnum<CompletionReason>.Name(reason) : null,
        ["team_id"] = r.TeamId,
        ["team_account_id"] = r.TeamAccountId,
        ["member_id"] = r.MemberId,
        ["service_instance_id"] = r.ServiceInstanceId,
        ["service_instance_account_id"] = r.ServiceInstanceAccountId,
        ["sla_id"] = r.SlaId,
        ["workflow_id"] = r.WorkflowId,
        ["customer_account_id"] = r.CustomerAccountId,
        ["requested_by_id"] = r.RequestedById,
        ["requested_for_id"] = r.RequestedForId,
        ["source"] = r.Source,
        ["sourceID"] = r.SourceId,
    };

    /// <summary>When the next audit entry is written: a status change made now is dated the same.</summary>
    public DateTime Now => time.UtcNowToTheSecond();

    /// <summary>Adds the entry of <paramref name="request"/>'s registration (the request must be saved: it needs its id).</summary>
    public void Registered(Request request) => db.RequestAuditEntries.Add(RegistrationEntry(request, caller.PersonId, Now));

    /// <summary>Adds an entry with the fields that differ from <paramref name="before"/>; nothing when none does.</summary>
    public void Updated(Request request, IReadOnlyDictionary<string, JsonNode?> before)
    {
        if (Entry(request.Id, caller.PersonId, "update", before, Snapshot(request), Now) is { } entry) db.RequestAuditEntries.Add(entry);
    }

    /// <summary>The first line of a saved request's trail, registered by <paramref name="personId"/> at <paramref name="at"/>.</summary>
    public static RequestAuditEntry RegistrationEntry(Request request, long personId, DateTime at) =>
        Entry(request.Id, personId, "create", new Dictionary<string, JsonNode?>(), Snapshot(request), at)!;

    private static RequestAuditEntry? Entry(long requestId, long personId, string action,
        IReadOnlyDictionary<string, JsonNode?> before, IReadOnlyDictionary<string, JsonNode?> after, DateTime at) =>
        AuditTrails.Changes(before, after) is { } changes
            ? new RequestAuditEntry { RequestId = requestId, PersonId = personId, Action = action, Changes = changes, CreatedAt = at }
            : null;
}
