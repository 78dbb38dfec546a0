using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime.ExceptionServices;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Trustdesk.Bench.Http;
using Trustdesk.Bench.Measuring;

namespace Trustdesk.Bench.Scenarios;

/// <summary>What the workflows scenario made and checked in one run.</summary>
internal sealed record WorkflowsLoad(int Workflows, int WarmupWorkflows, int Clients, int CompletedSeen, int OpenTasksSeen, double SetupSeconds);

/// <summary>
/// Workflows at scale (issue #5): the onboarding template (<see cref="WorkflowsWorld"/>) instantiated <c>--workflows</c>
/// times by the HR manager with <c>POST /v1/workflows {"template_id"}</c>, then every task completed with
/// <c>PATCH /v1/tasks/:id</c> by whoever works it — the approver approves, IT and Facilities complete their tasks with
/// their own tokens in their own accounts, HR the contract and the welcome — in dependency order. <c>--clients</c>
/// clients, each on its own connection, share the work: a queue of (workflow, next step) in which a workflow is at most
/// once, so different workflows progress concurrently and one workflow's steps never overlap. Which of the three
/// preparation tasks comes last (and so activates the welcome) rotates with the workflow. Every answer must be the
/// expected 2xx, and at the end the API must report every workflow completed and no open task in any account.
/// </summary>
internal static class WorkflowsScenario
{
    public const string Name = "workflows";
    public const string Create = "POST /v1/workflows {template_id}";
    public const string ListTasks = "GET /v1/workflows/{id}/tasks";
    public const string Complete = "PATCH /v1/tasks/{id}: every completion";
    public const string Activating = "PATCH /v1/tasks/{id}: activating successors";
    public const string NotActivating = "PATCH /v1/tasks/{id}: activating none";
    public const string Approve = "PATCH /v1/tasks/{id}: approval, activates 3";
    public const string LastOfThree = "PATCH /v1/tasks/{id}: last of 3, activates welcome";
    public const string FirstTwo = "PATCH /v1/tasks/{id}: first 2 of 3, activate none";
    public const string Final = "PATCH /v1/tasks/{id}: welcome, completes workflow";

    /// <summary>Workflows made and completed before measuring, through the same calls (JIT tier-up, connection pools).</summary>
    private const int WarmupWorkflows = 100;

    private const int Steps = 5;

    private enum Kind { Approve, FirstTwo, LastOfThree, Final }

    private sealed record Instance(long Id, IReadOnlyDictionary<string, long> Tasks);

    public static async Task<(IReadOnlyList<LatencySummary> Latencies, WorkflowsLoad Load)> RunAsync(
        Uri server, ApiClient api, string operatorToken, int run, BenchOptions options, CancellationToken cancellationToken)
    {
        Console.Error.WriteLine($"Run {run}: workflows — creating the HR, IT and Facilities accounts, trusts, teams and templates…");
        var setupStarted = Stopwatch.GetTimestamp();
        var world = await WorkflowsWorld.CreateAsync(api, operatorToken, cancellationToken);
        var setupSeconds = Stopwatch.GetElapsedTime(setupStarted).TotalSeconds;

        var clients = Enumerable.Range(0, options.Clients).Select(_ => new ApiClient(server)).ToList();
        try
        {
            var warmup = Math.Min(WarmupWorkflows, options.Workflows);
            Console.Error.WriteLine($"  warm-up: {warmup} workflows made and completed with {clients.Count} clients…");
            await PipelineAsync(world, clients, warmup, run, measure: false, cancellationToken);

            Console.Error.WriteLine($"  measuring: {options.Workflows:N0} workflows with {clients.Count} clients…");
            var latencies = await PipelineAsync(world, clients, options.Workflows, run, measure: true, cancellationToken);

            var (completed, openTasks) = await VerifyAsync(api, world, warmup + options.Workflows, cancellationToken);
            Console.Error.WriteLine($"  verified: {completed:N0} workflows completed, none open; {openTasks} open tasks in HR, IT and Facilities");
            return (latencies, new WorkflowsLoad(options.Workflows, warmup, clients.Count, completed, openTasks, setupSeconds));
        }
        finally
        {
            foreach (var client in clients) client.Dispose();
        }
    }

