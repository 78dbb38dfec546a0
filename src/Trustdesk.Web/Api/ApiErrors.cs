using System.Globalization;
using System.Text.Json.Nodes;

namespace Trustdesk.Web.Api;

/// <summary>The error shapes of product.md §9, produced here and nowhere else.</summary>
public static class ApiErrors
{
    public static ApiResult InvalidJson() => Message(StatusCodes.Status400BadRequest, "Invalid JSON string posted");
    public static ApiResult BadRequest(string message) => Message(StatusCodes.Status400BadRequest, message);
    public static ApiResult Unauthorized() => Message(StatusCodes.Status401Unauthorized, "Unauthorized");

    /// <summary>Same body whether or not the account exists, so the answer reveals nothing.</summary>
    public static ApiResult Forbidden() => Message(StatusCodes.Status403Forbidden, "Forbidden");

    /// <summary>Missing and invisible records answer this, byte for byte the same.</summary>
    public static ApiResult NotFound() => Message(StatusCodes.Status404NotFound, "Not Found");

    public static ApiResult Conflict(string message) => Message(StatusCodes.Status409Conflict, message);
    public static ApiResult PreconditionFailed() =>
        Message(StatusCodes.Status412PreconditionFailed, "Precondition Failed: the record has changed since it was read");

    public static ApiResult TooLarge() => Message(StatusCodes.Status413PayloadTooLarge, "Request body too large");
    public static ApiResult TooManyRequests() => Message(StatusCodes.Status429TooManyRequests, "Too Many Requests");
    public static ApiResult ServerError() => Message(StatusCodes.Status500InternalServerError, "Internal Server Error");

    /// <summary>The database cannot be used just now (Outages/DatabaseOutages): nothing was done, try again after a while.</summary>
    public static ApiResult Unavailable(int retryAfterSeconds) =>
        Message(StatusCodes.Status503ServiceUnavailable, "Service Unavailable: the database is not available at the moment")
            .WithHeader("Retry-After", retryAfterSeconds.ToString(CultureInfo.InvariantCulture));

    public static ApiResult Validation(IEnumerable<(string Field, string Text)> errors)
    {
        var list = new JsonArray();
        foreach (var (field, text) in errors) list.Add(new JsonArray(field, text));
        return new ApiResult(StatusCodes.Status422UnprocessableEntity,
            new JsonObject { ["message"] = "Validation Failed", ["errors"] = list });
    }

    public static ApiResult Validation(string field, string text) => Validation([(field, text)]);

    public static ApiResult Message(int status, string message) => new(status, new JsonObject { ["message"] = message });
}
