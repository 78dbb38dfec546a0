using System.Globalization;
using System.Text;

namespace Trustdesk.Web.Tests.Fuzz;

/// <summary>
/// Headers gone wrong, one or two to a call: malformed or foreign credentials, odd or foreign account headers, content
/// types and negotiation the API does not speak, preconditions and idempotency keys that are garbage, proxy headers
/// from nowhere, a chunked body.
/// </summary>
public sealed class HostileHeaders(FuzzWorld world, Random random)
{
    private readonly List<string> _keys = [];

    /// <summary>One to two headers gone wrong: credentials, account, content negotiation, preconditions, keys, proxies.</summary>
    public FuzzCall Mutate(FuzzCall call)
    {
        for (var n = random.Next(1, 3); n > 0; n--)
            call = random.Next(11) switch
            {
                0 => call.WithHeader("Authorization", random.Pick(Authorizations())),
                1 => call.WithHeader(random.Pick(["X-4me-Account", "X-Xurrent-Account"]), random.Pick(AccountHeaders())),
                2 => call.WithHeader("Accept", random.Pick(["text/html", "application/xml", "*/*", "garbage;;q=x", "application/json;q=0", "", "text/event-stream"])),
                3 => call.WithHeader("If-Match", random.Pick(["garbage", "*", "W/\"1\"", "\"1\"", "W/\"-1\"", "W/\"99999999999999999999\"", ",,,", "W/", "\"", new string('e', 8000), "W/\"1\", W/\"2\""])),
                4 => call.WithHeader("Idempotency-Key", random.Pick(["", " ", "é", "key with spaces", "\t", new string('k', 255), new string('k', 256), new string('k', 10_000), "../", Key()])),
                5 => call with { ContentType = random.Pick(ContentTypes()), Body = call.Body ?? Encoding.UTF8.GetBytes("{}") },
                6 => call.WithHeader(random.Pick(["X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Host"]), random.Pick(["garbage", "1.2.3.4, ::::", "127.0.0.1", "https", "javascript", new string('1', 3000)])),
                7 => call.WithHeader("X-Request-Id", random.Pick(["", "é", "a b", new string('r', 10_000), "../../", "%00"])),
                8 => call with { Chunked = true, Body = call.Body ?? Encoding.UTF8.GetBytes("{}"), ContentType = call.ContentType ?? "application/json" },
                9 => call.WithHeader(random.Pick(["If-None-Match", "If-Modified-Since", "Range", "Cookie"]), random.Pick(["garbage", "*", "bytes=0-1", "trustdesk.session=garbage", "Thu, 01 Jan 1970 00:00:00 GMT"])),
                _ => call.WithHeader("X-4me-Account", random.Pick(AccountHeaders())).WithHeader("X-Xurrent-Account", random.Pick(AccountHeaders())),
            };
        return call;
    }

    private string[] Authorizations() =>
    [
        "Bearer", "Bearer ", "Bearer x", "Basic dXNlcjpwYXNz", "Token abc", "Bearer a b c", "Bearer " + new string('t', 10_000), "Bearer é",
        "bearer " + (world.Caller("administrator").Token), "Bearer " + world.Caller("administrator").Token + "x",
        "Bearer " + world.Caller("stranger").Token, "Bearer " + world.Caller("end user").Token, "Bearer " + world.Server.OperatorToken + " ",
        "BEARER " + world.Server.OperatorToken, "Bearer op_", "",
    ];

    private string[] AccountHeaders() =>
        [world.Home.Home.Id, world.Other.Home.Id, "", "t-doesnotexist", Hostile.MissingAccount, "T-UPPER", new string('a', 300), "../", "a,b", "~operator", "%00", "é", " " + world.Home.Home.Id];

    private static string[] ContentTypes() =>
    [
        null!, "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=utf-16",
        "application/json; charset=latin1", "application/json; charset=nonsense", "application/jsonx", "garbage", ";;;", "application/merge-patch+json", "*/*",
    ];

    /// <summary>A fresh key, or now and then one sent before: a replay, or the same key with another body.</summary>
    public string Key()
    {
        if (_keys.Count > 0 && random.Next(10) == 0) return random.Pick(_keys);
        var key = "fuzz-" + random.NextInt64().ToString("x", CultureInfo.InvariantCulture);
        _keys.Add(key);
        return key;
    }
}
