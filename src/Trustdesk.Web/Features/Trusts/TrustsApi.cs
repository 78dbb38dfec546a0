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
        trusts.MapGet("/", (HttpRequest r, ListTrusts list) => list.HandleAsync(r, null));
        foreach (var status in new[] { "pending", "accepted" })
            trusts.MapGet($"/{status}", (HttpRequest r, ListTrusts list) => list.HandleAsync(r, status));
        trusts.MapGet("/{id:long}", (long id, HttpRequest r, ListTrusts list) => list.GetAsync(id, r));
        trusts.MapGet("/{id:long}/audit", (long id, HttpRequest r, ListTrusts list) => list.AuditAsync(id, r));
        trusts.MapPost("/", (HttpRequest r, InviteTrust invite) => invite.HandleAsync(r));
        trusts.MapPatch("/{id:long}", (long id, HttpRequest r, AmendTrust amend) => amend.HandleAsync(id, r));
        foreach (var step in AnswerTrust.Steps)
            trusts.MapPost($"/{{id:long}}/{step}", (long id, HttpRequest r, AnswerTrust answer) => answer.HandleAsync(id, step, r));
        return trusts;
    }
}
