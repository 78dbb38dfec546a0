using Trustdesk.Web.Features.AccessTokens;
using Trustdesk.Web.Tests.Features.Events;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Isolation.Tests.World;

/// <summary>Tokens the API cannot make: one that expired a minute ago (the API refuses an expiry in the past).</summary>
public static class TokenWrites
{
    public static async Task<string> IssueExpiredAsync(TrustdeskServer server, string accountId, long personId)
    {
        var (token, secret) = TokenIssuer.Issue(accountId, personId, "expired", DateTime.UtcNow.AddMinutes(-1));
        await ServerWrites.InAccountAsync(server, accountId, async db =>
        {
            db.AccessTokens.Add(token);
            await db.SaveChangesAsync();
        });
        return secret;
    }
}
