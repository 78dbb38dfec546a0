using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Stamping;
using Trustdesk.Domain.Trusts;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.Trusts;

/// <summary>
/// The steps after an invitation: accept, reject (the invited side), cancel (the inviter), revoke (either side); and the
/// answers to a proposed amendment (ADR 31): accept or reject it (the other side), cancel it (the proposer).
/// </summary>
public sealed class AnswerTrust(TrustdeskDbContext db, Caller caller, TrustJson json, TimeProvider time)
{
    /// <summary>
    /// A step: its audit action, who takes it (its summary in the API's document), the rule that takes it, and whether it
    /// answers an amendment (audited with its options).
    /// </summary>
    private sealed record Step(string Action, string Summary, Func<Trust, string, DateTime, TrustRefusal?> Apply, bool AnswersAmendment = false);

    private static readonly Dictionary<string, Step> ByStep = new(StringComparer.Ordinal)
    {
        ["accept"] = new("accepted", "Accept an invitation to a trust (administrators of the invited account)",
            OnStatus(TrustTransitions.Accept)),
        ["reject"] = new("rejected", "Reject an invitation to a trust (administrators of the invited account)",
            OnStatus(TrustTransitions.Reject)),
        ["cancel"] = new("canceled", "Cancel an invitation not yet answered (administrators of the inviting account)",
            OnStatus(TrustTransitions.Cancel)),
        ["revoke"] = new("revoked", "Revoke an accepted trust: nothing crosses it any more (administrators of either account)",
            OnStatus(TrustTransitions.Revoke)),
        ["accept_amendment"] = new("amendment_accepted",
            "Accept the options proposed for a trust: they cross it from now on (administrators of the account the proposal was made to)",
            TrustAmendments.Accept, AnswersAmendment: true),
        ["reject_amendment"] = new("amendment_rejected",
            "Reject the options proposed for a trust: it keeps those it had (administrators of the account the proposal was made to)",
            TrustAmendments.Reject, AnswersAmendment: true),
        ["cancel_amendment"] = new("amendment_canceled",
            "Withdraw a proposal of new options for a trust (administrators of the proposing account)",
            TrustAmendments.Cancel, AnswersAmendment: true),
    };

    public static IEnumerable<string> Steps => ByStep.Keys;

    /// <summary>What <paramref name="step"/> (one of <see cref="Steps"/>) does and who may take it, in a line.</summary>
    public static string SummaryOf(string step) => ByStep[step].Summary;

    public async Task<ApiResult> HandleAsync(long id, string step, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        var (trust, refused) = await AnswerAsync(id, step, found => Preconditions.IfMatch(request, found.LockVersion), cancel);
        return trust is null ? refused! : ApiResult.Ok(ApiJson.Node(await json.RenderAsync(trust, cancel))).WithETag(trust.LockVersion);
    }

    /// <summary>
    /// Takes <paramref name="step"/> (one of <see cref="Steps"/>), or says why not (404, 403, or a 422 when the trust's
    /// status or pending amendment does not allow it: that state itself guards against answering twice); the console
    /// answers through here, from the version of the trust it showed when <paramref name="version"/> is given.
    /// </summary>
    public Task<(Trust? Answered, ApiResult? Refused)> AnswerAsync(long id, string step, int? version, CancellationToken cancel) =>
        AnswerAsync(id, step, found => version is null || version == found.LockVersion ? null : ApiErrors.PreconditionFailed(), cancel);

    private async Task<(Trust? Answered, ApiResult? Refused)> AnswerAsync(long id, string step, Func<Trust, ApiResult?> stale, CancellationToken cancel)
    {
        var trust = caller.HasAnyRole ? await db.Trusts.FirstOrDefaultAsync(t => t.Id == id, cancel) : null;
        if (trust is null || !ByStep.TryGetValue(step, out var answer)) return (null, ApiErrors.NotFound());
        if (!caller.IsAdministrator) return (null, ApiErrors.Forbidden());
        if (stale(trust) is { } precondition) return (null, precondition);

        var now = time.UtcNowToTheSecond();
        var proposed = trust.ProposedAdditions;
        if (answer.Apply(trust, caller.AccountId, now) is { } refusal) return (null, ApiErrors.Validation(refusal.Field, refusal.Reason));
        trust.LockVersion++;
        db.TrustEvents.Add(TrustAudit.Event(trust, answer.Action, caller, now, answer.AnswersAmendment ? proposed : null));
        await db.SaveChangesAsync(cancel);
        return (trust, null);
    }

    private static Func<Trust, string, DateTime, TrustRefusal?> OnStatus(Func<Trust, string, DateTime, string?> transition) =>
        (trust, account, now) => transition(trust, account, now) is { } reason ? new TrustRefusal("status", reason) : null;
}
