using System.Text.RegularExpressions;
using Trustdesk.Data.Isolation;
using Trustdesk.Isolation.Tests.Checks;
using Trustdesk.Isolation.Tests.Oracle;
using Trustdesk.Isolation.Tests.World;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Isolation.Tests.Suite;

/// <summary>Where a planted bug can show: which layer it breaks decides which run can catch it.</summary>
public enum BugLayer
{
    /// <summary>The EF account filter: on PostgreSQL row-level security hides the bug, so SQLite (filter alone) shows it.</summary>
    Filter,
    /// <summary>An application rule no database knows (roles, headers, events): caught on either database.</summary>
    Application,
    /// <summary>A row-level security policy: caught on PostgreSQL with the EF filter switched off.</summary>
    RowLevelSecurity,
    /// <summary>The table set-up of row-level security: caught by the catalog audit.</summary>
    Catalog,
}

/// <summary>
/// Runs the suite's checks against a server with one planted bug (<c>Isolation:PlantedBug</c>), on a world built once by a
/// clean server on the same database: a sample of actors through every read path, writes aimed at hidden records, the web
/// UI's pages and forms for its sample, and live events. The bug is caught when any check fails; the first failure says by which check.
/// </summary>
public sealed partial class PlantedBugRuns(TestDatabase database, TheWorld world)
{
    /// <summary>Every planted bug and its layer, in the order the runs plant them (they share one database).</summary>
    public static readonly IReadOnlyDictionary<string, BugLayer> Layers = new Dictionary<string, BugLayer>(StringComparer.Ordinal)
    {
        [PlantedBugs.RequestFilterDropped] = BugLayer.Filter,
        [PlantedBugs.PeopleFilterDropped] = BugLayer.Filter,
        [PlantedBugs.ServiceFilterDropped] = BugLayer.Filter,
        [PlantedBugs.InternalNotesCrossAccounts] = BugLayer.Filter,
        [PlantedBugs.TaskSeenBeforeActivation] = BugLayer.Filter,
        [PlantedBugs.RevokedTrustHonoured] = BugLayer.Filter,
        [PlantedBugs.ForeignRequestForbidden] = BugLayer.Filter,
        [PlantedBugs.EndUsersSeeAllRequests] = BugLayer.Application,
        [PlantedBugs.RequestGetSkipsVisibility] = BugLayer.Application,
        [PlantedBugs.InternalNotesToRequesters] = BugLayer.Application,
        [PlantedBugs.TasksWithoutRole] = BugLayer.Application,
        [PlantedBugs.WorkflowNotesCrossAccounts] = BugLayer.Application,
        [PlantedBugs.AnyonesCatalog] = BugLayer.Application,
        [PlantedBugs.EventsToEveryAccount] = BugLayer.Application,
        [PlantedBugs.AccountHeaderUnchecked] = BugLayer.Application,
        [PlantedBugs.RevokedRolesTrustHonoured] = BugLayer.Application,
        [PlantedBugs.RlsRequestsOpen] = BugLayer.RowLevelSecurity,
        [PlantedBugs.RlsInternalNotesCross] = BugLayer.RowLevelSecurity,
        [PlantedBugs.RlsTaskBeforeActivation] = BugLayer.RowLevelSecurity,
        [PlantedBugs.RlsDirectorySharedOpen] = BugLayer.RowLevelSecurity,
        [PlantedBugs.RlsRevokedTrustHonoured] = BugLayer.RowLevelSecurity,
        [PlantedBugs.RlsNotForced] = BugLayer.Catalog,
        [PlantedBugs.ApprovalsToEveryApprover] = BugLayer.Filter,
        [PlantedBugs.ApproverSeesWholeTask] = BugLayer.Application,
        [PlantedBugs.RlsApprovalBeforeActivation] = BugLayer.RowLevelSecurity,
        [PlantedBugs.ArticlesCoveredOutsideCatalog] = BugLayer.Filter,
        [PlantedBugs.ArticlesReachIgnoresCoverage] = BugLayer.Application,
        [PlantedBugs.RlsArticlesCoveredOutsideCatalog] = BugLayer.RowLevelSecurity,
        [PlantedBugs.EveryonesRolesAsOwn] = BugLayer.Filter,
        [PlantedBugs.RlsEveryonesRolesAsOwn] = BugLayer.RowLevelSecurity,
        [PlantedBugs.ProblemFilterDropped] = BugLayer.Filter,
        [PlantedBugs.RlsProblemsOpen] = BugLayer.RowLevelSecurity,
        [PlantedBugs.CiRelationOneEnd] = BugLayer.Filter,
        // A CI its provider sees by mistake is one it may change (status, remarks, a note): these two are caught by reads,
        // before the batch's writes run (RunAsync), so no such change is left for the runs after them.
        [PlantedBugs.CiSupportIgnoresTrustOption] = BugLayer.Filter,
        [PlantedBugs.CiRevokedTrustHonoured] = BugLayer.Filter,
        [PlantedBugs.RlsCisOpen] = BugLayer.RowLevelSecurity,
        // Last of its run: only the web UI's checks catch it, and its forms go through while they run, leaving a note with a
        // zqat canary on a request of the shared database, which any later bug's run would find before its own leak.
        [PlantedBugs.PageAccountUnchecked] = BugLayer.Application,
    };

