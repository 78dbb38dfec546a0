using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Trusts;

/// <summary>
/// <c>/v1/trusts</c>: the handshake between two accounts (product.md §3). 4me has no endpoint for it; this one
/// follows the same conventions. Either side's administrators invite, the invited side accepts or rejects, the
/// inviter cancels, either side revokes; either side amends the options of an accepted trust (removing at once,
/// proposing additions the other side accepts or rejects, ADR 31); every step lands in <c>/v1/trusts/:id/audit</c>.
/// </summary>
public static class TrustsApi
{
    public static IServiceCollection AddTrusts(this IServiceCollection services) => services
        .AddScoped<TrustJson>()
        .AddScoped<ListTrusts>()
        .AddScoped<InviteTrust>()
        .AddScoped<AnswerTrust>()
        .AddScoped<AmendTrust>()
        .AddScoped<TrustExpiry>()
        .AddScoped<TrustedTeams>();

    public static RouteGroupBuilder MapTrustsApi(this RouteGroupBuilder v1)
    {
        var trusts = v1.MapGroup("/trusts").WithTags("Trusts");
        trusts.MapGet("/", (HttpRequest r, ListTrusts list) => list.HandleAsync(r, null))
            .Lists<TrustResponse>("The trusts of the account, on either side: invitations, accepted trusts and those that ended");
        foreach (var (status, summary) in new[]
                 {
                     ("pending", "The account's invitations not yet answered, sent or received"),
                     ("accepted", "The account's accepted trusts, on either side"),
                 })
            trusts.MapGet($"/{status}", (HttpRequest r, ListTrusts list) => list.HandleAsync(r, status))
                .Lists<TrustResponse>(summary);
        trusts.MapGet("/{id:long}", (long id, HttpRequest r, ListTrusts list) => list.GetAsync(id, r))
            .Reads<TrustResponse>("A trust of the account");
        trusts.MapGet("/{id:long}/audit", (long id, HttpRequest r, ListTrusts list) => list.AuditAsync(id, r))
            .ListsUnder<TrustEventResponse>("A trust's audit trail: every step taken, in which account, by whom and when");
        trusts.MapPost("/", (HttpRequest r, InviteTrust invite) => invite.HandleAsync(r))
            .Creates<TrustInput, TrustResponse>("Invite another account into a trust, naming the customer and the provider (administrators)");
        trusts.MapPatch("/{id:long}", (long id, HttpRequest r, AmendTrust amend) => amend.HandleAsync(id, r))
            .Updates<TrustAmendmentInput, TrustResponse>("Amend an accepted trust's options: those left out go at once, "
                + "those added are proposed to the other account (administrators of either account)");
        // A step reads no body; it honors If-Match (412) and answers 422 when the trust's status or pending amendment does not allow it.
        foreach (var step in AnswerTrust.Steps)
            trusts.MapPost($"/{{id:long}}/{step}", (long id, HttpRequest r, AnswerTrust answer) => answer.HandleAsync(id, step, r))
                .Acts<TrustResponse>(AnswerTrust.SummaryOf(step))
                .WithMetadata(VersionedRecord.Instance, MatchedVersion.Instance)
                .Refuses(StatusCodes.Status412PreconditionFailed, StatusCodes.Status422UnprocessableEntity);
        return trusts;
    }
}
