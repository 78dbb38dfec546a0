using Trustdesk.Web.Api.Audit;
using Trustdesk.Web.Pages.Portal;

namespace Trustdesk.Web.Pages.Console;

/// <summary>
/// An audit trail entry of a CI or a contract in words: who, in which account when it is not the caller's, and which
/// fields changed, named as the form names them (<c>serialNr</c> → "serial number"); a status with what it was and became.
/// </summary>
public static class TrailWords
{
    public static string Of(AuditEntryResponse entry, IReadOnlyDictionary<string, string> fields, string callerAccountId)
    {
        var who = (entry.CreatedBy?.Name ?? "someone") + (entry.Account.Id == callerAccountId ? "" : $" ({entry.Account.Name})");
        if (entry.Action == "create") return $"{who} registered it";
        return $"{who} changed " + string.Join(", ", entry.Changes.Select(change => Field(change.Key, change.Value, fields)));
    }

    private static string Field(string key, System.Text.Json.Nodes.JsonNode?[] values, IReadOnlyDictionary<string, string> fields)
    {
        var name = fields.GetValueOrDefault(key) ?? RequestView.Words(key)!.ToLowerInvariant();
        if (key != "status" || values.Length != 2) return name;
        return $"{name} from {Words(values[0])} to {Words(values[1])}";
    }

    private static string Words(System.Text.Json.Nodes.JsonNode? value) =>
        value is System.Text.Json.Nodes.JsonValue text && text.TryGetValue<string>(out var snake) ? RequestView.Words(snake)!.ToLowerInvariant() : "none";
}
