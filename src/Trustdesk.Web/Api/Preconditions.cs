using System.Globalization;

namespace Trustdesk.Web.Api;

/// <summary>
/// Optimistic concurrency for clients that want it explicit: an update with an <c>If-Match</c> that is not the
/// record's current ETag answers 412 and changes nothing. (Without it, the version check at save time still
/// turns a lost update into a 409.)
/// </summary>
public static class Preconditions
{
    public static string ETag(int lockVersion) => $"W/\"{lockVersion.ToString(CultureInfo.InvariantCulture)}\"";

    public static ApiResult? IfMatch(HttpRequest request, int lockVersion)
    {
        var header = request.Headers.IfMatch.ToString();
        if (header.Length == 0 || header == "*") return null;
        var current = ETag(lockVersion);
        var matches = header.Split(',').Select(t => t.Trim())
            .Any(tag => tag == current || "W/" + tag == current);
        return matches ? null : ApiErrors.PreconditionFailed();
    }
}
