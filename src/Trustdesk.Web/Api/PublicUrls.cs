using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Options;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Api;

/// <summary>
/// Absolute URLs of this server (the <c>Link</c> header's pages, the OpenAPI document's server): built from
/// <c>Platform:PublicUrl</c>, never from the <c>Host</c> header a client sent; only Development and tests, where no
/// public URL need be set, fall back to the request's own host (ADR 40).
/// </summary>
public static class PublicUrls
{
    /// <summary>This request's path, with <paramref name="query"/>, as an absolute URL.</summary>
    public static string Of(HttpRequest request, QueryString query) =>
        Base(request) is { } configured
            ? configured + request.Path.ToUriComponent() + query.ToUriComponent()
            : UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, query);

    /// <summary>The configured public URL without a trailing slash, or null.</summary>
    public static string? Base(HttpRequest request) =>
        request.HttpContext.RequestServices.GetRequiredService<IOptions<PlatformOptions>>().Value.PublicBase;
}
