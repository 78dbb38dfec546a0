using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace Trustdesk.Web.Api.Listing;

/// <summary>
/// The <c>Link</c> header: absolute URLs (from the public URL, <see cref="PublicUrls"/>), all relations on one line (a 4me SDK build reads only the first line);
/// first/prev are left out on the first page, next on the last, and last when it is not known (a throttled total).
/// </summary>
internal static class PageLinks
{
    public static string Build(HttpRequest request, int page, int perPage, int? lastPage, bool hasNext)
    {
        var links = new List<string>();
        if (page > 1)
        {
            links.Add(Link(request, 1, perPage, "first"));
            links.Add(Link(request, Math.Min(page - 1, lastPage ?? page - 1), perPage, "prev"));
        }
        if (hasNext) links.Add(Link(request, page + 1, perPage, "next"));
        if (lastPage is int last) links.Add(Link(request, last, perPage, "last"));
        return string.Join(", ", links);
    }

    private static string Link(HttpRequest request, int page, int perPage, string relation)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        query["page"] = page.ToString(CultureInfo.InvariantCulture);
        query["per_page"] = perPage.ToString(CultureInfo.InvariantCulture);
        var url = PublicUrls.Of(request, QueryString.Create(query));
        return $"<{url}>; rel=\"{relation}\"";
    }
}
