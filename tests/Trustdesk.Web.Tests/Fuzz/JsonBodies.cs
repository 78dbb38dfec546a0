using System.Globalization;
using System.Text;

namespace Trustdesk.Web.Tests.Fuzz;

/// <summary>
/// Request bodies for the API: plausible ones made of an operation's own fields (<see cref="BodyFields"/>), the same
/// with some fields hostile (wrong type, extreme, too long, another account's id, lists at and past their limit), and
/// bodies broken as a whole (malformed, truncated, nested too deep, not UTF-8, too large). Written as text by hand,
/// since a serializer would refuse to write most of them.
/// </summary>
public sealed class JsonBodies(Vocabulary words, Random random)
{
    private static readonly string[] Numbers =
    [
        "0", "-1", "1", "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
        "1.5", "1e400", "-1e400", "1E3", "99999999999999999999999999999",
    ];

    private static readonly string[] Booleans = ["\"true\"", "1", "0", "\"yes\"", "\"\"", "[true]"];

    private static readonly string[] Times =
    [
        "\"0001-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59Z\"", "\"2030-02-30T00:00:00Z\"", "\"yesterday\"", "\"2031-06-01T12:00:00+14:00\"",
        "\"9999-12-31T23:59:59-14:00\"", "\"0001-01-01T00:00:00+14:00\"", "\"9999-12-31\"", "\"0001-01-01\"",
        "\"2031-06-01\"", "\"2031-06-01T12:00:00.123456789012Z\"", "1700000000", "\"24:00\"", "\"-1:00\"", "\"08:00\"", "\"99:99\"",
    ];

    private static readonly byte[][] NotUtf8 = [[0xC3, 0x28], [0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80]];

    private int _serial;

