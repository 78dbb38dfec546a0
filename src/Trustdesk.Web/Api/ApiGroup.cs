using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Idempotency;
using Trustdesk.Web.Api.Limits;

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

/// <summary>
/// Resolves the caller, then counts the call where it belongs (<see cref="RateLimits"/>): in its token's window once
/// the token is known to be usable, otherwise in its client address's. A refusal over the limit answers 429 before any
/// work of the endpoint.
/// </summary>
internal sealed class CallerFilter(CallerResolution resolution, Caller caller, RateLimits limits) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var refused = await resolution.ResolveAsync(http.Request);
        var window = refused is not null || !caller.IsAuthenticated ? limits.TakeForAddress(http)
            : caller.IsOperator ? limits.TakeForOperator()
            : limits.TakeForToken(caller.TokenId);
        if (RateLimitMiddleware.Counted(http, window) is { } overLimit) return overLimit;
        if (refused is not null) return refused;
        if (caller.IsOperator && context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<OperatorAllowed>() is null)
            return ApiErrors.Forbidden();
        return await next(context);
    }
}
