namespace Trustdesk.Web.Api;

/// <summary>
/// The last line: no request under <c>/v1</c> ever gets a stack trace, an HTML page or an empty error. Unexpected
/// exceptions become a JSON 500 (and are logged with the request id); bodiless errors get the JSON shape.
/// </summary>
public static class ApiErrorHandling
{
    public static IApplicationBuilder UseApiErrorHandling(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (BadHttpRequestException e) when (!context.Response.HasStarted)
            {
                context.Response.Clear();
                await (e.StatusCode == 413 ? ApiErrors.TooLarge() : ApiErrors.Message(e.StatusCode, "Bad Request")).ExecuteAsync(context);
            }
            catch (Exception e) when (!context.Response.HasStarted && e is not OperationCanceledException)
            {
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Trustdesk.Api")
                    .LogError(e, "Unhandled error in request {RequestId}", context.TraceIdentifier);
                context.Response.Clear();
                await ApiErrors.ServerError().ExecuteAsync(context);
            }
        });
        app.UseStatusCodePages(async status =>
        {
            var context = status.HttpContext;
            if (!context.Request.Path.StartsWithSegments("/v1")) return;
            var message = context.Response.StatusCode switch
            {
                404 => "Not Found",
                405 => "Method Not Allowed",
                415 => "Unsupported Media Type",
                _ => "Error",
            };
            await ApiErrors.Message(context.Response.StatusCode, message).ExecuteAsync(context);
        });
        return app;
    }
}
