using System.Security.Cryptography;
using System.Text;

namespace Trustdesk.Web.Api.Auth;

/// <summary>Personal access token secrets: random, recognisable by prefix, stored only as a SHA-256 hash.</summary>
public static class TokenSecret
{
    public const string Prefix = "td_";

    public static string New() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>The part shown in token lists so a person can tell their tokens apart.</summary>
    public static string Display(string secret) => secret[..Math.Min(10, secret.Length)];

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
