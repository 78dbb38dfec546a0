using Trustdesk.Domain.Access;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.AccessTokens;

/// <summary>Makes a new personal access token: the secret goes back to the caller once, only its hash is kept.</summary>
public static class TokenIssuer
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(90);
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(730);

    public static (AccessToken Token, string Secret) Issue(string accountId, long personId, string name, DateTime expiresAt)
    {
        var secret = TokenSecret.New();
        var token = new AccessToken
        {
            AccountId = accountId,
            PersonId = personId,
            Name = name,
            TokenHash = TokenSecret.Hash(secret),
            Prefix = TokenSecret.Display(secret),
            ExpiresAt = expiresAt,
        };
        return (token, secret);
    }
}
