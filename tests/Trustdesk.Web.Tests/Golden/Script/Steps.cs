using System.Globalization;
using System.Text.RegularExpressions;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Golden.Script;

/// <summary>The calls the golden script makes of every collection, record and update alike.</summary>
public static partial class Steps
{
    /// <summary>A record id no record has, in a body.</summary>
    public const long MissingId = Answers.NeverExistingId;

    /// <summary><see cref="MissingId"/> in a path.</summary>
    public static readonly string Missing = MissingId.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A collection as it comes (its first page of the default size, its default fields and order); some of its fields
    /// sorted by <paramref name="sort"/>, two a page (the <c>Link</c> header carries the query on); and filtered by
    /// <paramref name="filter"/> (a query string without its <c>?</c>). The larger collections are also read at a later
    /// page (<see cref="LaterPageAsync"/>).
    /// </summary>
    public static async Task CollectionAsync(this GoldenRecorder r, GoldenCaller caller, string path, string fields, string sort, string filter)
    {
        await r.GetAsync(caller, path);
        await r.GetAsync(caller, $"{path}?fields={fields}&sort={sort}&per_page=2");
        await r.GetAsync(caller, $"{path}?{filter}");
    }

    /// <summary>The second page of three records: the <c>first</c> and <c>prev</c> links as well as <c>next</c> and <c>last</c>.</summary>
    public static Task LaterPageAsync(this GoldenRecorder r, GoldenCaller caller, string path) => r.GetAsync(caller, $"{path}?page=2&per_page=3");

    /// <summary>A record, a record of the same kind the caller may not see (when given), and a missing one.</summary>
    public static async Task RecordAsync(this GoldenRecorder r, GoldenCaller caller, string path, string? foreignPath)
    {
        await r.GetAsync(caller, path);
        if (foreignPath is not null) await r.GetAsync(caller, foreignPath);
        await r.GetAsync(caller, WithMissingId(path));
    }

    /// <summary>
    /// An update of the record at <paramref name="path"/>: a valid one; a refused one (422); the valid one again with
    /// the <c>If-Match</c> of the version before it (412); the valid one of a record the caller may not see (when
    /// given) and of a missing one (404). Returns the accepted answer.
    /// </summary>
    public static async Task<ApiResponse> UpdatesAsync(this GoldenRecorder r, GoldenCaller caller, HttpMethod method, string path, object valid,
        object invalid, string? foreignPath)
    {
        var accepted = await r.SendAsync(caller, method, path, Body(valid));
        await r.SendAsync(caller, method, path, Body(invalid));
        await r.SendAsync(caller, method, path, Body(valid), ("If-Match", Stale(accepted)));
        if (foreignPath is not null) await r.SendAsync(caller, method, foreignPath, Body(valid));
        await r.SendAsync(caller, method, WithMissingId(path), Body(valid));
        return accepted;
    }

    /// <summary>A create: a valid body (whose answer is returned) and a refused one (422).</summary>
    public static async Task<ApiResponse> CreatesAsync(this GoldenRecorder r, GoldenCaller caller, string path, object valid, object invalid)
    {
        var created = await r.PostAsync(caller, path, valid);
        await r.PostAsync(caller, path, invalid);
        return created;
    }

    /// <summary>The ETag of the version before the one <paramref name="answer"/> shows: what a client that read it earlier sends.</summary>
    public static string Stale(ApiResponse answer)
    {
        var version = ETagVersion().Match(answer.Header("ETag") ?? "");
        return version.Success
            ? $"W/\"{int.Parse(version.Groups[1].Value, CultureInfo.InvariantCulture) - 1}\""
            : throw new InvalidOperationException($"{answer.Request}: no ETag to go stale ({answer.Status})");
    }

    /// <summary><paramref name="path"/> with its last record id (the last numeric segment) replaced by <see cref="Missing"/>.</summary>
    public static string WithMissingId(string path)
    {
        var (bare, query) = path.IndexOf('?', StringComparison.Ordinal) is var at and >= 0 ? (path[..at], path[at..]) : (path, "");
        var segments = bare.Split('/');
        var last = Array.FindLastIndex(segments, s => s.Length > 0 && s.All(char.IsAsciiDigit));
        if (last < 0) throw new ArgumentException($"{path} names no record id", nameof(path));
        segments[last] = Missing;
        return string.Join('/', segments) + query;
    }

    public static string Id(this ApiResponse answer) => answer.Id.ToString(CultureInfo.InvariantCulture);

    private static string Body(object body) => body as string ?? System.Text.Json.JsonSerializer.Serialize(body);

    [GeneratedRegex("^W/\"(\\d+)\"$")]
    private static partial Regex ETagVersion();
}
