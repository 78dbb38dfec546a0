using System.Net;
using System.Text.RegularExpressions;

namespace Trustdesk.Web.Tests.Fuzz;

/// <summary>
/// Real values for the parameters of page routes (<c>{id}</c> of <c>/console/{account}/requests/{id}</c>, <c>{list}</c> of
/// the admin lists), found as a browser finds them: in the links and form actions of the pages each session sees,
/// starting from the pages that need no more than an account and following what they link to, two levels deep.
/// </summary>
public static partial class PageLinks
{
    private const int MostPagesPerSession = 60;

    /// <summary>Values by template, then by parameter name.</summary>
    public static async Task<Dictionary<string, Dictionary<string, SortedSet<string>>>> CrawlAsync(
        IEnumerable<FormSession> sessions, IReadOnlyList<string> templates, IReadOnlyList<string> accounts)
    {
        var found = templates.ToDictionary(t => t, _ => new Dictionary<string, SortedSet<string>>(), StringComparer.Ordinal);
        var starts = templates.Where(t => t.Split('/').All(s => !s.StartsWith('{') || s == "{account}"))
            .SelectMany(t => accounts.Select(a => t.Replace("{account}", a, StringComparison.Ordinal))).ToList();
        foreach (var session in sessions)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var next = starts;
            for (var level = 0; level < 3 && next.Count > 0; level++)
            {
                var links = new List<string>();
                foreach (var path in next.Where(seen.Add).Take(MostPagesPerSession - seen.Count + 1))
                {
                    using var response = await session.Http.GetAsync(path);
                    if (response.StatusCode != HttpStatusCode.OK) continue;
                    foreach (Match link in Link().Matches(await response.Content.ReadAsStringAsync()))
                    {
                        var target = WebUtility.HtmlDecode(link.Groups[1].Value).Split('?', '#')[0];
                        if (Record(found, target)) links.Add(target);
                    }
                }
                next = links.Distinct().ToList();
            }
        }
        return found;
    }

    /// <summary>Records the parameter values of <paramref name="path"/> under every template it matches; whether any did.</summary>
    private static bool Record(Dictionary<string, Dictionary<string, SortedSet<string>>> found, string path)
    {
        var segments = path.Split('/');
        var matched = false;
        foreach (var (template, values) in found)
        {
            var parts = template.Split('/');
            if (parts.Length != segments.Length) continue;
            if (Enumerable.Range(0, parts.Length).Any(i => !parts[i].StartsWith('{') && parts[i] != segments[i])) continue;
            matched = true;
            for (var i = 0; i < parts.Length; i++)
                if (parts[i].StartsWith('{'))
                {
                    var name = parts[i].Trim('{', '}');
                    if (!values.TryGetValue(name, out var set)) values[name] = set = new SortedSet<string>(StringComparer.Ordinal);
                    set.Add(segments[i]);
                }
        }
        return matched;
    }

    [GeneratedRegex("(?:href|action)=\"(/[^\"]*)\"")]
    private static partial Regex Link();
}