    /// <summary>A body for an operation whose fields are <paramref name="fields"/> (null: not known, so any input's fields).</summary>
    public byte[] For(IReadOnlyList<BodyField>? fields)
    {
        var own = fields is { Count: > 0 } ? fields : Subset(BodyFields.All, 4);
        return random.Next(20) switch
        {
            < 5 => Utf8(Object(Subset(own, own.Count), hostile: 0)),
            < 13 => Utf8(Object(Subset(own, own.Count), hostile: random.Next(1, 4))),
            < 15 => Utf8(Odd(own)),
            _ => Broken(own),
        };
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private List<BodyField> Subset(IReadOnlyList<BodyField> fields, int most)
    {
        var chosen = fields.Where(_ => random.Next(2) == 0).Take(most).ToList();
        return chosen.Count > 0 || fields.Count == 0 ? chosen : [fields[random.Next(fields.Count)]];
    }

    /// <summary>An object of <paramref name="fields"/>, <paramref name="hostile"/> of them (at random) given hostile values.</summary>
    private string Object(IReadOnlyList<BodyField> fields, int hostile)
    {
        var spoilt = fields.OrderBy(_ => random.Next()).Take(hostile).ToHashSet();
        return "{" + string.Join(',', fields.Select(f => Escaping.Json(f.Name) + ":" + (spoilt.Contains(f) ? HostileValue(f) : Plausible(f.Name, f.Type, 0)))) + "}";
    }

    private string Plausible(string name, Type type, int depth)
    {
        var core = Nullable.GetUnderlyingType(type) ?? type;
        if (core == typeof(string)) return Escaping.Json(words.Text(name, random, ++_serial));
        if (core == typeof(bool)) return random.Next(2) == 0 ? "true" : "false";
        if (core == typeof(DateTime) || core == typeof(DateTimeOffset)) return "\"2031-06-01T12:00:00Z\"";
        if (core == typeof(long) || core == typeof(int)) return IsId(name) ? words.Id(random) : random.Next(0, 100).ToString(CultureInfo.InvariantCulture);
        if (ElementOf(core) is { } element)
            return "[" + string.Join(',', Enumerable.Range(0, random.Next(1, 4)).Select(_ => Plausible(name, element, depth + 1))) + "]";
        if (depth < 3 && BodyFields.Properties(core).ToList() is { Count: > 0 } inner)
            return "{" + string.Join(',', inner.Select(f => Escaping.Json(f.Name) + ":" + Plausible(f.Name, f.Type, depth + 1))) + "}";
        return "null";
    }

    /// <summary>A value the field's type does not expect, or one it does at an extreme.</summary>
    private string HostileValue(BodyField field)
    {
        if (random.Next(3) == 0) return random.Next(2) == 0 ? random.Pick(Hostile.JsonValues) : Escaping.Json(Hostile.Text(random));
        var core = Nullable.GetUnderlyingType(field.Type) ?? field.Type;
        if (core == typeof(string)) return Escaping.Json(Hostile.Text(random));
        if (core == typeof(bool)) return random.Pick(Booleans);
        if (core == typeof(DateTime) || core == typeof(DateTimeOffset)) return random.Pick(Times);
        if (core == typeof(long) || core == typeof(int)) return random.Next(3) == 0 ? random.Pick(words.OtherIds) : random.Pick(Numbers);
        if (ElementOf(core) is { } element)
        {
            string Item(int i) => Plausible(field.Name, element, 1);
            return random.Next(7) switch
            {
                0 => Hostile.List(500, Item),
                1 => Hostile.List(501, Item),
                2 => Hostile.List(random.Next(2_000, 20_000), Item),
                3 => Repeated(Item(0), 30),
                4 => "[" + Plausible(field.Name, element, 1) + "," + HostileValue(field with { Type = element }) + "]",
                5 => Hostile.List(5, _ => random.Pick(Times)),
                _ => "[]",
            };
        }
        return random.Next(2) == 0 ? "[]" : "{" + string.Join(',', BodyFields.Properties(core).Select(f => Escaping.Json(f.Name) + ":" + HostileValue(f))) + "}";
    }

    /// <summary>Well-formed JSON the API must still refuse or ignore rightly: fields no input has, a field twice, names that are no names.</summary>
    private string Odd(IReadOnlyList<BodyField> fields)
    {
        var plausible = Object(fields, hostile: 0);
        var inner = plausible[1..^1];
        var comma = inner.Length > 0 ? "," : "";
        return random.Next(7) switch
        {
            0 => "{" + inner + comma + "\"fuzz_unknown\":1,\"__proto__\":{}}",
            1 => "{" + inner + comma + inner + "}",
            2 => "{\"\":1" + comma + inner + "}",
            3 => "{\"\\u0000\":1,\"\\ud800\":2" + comma + inner + "}",
            4 => "{" + Escaping.Json(new string('k', 100_000)) + ":1}",
            5 => "{" + string.Join(',', Enumerable.Range(0, 10_000).Select(i => $"\"f{i}\":{i}")) + "}",
            _ => "{" + inner + comma + "\"id\":" + words.Id(random) + "}",
        };
    }

    /// <summary>A body that is no JSON object, no JSON at all, or no UTF-8.</summary>
    private byte[] Broken(IReadOnlyList<BodyField> fields)
    {
        var plausible = Object(fields, hostile: 0);
        var bytes = Utf8(plausible);
        switch (random.Next(16))
        {
            case 0: return Utf8(random.Pick(["", " ", "null", "true", "1", "\"x\"", "[]", "[{}]", "{}{}"]));
            case 1: return Utf8(random.Pick(["{", "}", "{\"a\":}", "{'a':1}", "{\"a\":1,}", "{\"a\":1}/*c*/", "{\"a\":1} trailing", "{a:1}", "{\"a\" 1}"]));
            case 2: return bytes[..random.Next(Math.Max(1, bytes.Length))];
            case 3: return [0xEF, 0xBB, 0xBF, .. bytes];
            case 4: return Utf8(Hostile.Nested(random.Next(65, 200_000)));
            case 5: return Utf8(string.Concat(Enumerable.Repeat("{\"a\":", random.Next(65, 20_000))));
            case 6:
            case 7:
                var spoilt = NotUtf8[random.Next(NotUtf8.Length)];
                return [.. Utf8("{\"name\":\"a"), .. spoilt, .. Utf8("b\"," + plausible[1..])];
            case 8: return [.. Utf8("{\"name\":\"a"), 0x00, .. Utf8("b\"}")];
            case 9: return Utf8("{\"name\":\"line\nbreak\ttab\u0001\"}");
            case 10: return Encoding.Unicode.GetBytes(plausible);
            case 11: return Utf8(random.Next(4) == 0 ? "{\"name\":\"" + new string('x', 1024 * 1024 + 1) + "\"}" : "{\"name\":\"" + new string('x', 900_000) + "\"}");
            case 12: return Utf8("[" + plausible + "," + plausible + "]");
            case 13: return Utf8(plausible.Replace(":", ": \u00a0", StringComparison.Ordinal));
            case 14: return Utf8(plausible + new string(' ', 10_000) + "x");
            default: return Utf8("{\"a\":" + string.Join(',', Enumerable.Repeat("1", 5)) + "}");
        }
    }

    private static string Repeated(string item, int times) => "[" + string.Join(',', Enumerable.Repeat(item, times)) + "]";

    private static bool IsId(string name) => name == "id" || name.EndsWith("_id", StringComparison.Ordinal) || name.EndsWith("_ids", StringComparison.Ordinal);

    private static Type? ElementOf(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
}
