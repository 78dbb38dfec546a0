using System.Text.RegularExpressions;

namespace Trustdesk.Bench;

/// <summary>The invocation as it would be typed, with any password in a connection string blanked out.</summary>
internal static partial class CommandLine
{
    [GeneratedRegex(@"(?i)(password|pwd)\s*=\s*[^;]*")]
    private static partial Regex Password();

    public static string Describe(IEnumerable<string> args) =>
        "dotnet run -c Release --project bench/Trustdesk.Bench --" +
        string.Concat(args.Select(a => " " + Quote(Password().Replace(a, "$1=***"))));

    private static string Quote(string argument) => argument.Contains(' ', StringComparison.Ordinal) || argument.Contains(';', StringComparison.Ordinal)
        ? $"\"{argument}\""
        : argument;
}
