using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Stamping;
using Trustdesk.Domain.Trusts;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.Trusts;

public sealed record TrustAmendmentInput
{
    public IReadOnlyList<string?>? Options { get; init; }
}

/// <summary>
/// <c>PATCH /v1/trusts/:id</c> with <c>options</c>, the options an administrator of either side wants the accepted trust
/// to carry (ADR 31): those it leaves out are removed at once, those it adds are proposed to the other side, which
/// answers through <see cref="AnswerTrust"/>. Each change is audited; a stale <c>If-Match</c> answers 412 and a
/// concurrent save 409, never a silent overwrite.
/// </summary>
public sealed class AmendTrust(TrustdeskDbContext db, Caller caller, TrustJson json, TimeProvider time)
{
    public async Task<ApiResult> HandleAsync(long id, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        var (trust, _, refused) = await AmendAsync(id, found => Preconditions.IfMatch(request, found.LockVersion),
            () => JsonBody.ReadAsync<TrustAmendmentInput>(request), cancel);
        return trust is null ? refused! : ApiResult.Ok(ApiJson.Node(await json.RenderAsync(trust, cancel))).WithETag(trust.LockVersion);
    }

    /// <summary>
    /// Amends the trust to <paramref name="options"/>, only while it is still at <paramref name="version"/> (else the 412
    /// of a stale <c>If-Match</c>), and says what it did, or why not (404, 403, 412, 422); the console amends through here.
    /// </summary>
    public Task<(Trust? Amended, Amendment? Done, ApiResult? Refused)> AmendAsync(long id, IReadOnlyList<string?>? options, int version, CancellationToken cancel) =>
        AmendAsync(id, found => found.LockVersion == version ? null : ApiErrors.PreconditionFailed(),
            () => JsonBody.Of(new TrustAmendmentInput { Options = options }, new HashSet<string> { "options" }), cancel);

    /// <summary>The body is read only once the trust is known to be the caller's to amend: otherwise 404 or 403, whatever was sent.</summary>
    private async Task<(Trust? Amended, Amendment? Done, ApiResult? Refused)> AmendAsync(long id, Func<Trust, ApiResult?> stale,
        Func<Task<(JsonBody<TrustAmendmentInput>? Body, ApiResult? Error)>> read, CancellationToken cancel)
    {
        var trust = caller.HasAnyRole ? await db.Trusts.FirstOrDefaultAsync(t => t.Id == id, cancel) : null;
        if (trust is null) return (null, null, ApiErrors.NotFound());
        if (!caller.IsAdministrator) return (null, null, ApiErrors.Forbidden());
        if (stale(trust) is { } precondition) return (null, null, precondition);
        var (body, error) = await read();
        if (body is null) return (null, null, error!);
        // Options are the one field a trust's PATCH takes; without them there is nothing to change.
        if (!body.Has("options")) return (trust, new Amendment(TrustOptions.None, TrustOptions.None), null);

        var check = new Validation();
        var wanted = TrustJson.ParseOptions(body.Value.Options, check, blank: TrustAmendments.NoOptions);
        if (!check.IsValid) return (null, null, check.Result!);

        var now = time.UtcNowToTheSecond();
        var (done, refused) = TrustAmendments.Amend(trust, caller.AccountId, wanted, now);
        if (refused is not null) return (null, null, ApiErrors.Validation(refused.Field, refused.Reason));
        if (done!.ChangedNothing) return (trust, done, null);

        trust.LockVersion++;
        if (done.Removed != TrustOptions.None) db.TrustEvents.Add(TrustAudit.Event(trust, "options_removed", caller, now, done.Removed));
        if (done.Proposed != TrustOptions.None) db.TrustEvents.Add(TrustAudit.Event(trust, "amendment_proposed", caller, now, done.Proposed));
        await db.SaveChangesAsync(cancel);
        return (trust, done, null);
    }
}
