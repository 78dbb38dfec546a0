using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Access;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Contracts;
using Trustdesk.Web.Api.Listing;

namespace Trustdesk.Web.Features.AccessTokens;

/// <summary>
/// <c>/v1/access_tokens</c>: a person manages their own personal access tokens. The secret is in the create
/// response only; lists show the name, prefix and dates. Revoking is immediate.
/// </summary>
public static class AccessTokensApi
{
    public static IServiceCollection AddAccessTokens(this IServiceCollection services) => services.AddScoped<ManageAccessTokens>();

    public static RouteGroupBuilder MapAccessTokensApi(this RouteGroupBuilder v1)
    {
        var tokens = v1.MapGroup("/access_tokens").WithTags("Access tokens");
        tokens.MapGet("/", (HttpRequest r, ManageAccessTokens m) => m.ListAsync(r))
            .Lists<AccessTokenResponse>("The caller's own personal access tokens, revoked ones included (never their secrets)");
        tokens.MapPost("/", (HttpRequest r, ManageAccessTokens m) => m.CreateAsync(r))
            .Acts<AccessTokenInput, AccessTokenResponse>("Create a personal access token for the caller (90 days unless expires_at says "
                + "otherwise, at most two years); the answer holds its secret, the only time it is shown", StatusCodes.Status201Created);
        tokens.MapDelete("/{id:long}", (long id, HttpRequest r, ManageAccessTokens m) => m.RevokeAsync(id, r))
            .Removes("Revoke one of the caller's personal access tokens, at once (a revoked one answers 404)");
        return tokens;
    }
}

public sealed record AccessTokenInput
{
    public string? Name { get; init; }

    /// <summary>When the token stops working: 90 days from now when left out, at most two years; a time without a zone is UTC.</summary>
    public DateTime? ExpiresAt { get; init; }
}

public sealed class ManageAccessTokens(TrustdeskDbContext db, Caller caller, TimeProvider time)
{
    /// <summary>A token changes once, when it is revoked (its last use is not a change of the token).</summary>
    private static readonly Expression<Func<AccessToken, DateTime>> LastChange = t => t.RevokedAt ?? t.CreatedAt;

    private static readonly Func<AccessToken, DateTime> LastChangeOf = LastChange.Compile();

    private static readonly ListSpec<AccessToken> Spec = new ListSpec<AccessToken>(t => t.CreatedAt, LastChange)
        .FilterAndSort("id", t => t.Id)
        .FilterAndSort("name", t => t.Name)
        .FilterAndSort("expires_at", t => t.ExpiresAt)
        .Filter("revoked_at", t => t.RevokedAt)
        .OrderBy(t => t.Id)
        // Every field of AccessTokenResponse but token: the secret is in the answer to the creation alone, never listed.
        .Fields(["name", "prefix", "expires_at", "revoked_at"], ["name", "prefix", "created_at", "expires_at", "revoked_at"]);

    public async Task<ApiResult> ListAsync(HttpRequest request)
    {
        using var home = EnterHome();
        var mine = db.AccessTokens.AsNoTracking().Where(t => t.PersonId == caller.PersonId);
        return await Listing.PageAsync(request, mine, Spec, tokens => Task.FromResult<IReadOnlyList<AccessTokenResponse>>(tokens.Select(Render).ToList()));
    }

    public async Task<ApiResult> CreateAsync(HttpRequest request)
    {
        var (body, error) = await JsonBody.ReadAsync<AccessTokenInput>(request);
        if (body is null) return error!;
        var now = time.GetUtcNow().UtcDateTime;
        var expiresAt = ApiJson.AsUtc(body.Value.ExpiresAt) ?? now + TokenIssuer.DefaultLifetime;
        var check = new Validation().Text("name", body.Value.Name, Limits.Name, required: true);
        if (expiresAt <= now) check.Add("expires_at", "must be in the future");
        if (expiresAt > now + TokenIssuer.MaxLifetime) check.Add("expires_at", "must be within two years");
        if (!check.IsValid) return check.Result!;

        using var home = EnterHome();
        var (token, secret) = TokenIssuer.Issue(caller.PersonAccountId, caller.PersonId, body.Value.Name!.Trim(),
            DateTime.SpecifyKind(expiresAt, DateTimeKind.Utc));
        db.AccessTokens.Add(token);
        await db.SaveChangesAsync(request.HttpContext.RequestAborted);
        return ApiResult.Created(ApiJson.Node(Render(token) with { Token = secret }));
    }

    public async Task<ApiResult> RevokeAsync(long id, HttpRequest request)
    {
        using var home = EnterHome();
        var token = await db.AccessTokens.FirstOrDefaultAsync(t => t.Id == id && t.PersonId == caller.PersonId, request.HttpContext.RequestAborted);
        if (token is null || token.RevokedAt is not null) return ApiErrors.NotFound();
        token.RevokedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(request.HttpContext.RequestAborted);
        return ApiResult.NoContent();
    }

    /// <summary>Tokens live in their owner's account, whichever account the call acts in.</summary>
    private IDisposable EnterHome() => db.Scope.EnterHomeOf(caller);

    private static AccessTokenResponse Render(AccessToken token) => new()
    {
        Id = token.Id,
        Name = token.Name,
        Prefix = token.Prefix,
        CreatedAt = token.CreatedAt,
        UpdatedAt = LastChangeOf(token),
        ExpiresAt = token.ExpiresAt,
        RevokedAt = token.RevokedAt,
    };
}
