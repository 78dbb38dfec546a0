using System.Text.Json;

namespace Trustdesk.Bench.Reporting;

/// <summary>The whole report as JSON under bench/results/ (gitignored), for comparing runs later.</summary>
internal static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static async Task<string> WriteAsync(BenchReport report, string resultsFolder, CancellationToken cancellationToken)
    {
        var file = Path.Combine(resultsFolder, $"bench-{report.Provider.ToLowerInvariant()}-{report.StartedAt:yyyyMMdd-HHmmss}.json");
        await using var stream = File.Create(file);
        await JsonSerializer.SerializeAsync(stream, report, Options, cancellationToken);
        return file;
    }
}
