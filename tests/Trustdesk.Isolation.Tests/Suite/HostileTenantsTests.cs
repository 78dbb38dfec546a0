using System.Diagnostics;
using Trustdesk.Isolation.Tests.Checks;
using Trustdesk.Isolation.Tests.Oracle;
using Trustdesk.Isolation.Tests.World;
using Trustdesk.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Trustdesk.Isolation.Tests.Suite;

/// <summary>
/// The hostile-tenants suite on the run's database (SQLite, or PostgreSQL with every layer on): a seeded random world made
/// through the API, every actor against every record on every read path, writes aimed at hidden records, then random
/// operations each followed by a full re-check. Zero leaks, zero wrong denials, and at least 150,000 checks.
/// </summary>
public sealed class HostileTenantsTests(ITestOutputHelper output)
{
    public const long RequiredChecks = 150_000;
    private const int Operations = 9;

    [Fact]
    public Task Every_actor_sees_exactly_what_the_oracle_allows_on_every_path() => RunAsync(null, dynamics: true);

    /// <summary>
    /// The suite on a server of its own with <paramref name="settings"/> (e.g. a layer switched off): the full pass of reads
    /// and writes, then, with <paramref name="dynamics"/>, live events and random operations each re-checked at once.
    /// </summary>
    internal async Task RunAsync(IReadOnlyDictionary<string, string>? settings, bool dynamics)
    {
        var seed = Seeds.Current;
        Report.Line(output, $"isolation seed {seed} (replay: {Seeds.Variable}={seed}), database {(TestDatabase.PostgresRun ? "PostgreSQL" : "SQLite")}, " +
                            $"settings: {(settings is null ? "none" : string.Join(", ", settings.Select(s => $"{s.Key}={s.Value}")))}");
        var clock = Stopwatch.StartNew();
        using var server = new TrustdeskServer(settings).Started();
        var world = await WorldBuilder.BuildAsync(server, seed, WorldShape.Ci);
        Report.Line(output, $"world: {world.Accounts.Count} accounts, {world.People.Count} people, {world.Trusts.Count} trusts, " +
                            $"{world.Requests.Count} requests, {world.RequestNotes.Count} request notes, {world.Tasks.Count} tasks, " +
                            $"{world.Problems.Count} problems, {world.ProblemLinks.Count} problem links " +
                            $"({world.ProblemLinks.Count(l => world.Request(l.Request).Account != l.Account)} across accounts), " +
                            $"{world.Products.Count} products, {world.Cis.Count} CIs ({world.Cis.Count(c => c.SupportTeamAccount is { } a && a != c.Account)} " +
                            $"supported across accounts), {world.CiNotes.Count} CI notes, {world.CiRelations.Count} CI relations, {world.RequestCis.Count} request CIs, " +
                            $"{world.All.Count()} records in all, built in {clock.Elapsed.TotalSeconds:F0} s");
        var run = new CheckRun(seed);
        var oracle = new Visibility(world);
        var reads = new ReadChecks(server, oracle, run);
        using var sessions = new PersonSessions(server);
        var pages = new PageChecks(sessions, oracle, run);
        var ui = new Stopwatch(); // the time the web UI's checks take, reported on its own
        await reads.RunAsync(Actors.Of(world), session => WriteChecks.RunAsync(session, perPath: 2));
        ui.Start();
        await pages.RunAsync(PageSample.Of(world, oracle), writes: true);
        ui.Stop();
        Report.Line(output, $"after the web UI's pages ({clock.Elapsed.TotalSeconds:F0} s, {ui.Elapsed.TotalSeconds:F0} s of them): {run.Summary()}");
        // The refused writes (API and forms) changed nothing: every owner reads their whole account again (a renamed record
        // would show a canary no record owns, an added note an id the world does not hold, a removed member a missing one).
        await reads.RunAsync(Actors.Of(world).Where(a => a.Header is null && world.Accounts.Any(x => x.OwnerId == a.Person?.Id)));
        Report.Line(output, $"after the first pass ({clock.Elapsed.TotalSeconds:F0} s): {run.Summary()}");
        run.AssertClean();
        if (!dynamics)
        {
            Report.Line(output, $"done in {clock.Elapsed.TotalSeconds:F0} s: {run.Summary()}");
            return;
        }

        // Live events for a sample of actors, while notes are added to random requests.
        var listeners = Actors.Of(world).Where((_, i) => i % 9 == 0).ToList();
        await new LiveEventChecks(server, oracle, run, seed).RunAsync(listeners, changes: 12);
        // The console's stream, through the cookie sessions of the web UI's sample.
        ui.Start();
        await new LiveEventChecks(server, oracle, run, seed ^ 0x0ba9e5, StreamOpener.Console(sessions)).RunAsync(PageSample.Of(world, oracle), changes: 12);
        ui.Stop();
        Report.Line(output, $"after live events ({clock.Elapsed.TotalSeconds:F0} s): {run.Summary()}");
        run.AssertClean();

        // Dynamics: each change is followed at once, without any delay, by a re-check of the accounts it touched.
        var operations = new Operations(server, world);
        for (var i = 0; i < Operations; i++)
        {
            if (await operations.NextAsync() is not var (what, accounts)) break;
            Report.Line(output, $"operation {i + 1}: {what}");
            // A few actors of the accounts it touched, of different standing, through every path.
            var touched = Actors.Of(world).Where(a => accounts.Contains(a.Account)).ToList();
            await reads.RunAsync(touched.OrderBy(a => oracle.Admit(a).Seat?.Roles.Count ?? -1).Where((_, n) => n % Math.Max(1, touched.Count / 4) == 0));
            // After the first two, the web UI's sample (as the world now is) reads its pages again.
            if (i < 2)
            {
                ui.Start();
                await pages.RunAsync(PageSample.Of(world, oracle), writes: false);
                ui.Stop();
            }
            run.AssertClean();
        }

        Report.Line(output, $"done in {clock.Elapsed.TotalSeconds:F0} s, the web UI's checks {ui.Elapsed.TotalSeconds:F0} s of them: {run.Summary()}");
        Assert.True(run.Total >= RequiredChecks, $"only {run.Total} checks (seed {seed})");
    }
}
