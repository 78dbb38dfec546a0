using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Trustdesk.Web.Tests.Fuzz;

/// <summary>A fuzzed call of a page handler, with the session that makes it and whether it carries that session's own antiforgery token.</summary>
public sealed record FormFuzzCall(FuzzCall Call, FormSession Session, bool CarriesToken);

/// <summary>
/// Makes the web UI calls of the fuzz, from the seed alone: for a page handler, a session, the page's path filled with
/// ids the sessions' pages link to (or another account's, or hostile ones), and its fields — plausible or hostile,
/// form-encoded mostly, sometimes encoded wrongly or not a form at all; a form with its session's token mostly, without
/// one, with a forged one or with another session's.
/// </summary>
public sealed class FormCalls(FuzzWorld world, IReadOnlyDictionary<string, Dictionary<string, SortedSet<string>>> links, Random random)
{
    private const string TokenField = "__RequestVerificationToken";

    private int _serial;

    public FormFuzzCall Next(PageHandler handler)
    {
        var session = Session();
        var path = Fill(handler.Template, session);
        var fields = Fields(handler);
        var query = new List<string>();
        if (handler.Name is not null || random.Next(20) == 0)
            query.Add("handler=" + (random.Next(20) switch
            {
                0 => random.Pick(["Nope", "", new string('h', 3000), "%00", handler.Name?.ToLowerInvariant() ?? "x"]),
                _ => handler.Name,
            }));
        if (!handler.IsForm) query.AddRange(fields.Select(f => f.Key + "=" + f.Value));
        var call = new FuzzCall(session.Name, handler.Operation, handler.Method, path + (query.Count > 0 ? "?" + string.Join('&', query) : ""), []);
        if (!handler.IsForm) return new FormFuzzCall(call, session, false);

        var token = random.Next(100) switch
        {
            < 70 => session.Token,
            < 80 => null,
            < 88 => Escaping.Url(Hostile.Text(random)),
            _ => world.Sessions[random.Next(world.Sessions.Count)].Token,
        };
        var own = token == session.Token;
        // Antiforgery reads the token from a header as well as from the form; only a form's own field depends on the body being read as one.
        var inHeader = token is not null && random.Next(10) == 0;
        if (inHeader) call = call.WithHeader("RequestVerificationToken", token!);
        else if (token is not null) fields.Add(new(TokenField, Escaping.Url(token)));
        var (body, contentType, encodedAsForm) = Body(fields);
        return new FormFuzzCall(call with { Body = body, ContentType = contentType }, session, own && (inHeader || encodedAsForm));
    }

    private FormSession Session() => world.Sessions[random.Next(100) switch
    {
        < 35 => 0,
        < 50 => 1,
        < 68 => 2,
        < 84 => 3,
        _ => 4,
    }];