    /// <summary>What caught the bug (the first failure, its ids generalised), or null when nothing did.</summary>
    public async Task<string?> RunAsync(string? bug, bool filterOff)
    {
        var settings = new Dictionary<string, string>();
        if (bug is not null) settings["Isolation:PlantedBug"] = bug;
        if (filterOff) settings["Isolation:AccountFilterDisabled"] = "true";
        using var server = new TrustdeskServer(database, settings).Started();
        if (bug is null || Layers[bug] == BugLayer.Catalog)
        {
            var findings = database.IsPostgres ? await CatalogAudit.FindingsAsync(database) : [];
            if (findings.Count > 0 || bug is not null) return findings.Count == 0 ? null : "catalog audit: " + findings[0];
        }
        var run = new CheckRun(world.Seed);
        var oracle = new Visibility(world);
        var reads = new ReadChecks(server, oracle, run);
        // Small batches, stopping at the first one that catches the bug: the table needs the first check that did. Each
        // batch's reads come before its writes, which run only when the reads caught nothing: a write the bug lets through
        // (a CI a provider sees by mistake is one it may maintain) would stay in the database the later runs share.
        foreach (var batch in Sample(oracle).Chunk(4))
        {
            await reads.RunAsync(batch);
            if (run.Failures.Count > 0) return Generalise(run.Failures.First());
            await Task.WhenAll(batch.Select(actor => WriteChecks.RunAsync(new ActorSession(server, oracle, run, actor), perPath: 1)));
            if (run.Failures.Count > 0) return Generalise(run.Failures.First());
        }
        // The web UI's pages and forms for its sample, through cookie sessions.
        using var sessions = new PersonSessions(server);
        await new PageChecks(sessions, oracle, run).RunAsync(PageSample.Of(world, oracle), writes: true);
        if (run.Failures.Count > 0) return Generalise(run.Failures.First());
        await new LiveEventChecks(server, oracle, run, world.Seed).RunAsync(Sample(oracle).Take(4), changes: 8);
        return run.Failures.Count > 0 ? Generalise(run.Failures.First()) : null;
    }

    /// <summary>
    /// Actors of every standing: the support domains' owners (specialists there), people acting across a roles trust, end
    /// users in their directory and in each support domain linked to it, people asked for an approval, and a few callers
    /// who must be refused.
    /// </summary>
    private IEnumerable<Actor> Sample(Visibility oracle)
    {
        var all = Actors.Of(world);
        bool Owner(Actor a) => a.Header is null && world.Accounts.Any(x => !x.IsDirectory && x.OwnerId == a.Person?.Id);
        bool AcrossTrust(Actor a) => a.Person is { } p && a.Header is { } h && world.FindAccount(h) is { } x && !Visibility.IsEndUserOf(p, x);
        bool EndUser(Actor a) => oracle.Admit(a).Seat is { HasRole: false };
        // People named approver, wherever they act, of a task their seat does not otherwise see (activated or not yet).
        bool Approver(Actor a) => oracle.Admit(a).Seat is { } seat
            && world.Tasks.Any(t => t.Approvers.Contains(seat.Person.Id) && !oracle.SeesTaskByAccount(seat, t));
        return all.Where(Owner)
            .Concat(all.Where(AcrossTrust))
            // One end user acting in each account they may act in, so a bug in any account's records has a witness
            // (the first four in order let tasks-without-role go uncaught for seed 1288030101).
            .Concat(all.Where(a => EndUser(a) && a.Header is not null).GroupBy(a => a.Header).Select(g => g.First()))
            .Concat(all.Where(a => EndUser(a) && a.Header is null).Take(2))
            .Concat(all.Where(a => oracle.Admit(a).Seat is null).Take(4))
            .Concat(all.Where(Approver).Take(6))
            .Distinct();
    }

    /// <summary>"KIND on PATH-TEMPLATE: detail", from a failure line of <see cref="CheckRun"/>.</summary>
    private static string Generalise(string failure)
    {
        var kind = failure[..failure.IndexOf(": actor", StringComparison.Ordinal)];
        var path = failure[(failure.IndexOf(", path ", StringComparison.Ordinal) + 7)..];
        var detail = path[(path.IndexOf(": ", StringComparison.Ordinal) + 2)..].Split(" (seed")[0];
        path = path[..path.IndexOf(": ", StringComparison.Ordinal)];
        return $"{kind} on {Ids().Replace(path, "{id}")}: {(detail.Length > 80 ? detail[..80] + "…" : detail)}";
    }

    [GeneratedRegex(@"(?<=/)\d+")]
    private static partial Regex Ids();
}
