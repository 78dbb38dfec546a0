using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Stamping;
using Trustdesk.Domain.Trusts;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.Trusts;

/// <summary>The steps after an invitation: accept, reject (the invited side), cancel (the inviter), revoke (either side).</summary>
public sealed class AnswerTrust(TrustdeskDbContext db, Caller caller, TrustJson json, TimeProvider time)
{
    private static readonly Dictionary<string, (string Action, Func<Trust, string, DateTime, string?> Apply)> ByStep = new()
    {
        ["accept"] = ("accepted", TrustTransitions.Accept),
        ["reject"] = ("rejected", TrustTransitions.Reject),
        ["cancel"] = ("canceled", TrustTransitions.Cancel),
        ["revoke"] = ("revoked", TrustTransitions.Revoke),
    };

    public static IEnumerable<string> Steps => ByStep.Keys;

    public async Task<ApiResult> HandleAsync(long id, string step, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        var (trust, refused) = await AnswerAsync(id, step, found => Preconditions.IfMatch(request, found.LockVersion), cancel);
        return trust is null ? refused! : ApiResult.Ok(await json.RenderAsync(trust, cancel)).WithETag(trust.LockVersion);
    }

    /// <summary>
    /// Takes <paramref name="step"/> (one of <see cref="Steps"/>), or says why not (404, 403, or a 422 when the trust's
    /// status does not allow it: the status itself guards against answering twice); the console answers through here.
    /// </summary>
    public Task<(Trust? Answered, ApiResult? Refused)> AnswerAsync(long id, string step, CancellationToken cancel) =>
        AnswerAsync(id, step, _ => null, cancel);

    private async Task<(Trust? Answered, ApiResult? Refused)> AnswerAsync(long id, string step, Func<Trust, ApiResult?> stale, CancellationToken cancel)
    {
        var trust = caller.HasAnyRole ? await db.Trusts.FirstOrDefaultAsync(t => t.Id == id, cancel) : null;
        if (trust is null || !ByStep.TryGetValue(step, out var answer)) return (null, ApiErrors.NotFound());
        if (!caller.IsAdministrator) return (null, ApiErrors.Forbidden());
        if (stale(trust) is { } precondition) return (null, precondition);

        var now = time.UtcNowToTheSecond();
        if (answer.Apply(trust, caller.AccountId, now) is { } refusal) return (null, ApiErrors.Validation("status", refusal));
        trust.LockVersion++;
        db.TrustEvents.Add(TrustAudit.Event(trust, answer.Action, caller, now));
        await db.SaveChangesAsync(cancel);
        return (trust, null);
    }
}
