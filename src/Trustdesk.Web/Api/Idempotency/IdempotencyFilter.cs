using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Api.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> on every POST under <c>/v1</c> (ADR 36). The first call with a key does the work and keeps its
/// answer, in the work's own transaction; a retry with the same key and the same request gets that answer again, marked
/// <c>Idempotent-Replayed: true</c>, and does nothing; the same key with another request is refused. A POST without the
/// header runs as it always did. Runs inside the unit of work and after the caller is resolved: keys belong to a caller.
/// </summary>
internal sealed class IdempotencyFilter(KeptAnswers kept, Caller caller) : IEndpointFilter
{
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const string OtherRequest = "was used for another request (another path or body); a new request needs a new key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsPost(request.Method)) return await next(context);
        var (key, refused) = IdempotencyKeyHeader.Read(request);
        if (refused is not null) return refused;
        if (key is null) return await next(context);

        // Read once, here, and handed on as read: the fingerprint is of the very bytes the handler then binds.
        if (await JsonBody.BoundedAsync(request) is not { } body) return ApiErrors.TooLarge();
        request.Body = new MemoryStream(body.ToArray(), writable: false);

        var owner = KeyOwner.Of(caller);
        var secrets = KeySecrets.Derive(key, owner);
        var fingerprint = secrets.Fingerprint(request, body);
        var cancel = context.HttpContext.RequestAborted;
        if (await kept.ClaimAsync(owner, secrets.KeyHash, fingerprint, cancel) is { } found)
            return found.Fingerprint == fingerprint
                ? secrets.Open(found.Answer!).WithHeader(ReplayedHeader, "true")
                : ApiErrors.Validation(IdempotencyKeyHeader.Name, OtherRequest);

        var result = await next(context);
        // Kept exactly when the unit of work commits the work. A refusal wrote nothing and keeps nothing: the retry of a
        // refused call runs again, and may succeed once what was missing is there.
        if (UnitOfWorkFilter.Commits(result))
            await kept.KeepAsync(owner, secrets.KeyHash, secrets.Seal(result as ApiResult
                ?? throw new InvalidOperationException("Every /v1 answer is an ApiResult; this one could not be kept.")), cancel);
        return result;
    }
}
