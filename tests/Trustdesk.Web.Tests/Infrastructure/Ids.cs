using System.Security.Cryptography;

namespace Trustdesk.Web.Tests.Infrastructure;

/// <summary>Random names, so every test's accounts and records are its own and tests can run in parallel.</summary>
public static class Ids
{
    /// <summary><paramref name="length"/> random lower-case hex characters.</summary>
    public static string Hex(int length) => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes((length + 1) / 2))[..length];

    /// <summary>A fresh account slug: <c>t-</c> and 8 hex characters.</summary>
    public static string Account() => "t-" + Hex(8);

    public static string Email(string who = "person") => $"{who}.{Hex(10)}@example.test";
}
