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
        var trust = caller.HasAnyRole ? await db.Trusts.FirstOrDefaultAsync(t => t.Id == id, cancel) : null;
        if (trust is null) return ApiErrors.NotFound();
        if (!caller.IsAdministrator) return ApiErrors.Forbidden();
        if (Preconditions.IfMatch(request, trust.LockVersion) is { } stale) return stale;

        var now = time.UtcNowToTheSecond();
        var (action, apply) = ByStep[step];
        if (apply(trust, caller.AccountId, now) is { } refusal) return ApiErrors.Validation("status", refusal);
        trust.LockVersion++;
        db.TrustEvents.Add(TrustAudit.Event(trust, action, caller, now));
        await db.SaveChangesAsync(cancel);
        return ApiResult.Ok(await json.RenderAsync(trust, cancel)).WithETag(trust.LockVersion);
    }
}
