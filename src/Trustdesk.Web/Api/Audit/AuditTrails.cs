using System.Linq.Expressions;
using System.Text.Json.Nodes;
using Trustdesk.Domain.Records;
using Trustdesk.Web.Api.Listing;

namespace Trustdesk.Web.Api.Audit;

/// <summary>
/// What every audit trail shares, whichever table keeps it (a request's, or <see cref="AuditEntry"/> for records only
/// their own account changes): the changes between two snapshots of a record's audited fields, how a trail is listed,
/// and how its lines are answered, their authors named where they live.
/// </summary>
public sealed class AuditTrails(NamesInAccounts names, References references)
{
    /// <summary>The fields of <paramref name="after"/> that differ from <paramref name="before"/>, as <c>field: [old, new]</c>; null when none does.</summary>
    public static string? Changes(IReadOnlyDictionary<string, JsonNode?> before, IReadOnlyDictionary<string, JsonNode?> after)
    {
        var changes = new JsonObject();
        foreach (var (field, value) in after)
        {
            var old = before.GetValueOrDefault(field);
            if (JsonNode.DeepEquals(old, value)) continue;
            changes[field] = new JsonArray(old?.DeepClone(), value?.DeepClone());
        }
        return changes.Count == 0 ? null : changes.ToJsonString();
    }

    /// <summary>A trail as <c>GET /:type/:id/audit</c> lists it: oldest first, by id and action.</summary>
    public static ListSpec<T> Spec<T>(Expression<Func<T, long>> id, Expression<Func<T, string>> action) where T : Record, IAuditLine => ListSpec.Of<T>()
        .FilterAndSort("id", id)
        .Filter("action", action)
        .OrderBy(id, descending: false)
        .Fields<AuditEntryResponse>(["action", "created_by", "account", "changes", "created_at"]);

    public async Task<IReadOnlyList<AuditEntryResponse>> RenderAsync<T>(IReadOnlyList<T> entries, CancellationToken cancel) where T : IAuditLine
    {
        var editors = await names.PeopleAsync(entries.Select(a => (a.PersonId, a.AccountId)), cancel);
        await references.LoadAccountsAsync(entries.Select(a => a.AccountId).Concat(editors.Values.Select(e => e.OwnerAccountId)), cancel);
        return entries.Select(a =>
        {
            var editor = editors.TryGetValue((a.PersonId, a.AccountId), out var known) ? known : ((string Name, string OwnerAccountId)?)null;
            return new AuditEntryResponse
            {
                Id = a.Id,
                Action = a.Action,
                CreatedBy = references.Ref(a.PersonId, editor?.Name, editor?.OwnerAccountId ?? a.AccountId),
                Account = references.AccountRef(a.AccountId),
                Changes = Parse(a.Changes),
                CreatedAt = a.CreatedAt,
                UpdatedAt = a.UpdatedAt,
            };
        }).ToList();
    }

    /// <summary>The stored changes (an object of <c>[old, new]</c> pairs), in their stored order.</summary>
    private static OrderedDictionary<string, JsonNode?[]> Parse(string stored)
    {
        var changes = new OrderedDictionary<string, JsonNode?[]>(StringComparer.Ordinal);
        foreach (var (field, pair) in JsonNode.Parse(stored)!.AsObject())
            changes[field] = [.. pair!.AsArray()];
        return changes;
    }
}
