using System.Text;
using Trustdesk.Web.Tests.Fuzz;

namespace Trustdesk.Web.Tests.Golden;

/// <summary>
/// The golden files: one per operation of the API (<c>GET_v1_requests_{id}.txt</c> for <c>GET /v1/requests/{id}</c>,
/// <c>ANY_v1_{path}.txt</c> for the JSON fallback of unknown paths), in the source tree's <c>Golden/answers/</c>, which
/// the test finds from its output folder (as <c>Startup/AppProcess</c> finds the app) so that a regeneration writes
/// where git sees it.
/// </summary>
public static class GoldenFiles
{
    public const string WriteVariable = "TRUSTDESK_GOLDEN_WRITE";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Whether this run writes the files instead of comparing with them.</summary>
    public static bool Writing => Environment.GetEnvironmentVariable(WriteVariable) == "1";

    private static readonly Lazy<string> SourceFolder = new(FindFolder);

    /// <summary>The golden files' folder in the source tree.</summary>
    public static string Folder => SourceFolder.Value;

    public static string NameOf(ApiOperation operation) => $"{operation.Method ?? "ANY"}{operation.Template.Replace('/', '_')}.txt";

    /// <summary>The names of the golden files there are, sorted.</summary>
    public static IReadOnlyList<string> Existing() =>
        Directory.GetFiles(Folder, "*.txt").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    /// <summary>Writes <paramref name="files"/> into <paramref name="folder"/>, removing the golden files there that no call answered any more.</summary>
    public static void Write(IReadOnlyDictionary<string, string> files, string folder)
    {
        foreach (var stale in Directory.GetFiles(folder, "*.txt").Where(path => !files.ContainsKey(Path.GetFileName(path)))) File.Delete(stale);
        foreach (var (name, text) in files) File.WriteAllText(Path.Combine(folder, name), text, Utf8);
    }

    /// <summary>Every way the recorded texts differ from the golden files, one line each (empty when none).</summary>
    public static IReadOnlyList<string> Differences(IReadOnlyDictionary<string, string> recorded)
    {
        var differences = new List<string>();
        foreach (var (name, text) in recorded.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var path = Path.Combine(Folder, name);
            if (!File.Exists(path)) differences.Add($"{name}: no golden file, yet the calls reached this operation");
            else if (!File.ReadAllBytes(path).AsSpan().SequenceEqual(Utf8.GetBytes(text)))
                differences.Add($"{name}: {FirstDifference(File.ReadAllText(path, Utf8), text)}");
        }
        differences.AddRange(Existing().Where(name => !recorded.ContainsKey(name)).Select(name => $"{name}: no call reached this operation"));
        return differences;
    }

    /// <summary>The first line that differs, with the call it belongs to, both versions shown around the first character that differs.</summary>
    public static string FirstDifference(string expected, string actual)
    {
        var (want, got) = (expected.Split('\n'), actual.Split('\n'));
        var line = 0;
        while (line < want.Length && line < got.Length && want[line] == got[line]) line++;
        var call = got.Take(line + 1).LastOrDefault(l => l.StartsWith("### ", StringComparison.Ordinal)) ?? "(before the first call)";
        var (wanted, answered) = (line < want.Length ? want[line] : null, line < got.Length ? got[line] : null);
        var column = wanted is null || answered is null ? 0 : wanted.AsSpan().CommonPrefixLength(answered);
        return $"line {line + 1}, column {column + 1}, in {call}\n    expected: {Around(wanted, column)}\n    answered: {Around(answered, column)}";
    }

    /// <summary>Up to 300 characters of <paramref name="line"/> around <paramref name="column"/>: a body is one long line.</summary>
    private static string Around(string? line, int column)
    {
        if (line is null) return "(end of file)";
        var start = Math.Max(0, column - 100);
        var end = Math.Min(line.Length, start + 300);
        return (start > 0 ? "…" : "") + line[start..end] + (end < line.Length ? "…" : "");
    }

    private static string FindFolder()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Trustdesk.slnx"))) root = root.Parent;
        var folder = Path.Combine(root?.FullName ?? "", "tests", "Trustdesk.Web.Tests", "Golden", "answers");
        return Directory.Exists(folder) ? folder : throw new DirectoryNotFoundException($"The golden files are not where these tests look for them: {folder}");
    }
}
