using System.Diagnostics;
using Trustdesk.Web.Tests.Fuzz;
using Trustdesk.Web.Tests.Golden.Script;
using Trustdesk.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Trustdesk.Web.Tests.Golden;

/// <summary>
/// Today's answers of every <c>/v1</c> route and method, held byte for byte (issue 15 replaces the handlers' hand-built
/// JSON, and the wire format must not move): the golden script's calls are made on a fresh <see cref="GoldenWorld"/>
/// and each operation's answers compared with its file in <c>Golden/answers/</c>. The same files serve SQLite and
/// PostgreSQL, so the two databases must answer alike. <c>TRUSTDESK_GOLDEN_WRITE=1</c> writes the files instead, and
/// fails all the same. See <c>Golden/README.md</c>.
/// </summary>
public sealed class GoldenAnswersTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_answer_of_the_api_is_its_golden_file_byte_for_byte()
    {
        var clock = Stopwatch.StartNew();
        using var world = await GoldenWorld.BuildAsync();
        var built = clock.Elapsed;
        var recorder = new GoldenRecorder(world.Server);
        Exception? broken = null;
        try
        {
            await GoldenScript.RunAsync(recorder, world.Records);
        }
        catch (Exception e)
        {
            // An answer the script reads from may have changed: the differences below say which.
            broken = e;
        }
        var files = recorder.Files;
        output.WriteLine($"{recorder.Calls} calls of {files.Count} operations on {(world.Server.Server.Database.IsPostgres ? "PostgreSQL" : "SQLite")}: " +
            $"world {built.TotalSeconds:0.0} s ({world.MadeOf}), calls {(clock.Elapsed - built).TotalSeconds:0.0} s");

        if (GoldenFiles.Writing && broken is not null)
        {
            var aside = Directory.CreateTempSubdirectory("trustdesk-golden-").FullName;
            GoldenFiles.Write(files, aside);
            Assert.Fail($"The golden script broke off after {recorder.Calls} calls, so nothing was written to the source tree; " +
                $"what it recorded is in {aside}. {broken}");
        }
        if (GoldenFiles.Writing)
        {
            GoldenFiles.Write(files, GoldenFiles.Folder);
            Assert.Fail($"{GoldenFiles.WriteVariable}=1: {files.Count} golden files written to {GoldenFiles.Folder} instead of compared. " +
                "Review them with git diff, then run again without it.");
        }
        var differences = GoldenFiles.Differences(files);
        Assert.True(differences.Count == 0 && broken is null,
            (broken is null ? "" : $"The golden script broke off after {recorder.Calls} calls: {broken}\n\n") +
            $"{differences.Count} golden files differ (regenerate with {GoldenFiles.WriteVariable}=1 only if the change is meant):\n" +
            string.Join("\n", differences));
    }

    [Fact]
    public void Every_route_and_method_of_the_api_has_a_golden_file()
    {
        var operations = ApiOperations.Of(TestServers.Shared);
        Assert.True(operations.Count > 150, $"only {operations.Count} operations were discovered");
        var existing = GoldenFiles.Existing().ToHashSet(StringComparer.Ordinal);
        var missing = operations.Where(o => !existing.Contains(GoldenFiles.NameOf(o))).Select(o => o.Name).ToList();
        Assert.True(missing.Count == 0,
            $"{missing.Count} operations have no golden file; give the golden script calls of each (Golden/Script) and regenerate:\n" + string.Join("\n", missing));
        var named = operations.Select(GoldenFiles.NameOf).ToHashSet(StringComparer.Ordinal);
        var stale = existing.Where(name => !named.Contains(name)).ToList();
        Assert.True(stale.Count == 0, "golden files of no operation of the API: " + string.Join(", ", stale));
    }
}
