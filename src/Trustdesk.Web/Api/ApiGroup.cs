using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Idempotency;

namespace Trustdesk.Web.Api;

/// <summary>
/// The <c>/v1</c> route group. Every endpoint mapped on it runs inside the unit of work and behind caller
/// resolution, and every POST on it takes an <c>Idempotency-Key</c>, so none can forget any of them.
/// </summary>
public static class ApiGroup
{
    public static RouteGroupBuilder MapV1(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/v1");
        v1.AddEndpointFilter<UnitOfWorkFilter>();
        v1.AddEndpointFilter<CallerFilter>();
        v1.AddEndpointFilter<IdempotencyFilter>();
        return v1;
    }

    /// <summary>Lets the platform operator call this endpoint; all others answer the operator 403.</summary>
    public static TBuilder AllowOperator<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new OperatorAllowed());
}

public sealed class OperatorAllowed;

internal sealed class CallerFilter(CallerResolution resolution, Caller caller) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var refused = await resolution.ResolveAsync(context.HttpContext.Request);
        if (refused is not null) return refused;
        if (caller.IsOperator && context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<OperatorAllowed>() is null)
            return ApiErrors.Forbidden();
        return await next(context);
    }
}
