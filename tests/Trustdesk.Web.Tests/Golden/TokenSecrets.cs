using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Tests.Golden;

/// <summary>
/// The one value of the golden answers that differs from run to run: the secret of a token the API issues
/// (<c>POST /v1/accounts</c>' owner token, <c>POST /v1/access_tokens</c>), which <c>TokenSecret.New</c> draws from
/// <c>RandomNumberGenerator</c> with no seam a test could seed. Each issued secret is learnt from the answer that
/// carries it and written <c>&lt;token N&gt;</c> in every recorded text, the prefix token lists show of it (<c>TokenSecret.Display</c>)
/// <c>&lt;token N prefix&gt;</c>, N counting the tokens in the order the calls issued them. Whatever still looks like a
/// secret afterwards is refused, so a token issued some other way cannot slip into a file.
/// </summary>
public sealed partial class TokenSecrets
{
    private readonly List<string> _issued = [];

    /// <summary>Notes the secrets an answer carries (a <c>token</c> member anywhere in its JSON).</summary>
    public void Learn(string body)
    {
        if (body.Length == 0 || body[0] is not ('{' or '[')) return;
        foreach (var secret in Tokens(JsonNode.Parse(body)))
            if (!_issued.Contains(secret)) _issued.Add(secret);
    }

    /// <summary>The text with every issued secret and prefix replaced by its placeholder.</summary>
    public string Hide(string text)
    {
        for (var i = 0; i < _issued.Count; i++)
        {
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            text = text.Replace(_issued[i], $"<token {number}>", StringComparison.Ordinal)
                .Replace(TokenSecret.Display(_issued[i]), $"<token {number} prefix>", StringComparison.Ordinal);
        }
        if (Secret().Match(text) is { Success: true } unknown)
            throw new InvalidOperationException($"a token secret no answer issued would be recorded: {unknown.Value}");
        return text;
    }

    private static IEnumerable<string> Tokens(JsonNode? node) => node switch
    {
        JsonObject record => record.SelectMany(member =>
            member.Key == "token" && member.Value is JsonValue value && value.TryGetValue<string>(out var secret) && Secret().IsMatch(secret)
                ? [secret]
                : Tokens(member.Value)),
        JsonArray list => list.SelectMany(Tokens),
        _ => [],
    };

    /// <summary>What <c>TokenSecret.New</c> makes: <c>td_</c> and 32 random bytes in unpadded base64url.</summary>
    [GeneratedRegex("td_[A-Za-z0-9_-]{43}")]
    private static partial Regex Secret();
}
