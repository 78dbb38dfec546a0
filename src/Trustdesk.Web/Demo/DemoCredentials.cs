using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Trustdesk.Data;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Demo;

/// <summary>
/// Which of the reference scenario's credentials, all public, would let someone in here: its people's tokens (found the
/// way a caller's token is, and usable now), their passwords (checked the way a sign-in is) and the Development
/// operator token in <c>Platform:OperatorToken</c>.
/// </summary>
public sealed class DemoCredentials(TrustdeskDbContext db, Passwords passwords, TimeProvider time, IOptions<PlatformOptions> platform)
{
    /// <summary>The working ones in words, or null when none works.</summary>
    public async Task<string?> WorkingAsync(CancellationToken cancel)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var (tokens, signIns) = (0, 0);
        // Row-level security reads its settings inside a transaction only.
        await using (await db.Database.BeginTransactionAsync(cancel))
        {
            foreach (var person in ReferenceScenario.People)
            {
                if (await UsableTokenAsync(TokenSecret.Hash(person.Token), now, cancel)) tokens++;
                if (await passwords.SignsInAsync(person.Email, person.Password, cancel)) signIns++;
            }
        }
        var working = new List<string>();
        if (tokens > 0) working.Add($"{tokens} demo people's tokens");
        if (signIns > 0) working.Add($"{signIns} demo people's passwords");
        if (platform.Value.OperatorToken == ReferenceScenario.OperatorToken) working.Add($"the operator token {ReferenceScenario.OperatorToken} (Platform:OperatorToken)");
        return working.Count == 0 ? null : string.Join(", ", working);
    }

    private async Task<bool> UsableTokenAsync(string hash, DateTime now, CancellationToken cancel)
    {
        db.Scope.EnterTokenLookup(hash);
        try
        {
            return (await db.AccessTokens.AsNoTracking().Where(t => t.TokenHash == hash).ToListAsync(cancel)).Any(t => t.IsUsableAt(now));
        }
        finally
        {
            db.Scope.Leave();
        }
    }
}
