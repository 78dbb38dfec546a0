namespace Trustdesk.Web.Tests.Fuzz;

/// <summary>
/// Query strings for the fuzz: paging at and past its limits, sorts on unknown, repeated and odd fields, <c>fields=</c>
/// lists, filters on the operation's own fields with extreme values (ranges, hundreds of values, long and broken
/// percent-encoding) and parameters that are no parameters at all.
/// </summary>
public sealed class HostileQueries(Random random)
{
    /// <summary>One to three query parameters: paging and sorting at their extremes, filters on real and unknown fields, junk.</summary>
    public string For(IReadOnlyList<(string Field, string Value)> fields)
    {
        var parts = new List<string>();
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var field = fields.Count > 0 ? fields[random.Next(fields.Count)] : (Field: "name", Value: "x");
            parts.Add(random.Next(9) switch
            {
                0 => "page=" + random.Pick(["0", "-1", "1.5", "abc", "2147483647", "2147483648", "99999999999999999999", "", "%00", "1e3", "%201", "21474837"]),
                1 => "per_page=" + random.Pick(["0", "1", "100", "101", "-1", "2147483647", "x", "", "1%2C2"]),
                2 => "sort=" + Sort(fields),
                3 => "fields=" + random.Pick(["nope", "", ",", "id,id", string.Join(',', fields.Select(f => f.Field)), new string('f', 5000), "%00", field.Field + ",nope"]),
                4 or 5 => Escaping.Url(field.Field) + "=" + FilterValue(field.Value),
                6 => Escaping.Url(field.Field) + "=" + FilterValue(field.Value) + "&" + Escaping.Url(field.Field) + "=" + FilterValue(field.Value),
                7 => random.Pick(["nope=1", "%00=1", "=", "&&&", "a", "%", "%%", "?", "page", "%E0%A4%A=1", "roles=" + Escaping.Url(Hostile.Text(random))]),
                _ => string.Concat(Enumerable.Repeat(Escaping.Url(field.Field) + "=1&", random.Next(400, 700))) + "page=1",
            });
        }
        return "?" + string.Join('&', parts);
    }

    private string Sort(IReadOnlyList<(string Field, string Value)> fields)
    {
        var known = fields.Count > 0 ? fields[random.Next(fields.Count)].Field : "name";
        return random.Next(8) switch
        {
            0 => known,
            1 => "-" + known,
            2 => known + ",-" + known,
            3 => string.Join(',', Enumerable.Repeat(known, 300)),
            4 => random.Pick(["nope", "-", "--created_at", ",", ",,,", "created_at;DROP TABLE people", "%00", "-nope,nope"]),
            5 => new string('s', 5000),
            6 => string.Join(',', fields.Select(f => (random.Next(2) == 0 ? "-" : "") + f.Field)),
            _ => Escaping.Url(Hostile.Text(random)),
        };
    }

    private string FilterValue(string real) => random.Next(12) switch
    {
        0 => Escaping.Url(real),
        1 => Escaping.Url("!" + real),
        2 => Escaping.Url(random.Pick([">", "<", ">=", "<=", "!", "="]) + random.Pick(["9999-12-31", "0001-01-01T00:00:00Z", "2030-02-30", "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00", real, "", "x"])),
        3 => string.Join("%2C", Enumerable.Range(1, new[] { 499, 500, 501, 5000 }[random.Next(4)])),
        4 => random.Pick(["%00", "%FF%FE", "%E0%A4%A", "%25", "_", "%5C", "null", "!null", "true", "maybe", "1%2C%2C2", "%2C"]),
        5 => Escaping.Url(new string('n', random.Next(300, 20_000))),
        _ => Escaping.Url(Hostile.Text(random)),
    };
}
