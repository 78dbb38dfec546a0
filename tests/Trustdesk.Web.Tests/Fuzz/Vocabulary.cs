using System.Text;

namespace Trustdesk.Web.Tests.Fuzz;

/// <summary>
/// The words the fuzz speaks besides hostile ones, all read from the world and the app: ids of records of the callers'
/// account and of another, account ids, and the values of every enumeration (<c>GET /v1/enums</c>, by field name), so
/// that plausible values get a handler past its first checks and hostile ones reach deep.
/// </summary>
public sealed record Vocabulary(
    IReadOnlyList<string> HomeIds, IReadOnlyList<string> OtherIds, IReadOnlyList<string> Accounts,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Enums)
{
    /// <summary>An id of a record: mostly the callers' account's, sometimes another account's or none at all.</summary>
    public string Id(Random random) => random.Next(10) switch
    {
        < 6 => random.Pick(HomeIds),
        < 8 => random.Pick(OtherIds),
        _ => random.Pick(Hostile.NumericIds),
    };

    /// <summary>A plausible text for a field of this name: one of its enumeration's values, an address, a zone or words.</summary>
    public string Text(string field, Random random, int serial)
    {
        if (Enums.TryGetValue(field, out var values) && random.Next(4) > 0) return random.Pick(values);
        if (field.Contains("email", StringComparison.Ordinal)) return $"fuzz.{serial}@example.test";
        if (field.Contains("time_zone", StringComparison.Ordinal)) return random.Pick(["Europe/Amsterdam", "America/New_York", "UTC"]);
        if (field.EndsWith("_at", StringComparison.Ordinal)) return "2031-06-01T12:00:00Z";
        if (field.Contains("account", StringComparison.Ordinal) || field == "id") return random.Pick(Accounts);
        return $"Fuzz {field} {serial}";
    }
}

/// <summary>JSON and URL text written by hand, so that any .NET string (lone surrogates included) can be sent as it is.</summary>
public static class Escaping
{
    /// <summary>A JSON string literal of <paramref name="text"/>: everything outside printable ASCII as <c>\uXXXX</c>.</summary>
    public static string Json(string text)
    {
        var json = new StringBuilder("\"");
        foreach (var c in text)
            json.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                < ' ' or > '~' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        return json.Append('"').ToString();
    }

    /// <summary>Percent-encoding of <paramref name="text"/>'s UTF-8 bytes (a lone surrogate becomes U+FFFD, as any client sends it).</summary>
    public static string Url(string text)
    {
        var url = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
            url.Append(char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~' ? ((char)b).ToString() : $"%{b:X2}");
        return url.ToString();
    }
}
