using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Trustdesk.Isolation.Tests.Oracle;
using Trustdesk.Isolation.Tests.Paths;
using Trustdesk.Isolation.Tests.World;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Isolation.Tests.Checks;

/// <summary>
/// Every read path of the path table, for every actor, against the oracle: get by id, every list and predefined filter
/// through all its pages, the collections under each record, and a canary scan of every answer.
/// </summary>
public sealed class ReadChecks(TrustdeskServer server, Visibility oracle, CheckRun run)
{
    private const int PerPage = 100;

    /// <summary>Every actor's missing-id answers, kept for the later passes on this server (<see cref="ActorSession"/>).</summary>
    private readonly ConcurrentDictionary<string, ApiResponse> _missing = new(StringComparer.Ordinal);

    /// <summary>Runs the actors <paramref name="concurrency"/> at a time, each actor's calls one after the other.</summary>
    public async Task RunAsync(IEnumerable<Actor> actors, Func<ActorSession, Task>? more = null, int concurrency = 4)
    {
        using var gate = new SemaphoreSlim(concurrency);
        await Task.WhenAll(actors.Select(async actor =>
        {
            await gate.WaitAsync();
            try
            {
                var session = new ActorSession(server, oracle, run, actor, _missing);
                await CheckAsync(session);
                if (more is not null) await more(session);
            }
            finally
            {
                gate.Release();
            }
        }));
    }

    public async Task CheckAsync(ActorSession s)
    {
        if (s.Seat is null)
        {
            await RefusedAsync(s);
            return;
        }
        foreach (var path in PathTable.Of<GetPath>()) await GetByIdAsync(s, path);
        foreach (var path in PathTable.Of<ListPath>()) await ListAsync(s, path);
        foreach (var path in PathTable.Of<ChildPath>()) await ChildrenAsync(s, path);
        foreach (var path in PathTable.Of<CallerPath>())
        {
            var answer = await s.GetAsync(path.Template, path.Template);
            if (answer.Status != 200) run.Wrong(s.Actor, "-", path.Key, $"expected 200, got {answer.Status}");
            run.Count("caller paths");
        }
    }

    /// <summary>An actor the API must not let in gets the same 401 or 403 on every path, for every record, never a 200.</summary>
    private async Task RefusedAsync(ActorSession s)
    {
        ApiResponse? first = null;
        async Task ExpectAsync(string template, string path, object record, long decisions)
        {
            var answer = await s.GetAsync(template, path);
            first ??= answer;
            if (answer.Status != s.Status || !answer.Body.AsSpan().SequenceEqual(first.Body))
                (answer.Status == 200 ? (Action<object, object, string, string>)run.Leak : run.Wrong)(
                    s.Actor, record, path, $"expected {s.Status} like every refusal, got {answer.Status}: {answer.Text}");
            run.Count("refused actor", decisions);
        }
        // The refusal comes before any record is looked up: a few records of each kind show it.
        foreach (var path in PathTable.Of<GetPath>())
            foreach (var record in s.World.OfKind(path.Kind).Where((_, i) => i % 5 == 0))
                await ExpectAsync(path.Template, ActorSession.Fill(path.Template, Id(record)), record, 1);
        foreach (var path in PathTable.Of<ListPath>()) await ExpectAsync(path.Template, path.Template, "-", s.World.OfKind(path.Kind).Count());
    }

    private async Task GetByIdAsync(ActorSession s, GetPath path)
    {
        foreach (var record in s.World.OfKind(path.Kind).ToList())
        {
            var url = ActorSession.Fill(path.Template, Id(record));
            var answer = await s.GetAsync(path.Template, url);
            await ExpectAsync(s, path.Template, url, record, path.Visible(oracle, s.Seat!, record), answer, mustCarryCanary: true);
            run.Count("get by id");
        }
    }

    /// <summary>Visible: 200 (carrying the record's canary when asked); invisible: the bytes of a missing id's answer.</summary>
    private async Task ExpectAsync(ActorSession s, string template, string url, WorldRecord record, bool visible, ApiResponse answer, bool mustCarryCanary)
    {
        if (visible)
        {
            if (answer.Status != 200) run.WrongDenial(s.Actor, record, url, $"expected 200, got {answer.Status}: {answer.Text}");
            else if (mustCarryCanary && record.Canary.Length > 0 && !answer.Text.Contains(record.Canary, StringComparison.Ordinal))
                run.Wrong(s.Actor, record, url, "the answer is not about the record (its canary is missing)");
            return;
        }
        var missing = await s.MissingAsync("GET", template, null, null);
        if (answer.Status is >= 200 and < 300) run.Leak(s.Actor, record, url, $"answered {answer.Status} for a record the oracle hides");
        else if (!ActorSession.SameAs(answer, missing))
            run.Wrong(s.Actor, record, url, $"refusal differs from a missing id's: {answer.Status} {answer.Text} vs {missing.Status} {missing.Text}");
    }

