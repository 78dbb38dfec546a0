using System.Text.RegularExpressions;

namespace Trustdesk.Domain.Accounts;

/// <summary>Account ids are slugs; validating them strictly also makes them safe in headers, URLs and settings.</summary>
public static partial class AccountSlug
{
    /// <summary>The pattern an account id matches (also stated in the OpenAPI document).</summary>
    public const string PatternText = "^[a-z0-9][a-z0-9-]{1,62}$";

    [GeneratedRegex(PatternText, RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);
}
