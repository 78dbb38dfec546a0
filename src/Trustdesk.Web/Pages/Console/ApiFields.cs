using System.Text.Json.Nodes;

namespace Trustdesk.Web.Pages.Console;

/// <summary>
/// Reading the API's own JSON for the console's views (as <c>RequestView</c> does for the portal), so that a page names
/// things exactly as the API does.
/// </summary>
public static class ApiFields
{
    public static string? Text(JsonNode? json, string field) => json?[field]?.GetValue<string>();

    /// <summary>The name of a referenced record (<c>{"id":…,"name":…}</c>), null when there is none.</summary>
    public static string? Name(JsonNode? json, string field) => json?[field]?["name"]?.GetValue<string>();

    public static long? Id(JsonNode? json, string field) => json?[field]?["id"]?.GetValue<long>();

    /// <summary>The id of a referenced account (accounts are known by their slug).</summary>
    public static string AccountId(JsonNode? json, string field) => json?[field]?["id"]?.GetValue<string>() ?? "";

    /// <summary>The name of the account a referenced record lives in, present only when it is not the current account.</summary>
    public static string? AccountName(JsonNode? json, string field) => json?[field]?["account"]?["name"]?.GetValue<string>();

    /// <summary>A name followed by its account's when that is another one: "Service Desk (Widget CC)".</summary>
    public static string? NameWithAccount(JsonNode? json, string field) =>
        Name(json, field) is not { } name ? null : AccountName(json, field) is { } account ? $"{name} ({account})" : name;
}
