namespace Trustdesk.Web.Api;

/// <summary>
/// Every answer tells the browser what it may do with it (ADR 40): never guess a content type, send no referrer,
/// never show it in a frame, and load nothing but what the policy of its kind allows. Set when the answer starts, so
/// errors, refusals and shed calls carry them too.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>API answers are data, never a document: nothing may run, load or frame them.</summary>
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>
    /// The web UI loads only this server's own stylesheet and scripts (no inline script, no inline style), posts forms only
    /// to this server, and is framed by no one.
    /// </summary>
    public const string PagePolicy =
        "default-src 'self'; base-uri 'none'; object-src 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The API reference (Scalar) starts itself with an inline script and styles itself inline. It is a public page
    /// without a session or anyone's data, so inline code is allowed there and nowhere else; it loads nothing from
    /// elsewhere either.
    /// </summary>
    public const string ReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; base-uri 'none'; object-src 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers.ContentSecurityPolicy = PolicyFor(context.Request.Path);
            return Task.CompletedTask;
        });
        await next(context);
    });

    private static string PolicyFor(PathString path) =>
        path.StartsWithSegments("/v1") || path.StartsWithSegments("/openapi") ? ApiPolicy
        : path.StartsWithSegments("/reference") ? ReferencePolicy
        : PagePolicy;
}
