using System.Globalization;
using System.Text;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Fuzz;

/// <summary>
/// What a careless server chokes on, in one place: texts, numbers, ids and JSON values that the fuzz sends wherever
/// the API or a form takes a value. Each entry is there because servers have failed on its kind somewhere: NUL and lone
/// surrogates (PostgreSQL, encoders), numbers past <c>long</c> (parsers, SQL parameters), lists past the limits
/// (SQLite's parameter count, EF Core's stack), text meant for another interpreter (HTML, SQL, format strings).
/// </summary>
public static class Hostile
{
    public static readonly string Missing = Answers.NeverExistingId.ToString(CultureInfo.InvariantCulture);

    /// <summary>An account id no account has (ids are <c>t-</c> and random hex), for what names a missing account.</summary>
    public const string MissingAccount = "t-00000000";

    /// <summary>Texts, as .NET strings (the JSON writer escapes them; forms and query strings percent-encode them).</summary>
    public static readonly string[] Texts =
    [
        "", " ", "\t", "a\u0000b", "\u0000", "\u0001\u0007\u001b\u007f", "line\nbreak\r\n", "\ud800", "\udc00\ud800", "\u202eevil", "\ufeffbom",
        "𝕏 emoji 👩‍💻", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' OR 1=1 --", "'; DROP TABLE people; --",
        "%s%s%n{0}{1}{{}}", "${jndi:ldap://x}", "../../../../etc/passwd", "..\\..\\windows", "\\", "%00", "%", "_", "*", "null", "true",
        "0", "-1", "1e3", "9223372036854775808", "NaN", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2030-02-30T25:61:61Z",
        "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00", "//evil.example/x", "https://evil.example", "/\\evil.example", "javascript:alert(1)",
        "Europe/Nowhere", "UTC+99", "t-", "T-UPPER", "~operator", "x@", "@example.test", "a@b", new string('x', 256), new string('é', 300),
    ];

    /// <summary>Values of a path parameter that names a record: real ids come from the worlds, these never name one.</summary>
    public static readonly string[] PathIds =
    [
        Missing, "0", "-1", "-9223372036854775808", "9223372036854775807", "9223372036854775808", "99999999999999999999999999",
        "abc", "1e3", "1.5", "+1", "%201", "0x10", "%D9%A1%D9%A2", "1%2F2", "%2F", "%2e%2e", "..", ".", "%00", "%25", "%u0041",
        "%E2%80%AE", "%FF%FE", "t-doesnotexist", "T-UPPER", "~operator", "%27%20OR%201%3D1", "%3Cscript%3E", new string('9', 400),
        new string('a', 3000),
    ];

    /// <summary>The ids of <see cref="PathIds"/> that are numbers a <c>long</c> holds: for bodies, which take ids as numbers.</summary>
    public static readonly IReadOnlyList<string> NumericIds = PathIds.Where(id => long.TryParse(id, CultureInfo.InvariantCulture, out _)).ToList();

    /// <summary>Raw JSON values of any type, for a field whatever type it wants.</summary>
    public static readonly string[] JsonValues =
    [
        "null", "true", "false", "0", "-0", "-1", "1.5", "1e400", "-1e400", "1E+2", "1e-400", "9223372036854775807", "9223372036854775808",
        "-9223372036854775809", "99999999999999999999999999999", "2147483648", "{}", "[]", "[null]", "[[1]]", "{\"id\":1}", "{\"$ref\":\"#\"}",
        "{\"__proto__\":{\"admin\":true}}", "\"\\u0000\"", "\"a\\u0000b\"", "\"\\ud800\"", "\"\\udfff\\ud800\"", "\"\\\\u0000\"",
        Nested(40), "[" + string.Join(',', Enumerable.Repeat("null", 501)) + "]",
    ];

    /// <summary>
    /// <paramref name="segment"/> without encoded NULs: a NUL in a path never reaches the app (Kestrel refuses the request
    /// line with a 400 of its own), and the in-memory test host refuses to send one at all.
    /// </summary>
    public static string NoNul(string segment) => segment.Replace("%00", "", StringComparison.Ordinal);

    public static string Pick(this Random random, IReadOnlyList<string> values) => values[random.Next(values.Count)];

    /// <summary>A long text of <paramref name="length"/> characters, with something odd every so often.</summary>
    public static string LongText(Random random, int length)
    {
        var text = new StringBuilder(length);
        while (text.Length < length) text.Append(random.Next(8) == 0 ? random.Pick(Texts) : "lorem ipsum ");
        return text.ToString(0, length);
    }

    /// <summary>A text for a string field: mostly from <see cref="Texts"/>, sometimes very long.</summary>
    public static string Text(Random random) => random.Next(10) switch
    {
        0 => LongText(random, 10_000),
        1 => LongText(random, random.Next(256, 70_000)),
        _ => random.Pick(Texts),
    };

    /// <summary>A JSON array of <paramref name="count"/> items, each written by <paramref name="item"/> (at and past the 500-item limit of a body's list).</summary>
    public static string List(int count, Func<int, string> item) => "[" + string.Join(',', Enumerable.Range(0, count).Select(item)) + "]";

    /// <summary>Arrays nested <paramref name="depth"/> deep: within the JSON reader's depth limit (64) when small, past it when large.</summary>
    public static string Nested(int depth) => new string('[', depth) + new string(']', depth);
}
