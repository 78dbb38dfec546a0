using System.Globalization;
using System.Text.Json.Nodes;

namespace Trustdesk.Web.Pages.Portal;

/// <summary>
/// A request as the portal shows it, read from the API's own rendering (<c>RequestJson</c>), so page and API cannot
/// name things differently. A record of the caller's own account carries no <c>account</c>: then it is that one.
/// </summary>
public sealed record RequestView(
    long Id, string Subject, string Status, string Category, string? Impact, string? ServiceInstance, string ProvidingAccountId,
    string ProvidingAccount, string? RequestedFor, Moment NextTarget, Moment ResolutionTarget, Moment CreatedAt)
{
    public static RequestView From(JsonObject json, string callerAccountId, string callerAccountName) => new(
        json["id"]!.GetValue<long>(),
        Text(json, "subject")!,
        Words(Text(json, "status"))!,
        Words(Text(json, "category"))!,
        Words(Text(json, "impact")),
        json["service_instance"]?["name"]?.GetValue<string>(),
        json["account"]?["id"]?.GetValue<string>() ?? callerAccountId,
        json["account"]?["name"]?.GetValue<string>() ?? callerAccountName,
        json["requested_for"]?["name"]?.GetValue<string>(),
        Moment.Of(Text(json, "next_target_at")),
        Moment.Of(Text(json, "resolution_target_at")),
        Moment.Of(Text(json, "created_at")));

    private static string? Text(JsonObject json, string field) => json[field]?.GetValue<string>();

    /// <summary><c>waiting_for_customer</c> → "Waiting for customer".</summary>
    public static string? Words(string? snake) =>
        string.IsNullOrEmpty(snake) ? null : char.ToUpperInvariant(snake[0]) + snake[1..].Replace('_', ' ');
}

/// <summary>A time as the API gives it (an ISO instant, or a word such as <c>best_effort</c>), shown in UTC.</summary>
public sealed record Moment(string? Iso, string Shown)
{
    public static Moment Of(DateTime? value) => Of(Api.ApiJson.Timestamp(value));

    public static Moment Of(string? value) =>
        value is null ? new Moment(null, "—")
        : DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var instant)
            ? new Moment(value, instant.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))
            : new Moment(null, RequestView.Words(value)!);
}
