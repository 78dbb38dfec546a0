using Microsoft.AspNetCore.Http.Features;

namespace Trustdesk.Web.Api;

/// <summary>
/// <c>HEAD</c> on any <c>/v1</c> GET route answers as the GET would, without its body: the same status and headers
/// (<c>Content-Length</c>, <c>ETag</c>, <c>X-Pagination-*</c>, <c>X-RateLimit-*</c>). Minimal APIs map <c>MapGet</c> to
/// GET alone, so a HEAD found no endpoint. Here, in front of everything else under <c>/v1</c>, the request is routed and
/// handled as the GET it asks about, and what it writes is dropped; no endpoint has to know.
/// </summary>
public static class HeadRequests
{
    private static readonly object Marker = new();

    public static IApplicationBuilder UseApiHeadRequests(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsHead(context.Request.Method) || !context.Request.Path.StartsWithSegments("/v1"))
        {
            await next(context);
            return;
        }
        var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null, body));
        context.Items[Marker] = true;
        context.Request.Method = HttpMethods.Get;
        try
        {
            await next(context);
        }
        finally
        {
            context.Request.Method = HttpMethods.Head;
            context.Features.Set(body);
        }
    });

    /// <summary>Whether the call is a HEAD answered as a GET: a handler that would write for ever (a stream) stops after its headers.</summary>
    public static bool IsHead(HttpContext context) => context.Items.ContainsKey(Marker);
}
