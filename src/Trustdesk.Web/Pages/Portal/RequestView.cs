using System.Globalization;
using Trustdesk.Data.Configurations;
using Trustdesk.Web.Features.Requests;

namespace Trustdesk.Web.Pages.Portal;

/// <summary>
/// A request as the portal shows it, read from the API's own answer (<see cref="RequestResponse"/>), so page and API cannot
/// name things differently. A record of the caller's own account carries no <c>account</c>: then it is that one.
/// </summary>
public sealed record RequestView(
    long Id, string Subject, string Status, string Category, string? Impact, string? ServiceInstance, string ProvidingAccountId,
    string ProvidingAccount, string? RequestedFor, Moment NextTarget, Moment ResolutionTarget, Moment CreatedAt,
    RequestView.KnownProblem? Problem = null)
{
    /// <summary>The problem the request is linked to, as its viewers see it (product.md §7): what it is, how far, and how to get on meanwhile.</summary>
    public sealed record KnownProblem(long Id, string Subject, string Status, string? Workaround, string? Account);

    public static RequestView From(RequestResponse request, string callerAccountId, string callerAccountName) => new(
        request.Id,
        request.Subject,
        Words(request.Status),
        Words(request.Category),
        request.Impact is { } impact ? Words(impact) : null,
        request.ServiceInstance?.Name,
        request.Account?.Id ?? callerAccountId,
        request.Account?.Name ?? callerAccountName,
        request.RequestedFor?.Name,
        Moment.Of(request.NextTargetAt),
        Moment.Of(request.ResolutionTargetAt),
        Moment.Of(request.CreatedAt),
        request.Problem is { } problem
            ? new KnownProblem(problem.Id, problem.Subject, Words(problem.Status), problem.Workaround, problem.Account?.Name)
            : null);

    /// <summary>An enum value by its API name in words: <c>WaitingForCustomer</c> → "Waiting for customer".</summary>
    public static string Words<TEnum>(TEnum value) where TEnum : struct, Enum => Words(SnakeCaseEnum<TEnum>.Name(value))!;

    /// <summary><c>waiting_for_customer</c> → "Waiting for customer".</summary>
    public static string? Words(string? snake) =>
        string.IsNullOrEmpty(snake) ? null : char.ToUpperInvariant(snake[0]) + snake[1..].Replace('_', ' ');
}

/// <summary>A time as the API gives it (an ISO instant, or a word such as <c>best_effort</c>), shown in UTC.</summary>
public sealed record Moment(string? Iso, string Shown)
{
    public static Moment Of(DateTime? value) => Of(Api.ApiJson.Timestamp(value));

    /// <summary>A day without a time (a contract's notice date, a warranty's end), shown as the API gives it: <c>yyyy-mm-dd</c>.</summary>
    public static Moment Of(DateOnly? day) =>
        day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) is { } text ? new Moment(text, text) : new Moment(null, "—");

    public static Moment Of(string? value) =>
        value is null ? new Moment(null, "—")
        : DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var instant)
            ? new Moment(value, instant.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))
            : new Moment(null, RequestView.Words(value)!);
}
