using System.Text;

namespace Trustdesk.Web.Tests.Fuzz;

/// <summary>
/// "Bad input changes nothing", checked where it is cheap: what a write aims at — its record (<c>/v1/teams/7</c>), or
/// the collection it adds to or takes from (<c>/v1/requests/7/notes</c>, <c>/v1/teams/7/members</c>) — is read before
/// the write and again after it was refused, whole, by its account's administrator; any difference is a partial write.
/// The fuzz calls one at a time, so nothing else ran in between.
/// </summary>
public sealed class Witness(FuzzWorld world, IReadOnlySet<string> readableTemplates)
{
    /// <summary>The longest prefix of the call's path whose template is a GET route; null when there is none.</summary>
    public string? PathOf(string template, string path)
    {
        var (parts, segments) = (template.Split('/'), path.Split('?')[0].Split('/'));
        if (parts.Length != segments.Length) return null;
        return Enumerable.Range(2, parts.Length - 1).Reverse()
            .Where(n => readableTemplates.Contains(string.Join('/', parts[..n])))
            .Select(n => string.Join('/', segments[..n]))
            .FirstOrDefault();
    }

    /// <summary>The path as its account's administrator reads it (the operator, for the tenant registry): status, total and whole body.</summary>
    public async Task<string> ReadAsync(HttpClient http, ApiFuzzCall call, string path)
    {
        var reader = path.StartsWith("/v1/accounts", StringComparison.Ordinal) ? world.Caller("operator")
            : call.RecordsOf == world.Other ? world.Caller("stranger") : world.Caller("administrator");
        var answer = await http.SendAsync(new FuzzCall(reader.Name, "witness", "GET", path, reader.Credentials()));
        return $"{path}: {answer.Status} {answer.Header("X-Pagination-Total-Entries")} {Encoding.UTF8.GetString(answer.Body)}";
    }

    /// <summary>Where two readings part, and what each says from a little before there; null when they are the same.</summary>
    public static string? Difference(string before, string after)
    {
        if (before == after) return null;
        var length = Math.Min(before.Length, after.Length);
        var at = Enumerable.Range(0, length).FirstOrDefault(i => before[i] != after[i], length);
        var from = Math.Max(0, at - 120);
        return $"{before.Split(' ')[0]} before: …{FuzzCall.Excerpt(before[from..], 300)}\n    after: …{FuzzCall.Excerpt(after[from..], 300)}";
    }
}
