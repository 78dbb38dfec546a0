using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Trustdesk.Web.Tests.Fuzz;

/// <summary>
/// Issue 14: a seeded fuzz of every <c>/v1</c> route and every page and form, on each database the suite runs on, with
/// at least 5,000 calls in all (<see cref="ApiFuzz"/>: 4,000 or more, <see cref="FormFuzz"/>: 1,000 or more). Bad input
/// gets a clear error and changes nothing; no input ever produces a 5xx or a stack trace. See README.md in this folder.
/// </summary>
public sealed class FuzzTests(FuzzWorld world, ITestOutputHelper output) : IClassFixture<FuzzWorld>
{
    [Fact]
    public async Task Every_api_route_answers_hostile_calls_with_a_json_error_and_never_a_server_error()
    {
        var (clock, logged, restored) = (Stopwatch.StartNew(), world.Logs.Entries.Count, world.Restorations);
        var fuzz = new ApiFuzz(world);
        await fuzz.RunAsync();
        output.WriteLine($"API fuzz, seed {FuzzSeed.Current}: {fuzz.Calls} calls on {fuzz.Operations} operations in {clock.Elapsed.TotalSeconds:0.0} s " +
                         $"(learning {fuzz.Learning.TotalSeconds:0.0} s, calls {fuzz.Times.Total.TotalSeconds:0.0} s, " +
                         $"witnessing {fuzz.Witnessing.TotalSeconds:0.0} s); {fuzz.Twins} twins, {fuzz.Witnessed} writes witnessed " +
                         $"({fuzz.WitnessedChanges} accepted ones changed); {Facts(restored, fuzz.Times, fuzz.Statuses)}");

        Assert.True(fuzz.Operations > 100, $"only {fuzz.Operations} API operations were found");
        Assert.True(fuzz.Calls >= 4_000, $"only {fuzz.Calls} API calls were made");
        Assert.True(fuzz.WitnessedChanges > 0, "the witness saw no accepted write change what it aimed at, so it would not see a refused one either");
        Assert.True(fuzz.Offenses.Count == 0 && ErrorsLogged(logged) is null, fuzz.Offenses.Report("API fuzz", fuzz.Calls) + ErrorsLogged(logged));
    }

    [Fact]
    public async Task Every_page_and_form_answers_hostile_calls_without_a_server_error()
    {
        var (clock, logged, restored) = (Stopwatch.StartNew(), world.Logs.Entries.Count, world.Restorations);
        var fuzz = new FormFuzz(world);
        await fuzz.RunAsync();
        output.WriteLine($"Form fuzz, seed {FuzzSeed.Current}: {fuzz.Calls} calls on {fuzz.Handlers} page handlers ({fuzz.Forms} forms) in " +
                         $"{clock.Elapsed.TotalSeconds:0.0} s (crawling {fuzz.Crawling.TotalSeconds:0.0} s, calls {fuzz.Times.Total.TotalSeconds:0.0} s); " +
                         Facts(restored, fuzz.Times, fuzz.Statuses));

        Assert.True(fuzz.Calls >= 1_000, $"only {fuzz.Calls} page calls were made");
        Assert.True(fuzz.Offenses.Count == 0 && ErrorsLogged(logged) is null, fuzz.Offenses.Report("Form fuzz", fuzz.Calls) + ErrorsLogged(logged));
    }

    private string Facts(int restored, CallTimes times, SortedDictionary<int, int> statuses) =>
        $"{world.Restorations - restored} restorations; the world made in {world.Made.TotalSeconds:0.0} s ({world.MadeOf}); " +
        $"slowest: {times.Slowest(8)}; statuses: {string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))}";

    /// <summary>What the app logged as an error since entry <paramref name="from"/>: one it did not expect, even when its answer looked right.</summary>
    private string? ErrorsLogged(int from)
    {
        var errors = world.Logs.Entries.Skip(from).Where(e => e.Level >= LogLevel.Error).ToList();
        return errors.Count == 0 ? null : $"\n\nThe app logged {errors.Count} errors:\n" + string.Join("\n", errors
            .GroupBy(e => (e.Exception?.GetType(), e.Exception?.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("Trustdesk", StringComparison.Ordinal))))
            .Take(15).Select(g => FuzzCall.Excerpt($"  {g.Count()}× {g.First().Message}\n    {g.First().Exception}", 3000)));
    }
}
