namespace Trustdesk.Web.Api.Idempotency;

/// <summary>The <c>Idempotency-Key</c> request header: sent once, 1 to 255 printable ASCII characters.</summary>
internal static class IdempotencyKeyHeader
{
    public const string Name = "Idempotency-Key";
    public const int MaxLength = 255;

    /// <summary>
    /// The key, null when the header is not there. A malformed one is refused with a 422 naming the header, before any
    /// work: a key the server would read otherwise than the client meant could never find its first answer again.
    /// </summary>
    public static (string? Key, ApiResult? Refused) Read(HttpRequest request)
    {
        var values = request.Headers[Name];
        if (values.Count == 0) return (null, null);
        var check = new Validation();
        var key = values.Count == 1 ? values[0] ?? "" : "";
        if (values.Count > 1) check.Add(Name, "is given more than once");
        else
        {
            check.Required(Name, key).MaxLength(Name, key, MaxLength);
            if (key.Any(c => c is < ' ' or > '~')) check.Add(Name, "must be printable ASCII characters");
        }
        return check.IsValid ? (key, null) : (null, check.Result);
    }
}