    /// <summary>Makes <paramref name="count"/> workflows, reads their tasks, then completes them all.</summary>
    private static async Task<IReadOnlyList<LatencySummary>> PipelineAsync(
        WorkflowsWorld world, List<ApiClient> clients, int count, int run, bool measure, CancellationToken cancellationToken)
    {
        // (a) Instantiation: the clients take the next workflow number until all are made.
        var ids = new long[count];
        var creations = new double[count];
        var next = -1;
        var body = new JsonObject { ["template_id"] = world.TemplateId }.ToJsonString();
        var createWall = await ConcurrentlyAsync(clients.Count, async (c, cancel) =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                var response = (await clients[c].SendJsonAsync(HttpMethod.Post, "/v1/workflows", body, world.Manager.Token, world.Manager.AccountId, cancel))
                    .Expect(HttpStatusCode.Created, Create);
                var workflow = JsonNode.Parse(response.Body)!;
                if (workflow["status"]?.GetValue<string>() != "approval")
                    throw new InvalidOperationException($"{Create} made workflow {workflow["id"]} in status {workflow["status"]}, not approval.");
                (ids[i], creations[i]) = (workflow["id"]!.GetValue<long>(), response.Milliseconds);
            }
        }, cancellationToken);

        // The tasks' ids, from the workflow's account, which sees them all; each workflow must be exactly the template's.
        var instances = new Instance[count];
        var reads = new double[count];
        next = -1;
        var readWall = await ConcurrentlyAsync(clients.Count, async (c, cancel) =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                var path = $"/v1/workflows/{ids[i]}/tasks?per_page=100";
                var response = (await clients[c].GetAsync(path, world.HrSpecialist.Token, world.HrSpecialist.AccountId, cancel))
                    .Expect(HttpStatusCode.OK, ListTasks);
                instances[i] = new Instance(ids[i], ExpectTemplateTasks(ids[i], JsonNode.Parse(response.Body)!.AsArray()));
                reads[i] = response.Milliseconds;
            }
        }, cancellationToken);

        // (b) Completion: a queue of (workflow, step); a workflow goes back in after each of its steps.
        var queue = Channel.CreateUnbounded<(int Workflow, int Step)>();
        for (var i = 0; i < count; i++) queue.Writer.TryWrite((i, 0));
        var remaining = count;
        var completions = new ConcurrentBag<(Kind Kind, double Milliseconds)>();
        var completeWall = await ConcurrentlyAsync(clients.Count, async (c, cancel) =>
        {
            await foreach (var (i, step) in queue.Reader.ReadAllAsync(cancel))
            {
                var (task, kind) = StepOf(i, step);
                var worker = world.WorkerOf(task);
                var status = kind == Kind.Approve ? "approved" : "completed";
                var what = $"PATCH /v1/tasks/{{id}} ({task} of workflow {instances[i].Id}, {status}, by the {worker.Name} in {worker.AccountId})";
                var response = (await clients[c].SendJsonAsync(HttpMethod.Patch, $"/v1/tasks/{instances[i].Tasks[task]}",
                    new JsonObject { ["status"] = status }.ToJsonString(), worker.Token, worker.AccountId, cancel)).Expect(HttpStatusCode.OK, what);
                if (JsonNode.Parse(response.Body)!["status"]?.GetValue<string>() != status)
                    throw new InvalidOperationException($"{what} answered a task in status {JsonNode.Parse(response.Body)!["status"]}.");
                completions.Add((kind, response.Milliseconds));
                if (step + 1 < Steps) queue.Writer.TryWrite((i, step + 1));
                else if (Interlocked.Decrement(ref remaining) == 0) queue.Writer.TryComplete();
            }
        }, cancellationToken);

        if (!measure) return [];
        var all = completions.ToList();
        LatencySummary Summary(string operation, IReadOnlyList<double> samples, TimeSpan wall, bool byLatency = false) =>
            LatencySummary.From(Name, operation, run, samples, wall) with { Clients = clients.Count, ByLatency = byLatency };
        List<double> Of(params Kind[] kinds) => all.Where(x => kinds.Contains(x.Kind)).Select(x => x.Milliseconds).ToList();
        var latencies = new List<LatencySummary>
        {
            Summary(Create, creations, createWall),
            Summary(ListTasks, reads, readWall),
            Summary(Complete, all.Select(x => x.Milliseconds).ToList(), completeWall),
            // Parts of the completion measurement: quoted by their latency; their rate is their share of it.
            Summary(Activating, Of(Kind.Approve, Kind.LastOfThree), completeWall, byLatency: true),
            Summary(NotActivating, Of(Kind.FirstTwo, Kind.Final), completeWall, byLatency: true),
            Summary(Approve, Of(Kind.Approve), completeWall, byLatency: true),
            Summary(LastOfThree, Of(Kind.LastOfThree), completeWall, byLatency: true),
            Summary(FirstTwo, Of(Kind.FirstTwo), completeWall, byLatency: true),
            Summary(Final, Of(Kind.Final), completeWall, byLatency: true),
        };
        foreach (var l in latencies)
            Console.Error.WriteLine($"  {l.Operation}: {l.Calls:N0} calls, {l.CallsPerSecond:F0}/s, p50 {l.P50:F2} ms, p95 {l.P95:F2} ms, p99 {l.P99:F2} ms");
        Console.Error.WriteLine($"  {count:N0} workflows made in {createWall.TotalSeconds:F1} s, their tasks read in {readWall.TotalSeconds:F1} s, " +
                                $"completed in {completeWall.TotalSeconds:F1} s");
        return latencies;
    }

    /// <summary>
    /// The task of a workflow's step and what completing it does: the approval first (activating the three
    /// preparation tasks), those three in an order that rotates with the workflow (the last activates the welcome),
    /// then the welcome (completing the workflow).
    /// </summary>
    private static (string Task, Kind Kind) StepOf(int workflow, int step)
    {
        string[] preparation = [WorkflowsWorld.Contract, WorkflowsWorld.AdAccount, WorkflowsWorld.Desk];
        return step switch
        {
            0 => (WorkflowsWorld.Approval, Kind.Approve),
            1 or 2 => (preparation[(workflow + step - 1) % 3], Kind.FirstTwo),
            3 => (preparation[(workflow + 2) % 3], Kind.LastOfThree),
            _ => (WorkflowsWorld.Welcome, Kind.Final),
        };
    }

    /// <summary>A new workflow has the template's five tasks, the approval active and the rest waiting.</summary>
    private static Dictionary<string, long> ExpectTemplateTasks(long workflow, JsonArray tasks)
    {
        var bySubject = tasks.ToDictionary(t => t!["subject"]!.GetValue<string>(), t => t!);
        if (tasks.Count != WorkflowsWorld.Tasks.Length || !WorkflowsWorld.Tasks.All(bySubject.ContainsKey))
            throw new InvalidOperationException($"Workflow {workflow} has the tasks {string.Join(", ", bySubject.Keys)}, not the template's.");
        foreach (var (subject, task) in bySubject)
        {
            var expected = subject == WorkflowsWorld.Approval ? "assigned" : "registered";
            if (task["status"]?.GetValue<string>() != expected)
                throw new InvalidOperationException($"Task '{subject}' of new workflow {workflow} is {task["status"]}, not {expected}.");
        }
        return bySubject.ToDictionary(p => p.Key, p => p.Value["id"]!.GetValue<long>());
    }

    /// <summary>
    /// Runs <paramref name="work"/> on every client at once and returns the wall-clock time until the last finished.
    /// The first failure cancels the others and is rethrown: a refused call fails the run.
    /// </summary>
    private static async Task<TimeSpan> ConcurrentlyAsync(int clients, Func<int, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var started = Stopwatch.GetTimestamp();
        var tasks = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            try
            {
                await work(c, failed.Token);
            }
            catch
            {
                await failed.CancelAsync();
                throw;
            }
        }, CancellationToken.None)).ToList();
        try
        {
            await Task.WhenAll(tasks);
        }
        catch
        {
            // The cause, not one of the cancellations it led to.
            var cause = tasks.Where(t => t.IsFaulted).SelectMany(t => t.Exception!.InnerExceptions)
                .FirstOrDefault(e => e is not OperationCanceledException);
            if (cause is not null) ExceptionDispatchInfo.Capture(cause).Throw();
            throw;
        }
        return Stopwatch.GetElapsedTime(started);
    }

    /// <summary>
    /// Through the API, as HR: every workflow made is completed, none is open, and no account has an open task left.
    /// Totals are read on the last page, where even a throttled list (ADR 19) reports the exact number.
    /// </summary>
    private static async Task<(int Completed, int OpenTasks)> VerifyAsync(
        ApiClient api, WorkflowsWorld world, int expected, CancellationToken cancellationToken)
    {
        async Task<int> TotalAsync(Actor actor, string collection, int expectedTotal)
        {
            const int perPage = 100;
            var page = Math.Max(1, (expectedTotal + perPage - 1) / perPage);
            for (var reads = 0; reads < 1_000; reads++)
            {
                var path = $"{collection}?per_page={perPage}&page={page}";
                var response = (await api.GetAsync(path, actor.Token, actor.AccountId, cancellationToken)).Expect(HttpStatusCode.OK, $"GET {path}");
                var items = JsonNode.Parse(response.Body)!.AsArray().Count;
                var total = int.Parse(response.Header("X-Pagination-Total-Entries")!, CultureInfo.InvariantCulture);
                var last = Math.Max(1, (total + perPage - 1) / perPage);
                // A throttled total is a lower bound that ends at the next page: read on.
                if (response.Header("X-Pagination-Throttled") is not null) page++;
                else if (page != last) page = last;
                else if (items != total - (last - 1) * perPage)
                    throw new InvalidOperationException($"GET {path} lists {items} records on its last page, yet reports {total} in all.");
                else return total;
            }
            throw new InvalidOperationException($"GET {collection} did not reach its last page.");
        }

        var completed = await TotalAsync(world.Manager, "/v1/workflows/completed", expected);
        var all = await TotalAsync(world.Manager, "/v1/workflows", expected);
        var open = await TotalAsync(world.Manager, "/v1/workflows/open", 0);
        if (completed != expected || all != expected || open != 0)
            throw new InvalidOperationException(
                $"After the run the API reports {completed} completed workflows of {all} ({open} open); {expected} were made and completed.");
        var openTasks = 0;
        foreach (var actor in new[] { world.HrSpecialist, world.ItSpecialist, world.FacilitiesSpecialist })
            openTasks += await TotalAsync(actor, "/v1/tasks/open", 0);
        if (openTasks != 0) throw new InvalidOperationException($"After the run {openTasks} tasks are still open.");
        return (completed, openTasks);
    }
}