    private async Task ListAsync(ActorSession s, ListPath path)
    {
        var records = s.World.OfKind(path.Kind).ToList();
        if (path.NeedsRole && !s.Seat!.HasRole)
        {
            var answer = await s.GetAsync(path.Template, path.Template);
            if (answer.Status != 403)
                (answer.Status == 200 && answer.Items.Count > 0 ? (Action<object, object, string, string>)run.Leak : run.Wrong)(
                    s.Actor, "-", path.Key, $"expected 403 without a role, got {answer.Status}: {answer.Text}");
            run.Count("list membership", records.Count);
            return;
        }
        var listed = await AllPagesAsync(s, path.Template, path.Template);
        if (listed is null) return;
        Compare(s, path.Key, records, r => path.Lists(oracle, s.Seat!, r), listed);
    }

    private async Task ChildrenAsync(ActorSession s, ChildPath path)
    {
        foreach (var parent in s.World.OfKind(path.Parent).ToList())
        {
            var url = ActorSession.Fill(path.Template, Id(parent));
            var visible = path.ParentVisible(oracle, s.Seat!, parent);
            // Under a record the actor does not see at all every collection must answer like a missing one's; each actor asks
            // about a third of those, a different third for different actors, so every one is asked by some (and by get by
            // id by all). Collections hidden under a record the actor does see (a workflow's notes behind its header) are
            // always asked: that boundary is where a bug would be.
            if (!visible && !oracle.Sees(s.Seat!, parent) && (parent.Id + s.Actor.Name.Length) % 3 != 0) continue;
            run.Count("collections under a record");
            if (!visible || path.Child is not { } child)
            {
                await ExpectAsync(s, path.Template, url, parent, visible, await s.GetAsync(path.Template, url), mustCarryCanary: false);
                continue;
            }
            var listed = await AllPagesAsync(s, path.Template, url, parent);
            if (listed is null) continue;
            var candidates = s.World.OfKind(child).Where(c => BelongsTo(c, parent) || listed.Contains(c.Id)).ToList();
            Compare(s, url, candidates, c => path.Lists!(oracle, s.Seat!, parent, c), listed);
        }
    }

    private static bool BelongsTo(WorldRecord child, WorldRecord parent) => child switch
    {
        WNote n => n.Parent == parent.Id,
        WTask t when parent is WWorkflow => t.Workflow == parent.Id,
        _ => true,
    };

    private void Compare(ActorSession s, string path, List<WorldRecord> records, Func<WorldRecord, bool> expected, HashSet<long> listed)
    {
        foreach (var record in records)
        {
            var want = expected(record);
            var got = listed.Contains(record.Id);
            if (got && !want) run.Leak(s.Actor, record, path, "listed, but the oracle hides it");
            if (want && !got) run.WrongDenial(s.Actor, record, path, "left out, but the oracle shows it");
            run.Count("list membership");
        }
        foreach (var id in listed.Where(id => records.All(r => r.Id != id)))
            run.Wrong(s.Actor, $"unknown id {id}", path, "a record the world does not hold was listed");
    }

    /// <summary>The ids of every page of a collection; null (and a failure) when the first page is refused.</summary>
    private async Task<HashSet<long>?> AllPagesAsync(ActorSession s, string template, string url, WorldRecord? parent = null)
    {
        var ids = new HashSet<long>();
        for (var page = 1; ; page++)
        {
            var answer = await s.GetAsync(template, $"{url}?per_page={PerPage}&page={page}");
            if (answer.Status != 200)
            {
                run.WrongDenial(s.Actor, parent?.ToString() ?? "-", url, $"expected 200, got {answer.Status}: {answer.Text}");
                return null;
            }
            var items = answer.Json is JsonArray array ? array : new JsonArray();
            foreach (var item in items) ids.Add(item!["id"]!.GetValue<long>());
            if (items.Count < PerPage) return ids;
        }
    }

    private static string Id(WorldRecord record) => record.Id.ToString(CultureInfo.InvariantCulture);
}