    /// <summary>The path: the session's account mostly, and ids its pages link to; sometimes another account's, or hostile.</summary>
    private string Fill(string template, FormSession session)
    {
        var own = session.Name == "stranger" ? world.Other.Home.Id : world.Home.Home.Id;
        var foreign = own == world.Home.Home.Id ? world.Other.Home.Id : world.Home.Home.Id;
        var segments = template.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (!segments[i].StartsWith('{')) continue;
            var name = segments[i].Trim('{', '}');
            var roll = random.Next(100);
            segments[i] = roll >= 75 ? (random.Next(3) == 0 ? Escaping.Url(Hostile.Text(random)) : random.Pick(Hostile.PathIds))
                : name == "account" ? (roll < 62 ? own : foreign)
                : roll < 10 ? random.Pick(world.Words.OtherIds)
                : links.GetValueOrDefault(template)?.GetValueOrDefault(name) is { Count: > 0 } found ? random.Pick(found.ToList())
                : random.Pick(world.Words.HomeIds);
        }
        return Hostile.NoNul(string.Join('/', segments));
    }

    /// <summary>The handler's fields, each likely present, already URL-encoded: plausible values mostly, hostile ones often.</summary>
    private List<KeyValuePair<string, string>> Fields(PageHandler handler)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var field in handler.Fields.Where(_ => random.Next(10) < 7))
        {
            var element = field.Type.IsGenericType && field.Type != typeof(string) && field.Type.GetGenericTypeDefinition() == typeof(List<>) ? field.Type.GetGenericArguments()[0] : null;
            var times = element is null ? 1 : random.Next(0, 4);
            for (var n = 0; n < times; n++)
                fields.Add(new(Escaping.Url(field.Name), random.Next(3) == 0 ? HostileValue(element ?? field.Type) : Escaping.Url(Plausible(field.Name, element ?? field.Type))));
        }
        if (random.Next(10) == 0) fields.Add(new(Escaping.Url(random.Pick(["__proto__", "Input.Subject", "a[0]", "handler", new string('n', 5000), "Id", "id"])), Escaping.Url(Hostile.Text(random))));
        return fields;
    }

    private string Plausible(string name, Type type)
    {
        var core = Nullable.GetUnderlyingType(type) ?? type;
        if (core == typeof(bool)) return random.Pick(["true", "false", "on"]);
        if (core == typeof(int)) return random.Next(0, 6).ToString(CultureInfo.InvariantCulture);
        if (core == typeof(long)) return random.Pick(links.Values.SelectMany(l => l.GetValueOrDefault("id") ?? []).DefaultIfEmpty(world.Words.HomeIds[0]).ToList());
        var snake = JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
        return world.Words.Enums.TryGetValue(snake, out var values) && random.Next(4) > 0 ? random.Pick(values) : $"Fuzz {name} {++_serial}";
    }

    private string HostileValue(Type type)
    {
        var core = Nullable.GetUnderlyingType(type) ?? type;
        if (core != typeof(string) && random.Next(2) == 0)
            return random.Pick(["abc", "", "-1", "0", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "2147483647", "2147483648", "99999999", "1.5", "1e3", "%00", "true", "on%00"]);
        return random.Next(8) == 0 ? random.Pick(["%ZZ", "%", "%E0%A4%A", "%FF%FE", "%C0%AF", "%ED%A0%80"]) : Escaping.Url(Hostile.Text(random));
    }

    /// <summary>The fields as a form (mostly), or as a body no form sends; whether it is a form the token in it can be read from.</summary>
    private (byte[] Body, string? ContentType, bool AsForm) Body(List<KeyValuePair<string, string>> fields)
    {
        var form = string.Join('&', fields.Select(f => f.Key + "=" + f.Value));
        const string urlEncoded = "application/x-www-form-urlencoded";
        return random.Next(100) switch
        {
            < 80 => (Encoding.UTF8.GetBytes(form), urlEncoded, true),
            < 85 => (Multipart(fields), "multipart/form-data; boundary=fuzz", true),
            < 87 => (Encoding.UTF8.GetBytes(form + "&" + string.Concat(Enumerable.Repeat("x=1&", random.Next(1_000, 3_000)))), urlEncoded, true),
            < 89 => (Encoding.UTF8.GetBytes(form + "&" + string.Join('&', Enumerable.Range(0, 1_100).Select(i => $"f{i}=1"))), urlEncoded, true),
            < 90 => (Encoding.UTF8.GetBytes(form + "&big=" + new string('b', random.Next(2) == 0 ? 100_000 : 4_300_000)), urlEncoded, true),
            < 92 => ([.. Encoding.UTF8.GetBytes(form + "&bytes="), 0xFF, 0xC0, 0xAF, 0x00], urlEncoded, true),
            < 94 => (Encoding.UTF8.GetBytes(form), random.Pick([null!, "text/plain", "application/x-www-form-urlencoded; charset=utf-16", "garbage"]), false),
            < 96 => (Encoding.UTF8.GetBytes("{\"Subject\":\"json\"}"), "application/json", false),
            < 98 => (Encoding.UTF8.GetBytes(form), "multipart/form-data; boundary=fuzz", false),
            _ => (Encoding.UTF8.GetBytes(form[..random.Next(form.Length + 1)] + "%"), urlEncoded, true),
        };
    }

    private static byte[] Multipart(List<KeyValuePair<string, string>> fields)
    {
        var body = new StringBuilder();
        foreach (var (name, value) in fields)
            body.Append($"--fuzz\r\nContent-Disposition: form-data; name=\"{Uri.UnescapeDataString(name)}\"\r\n\r\n{Uri.UnescapeDataString(value)}\r\n");
        return Encoding.UTF8.GetBytes(body.Append("--fuzz--\r\n").ToString());
    }
}
