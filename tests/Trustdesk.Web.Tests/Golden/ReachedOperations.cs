using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Trustdesk.Web.Tests.Fuzz;

namespace Trustdesk.Web.Tests.Golden;

/// <summary>
/// The operation each call reached, as the app's own routing chose it: an answer is filed under the route and method
/// that produced it, not under the one a script meant to call, so a file cannot hold another route's answers. Noted
/// as the response starts (before the client can read it), ahead of the app's whole pipeline. Golden calls are made
/// one at a time, so the last one is the call's.
/// </summary>
public sealed class ReachedOperations : IStartupFilter
{
    /// <summary>The operation of the last answer that started; null before any, or when it reached no endpoint of the API.</summary>
    public ApiOperation? Last { get; private set; }

    public void Forget() => Last = null;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, call) =>
        {
            context.Response.OnStarting(() =>
            {
                Last = OperationOf(context);
                return Task.CompletedTask;
            });
            await call(context);
        });
        next(app);
    };

    /// <summary>Named as <see cref="ApiOperations"/> names the app's operations (a HEAD is answered by its GET).</summary>
    private static ApiOperation? OperationOf(HttpContext context)
    {
        if (context.GetEndpoint() is not RouteEndpoint endpoint) return null;
        var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
        var method = HttpMethods.IsHead(context.Request.Method) ? HttpMethods.Get : context.Request.Method;
        return new ApiOperation(methods is null ? null : method, RouteTemplates.Of(endpoint.RoutePattern));
    }
}
