using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;

namespace Trustdesk.Bench.Scenarios.Crash;

/// <summary>
/// One of the crash scenario's writing clients, with a seeded random mix: it registers requests (as the end user, routed
/// to the provider; as the provider's specialist; as HR's specialist), adds notes to its own requests, answers the end
/// user's requests as the provider (a first response, which also stops the request's clock), makes onboarding workflows
/// (sometimes waiting for one of its HR requests) and works their tasks one step at a time, each by whoever works it.
/// Every POST has an <c>Idempotency-Key</c> of its own, every step the task's <c>If-Match</c>; what it builds on (a
/// request to note, a workflow to work) is only what was acknowledged.
/// </summary>
internal sealed class WritingClient(int index, CrashWorld world, CarefulCalls calls, Random random, ConcurrentQueue<long> unanswered, CrashTally tally)
{
    private const int MaxWorkflows = 3;
    private static readonly string[] Preparation = [WorkflowsWorld.Contract, WorkflowsWorld.AdAccount, WorkflowsWorld.Desk];

    private readonly List<Write> _writes = [];
    private readonly List<MadeRequest> _requests = [];
    private readonly List<RunningWorkflow> _workflows = [];
    private int _sequence;

    public IReadOnlyList<Write> Writes => _writes;

    private sealed record MadeRequest(long Id, Actor By, bool Hr)
    {
        public bool Linkable { get; set; } = Hr;
    }

    /// <summary>A workflow this client works, the three preparation tasks in an order of its own.</summary>
    private sealed record RunningWorkflow(long Id, IReadOnlyDictionary<string, long> Tasks, int Rotation)
    {
        public int Step { get; set; }

        public string NextTask => Step switch
        {
            0 => WorkflowsWorld.Approval,
            4 => WorkflowsWorld.Welcome,
            _ => Preparation[(Rotation + Step - 1) % 3],
        };
    }

    public async Task RunAsync(CancellationToken stop, CancellationToken cancel)
    {
        while (!stop.IsCancellationRequested)
        {
            var roll = random.NextDouble();
            if (_workflows.Count > 0 && roll < 0.35) await StepAsync(_workflows[random.Next(_workflows.Count)], cancel);
            else if (roll < 0.55) await RegisterAsync(cancel);
            else if (roll < 0.75 && _requests.Count > 0) await NoteAsync(_requests[random.Next(_requests.Count)], cancel);
            else if (roll < 0.85 && unanswered.TryDequeue(out var routed)) await RespondAsync(routed, cancel);
            else if (_workflows.Count < MaxWorkflows) await StartWorkflowAsync(cancel);
            else await RegisterAsync(cancel);
        }
    }

    private async Task RegisterAsync(CancellationToken cancel)
    {
        var who = random.Next(3);
        var by = who switch { 0 => world.EndUser, 1 => world.ProviderSpecialist, _ => world.Workflows.HrSpecialist };
        var withNote = random.NextDouble() < 0.4;
        var subject = Marker('r') + (withNote ? "+note" : "");
        var body = new JsonObject { ["subject"] = subject };
        if (withNote) body["note"] = StoredWrites.FirstNote(subject);
        if (who == 0) body["service_instance_id"] = world.Events.Instances[random.Next(world.Events.Instances.Count)];
        if (await CreatedAsync(Keyed(WriteKind.Request, subject, "/v1/requests", body, by, parent: null), cancel) is not { } created) return;
        var request = new MadeRequest(created["id"]!.GetValue<long>(), by, Hr: who == 2);
        _requests.Add(request);
        if (who == 0) unanswered.Enqueue(request.Id);
    }

    private Task NoteAsync(MadeRequest request, CancellationToken cancel)
    {
        var text = Marker('n');
        return CreatedAsync(Keyed(WriteKind.Note, text, $"/v1/requests/{request.Id}/notes", new JsonObject { ["text"] = text }, request.By, request.Id), cancel);
    }

    /// <summary>The provider answers one of the end user's routed requests (each once, by whichever client takes it).</summary>
    private Task RespondAsync(long request, CancellationToken cancel)
    {
        var text = Marker('n');
        return CreatedAsync(Keyed(WriteKind.Note, text, $"/v1/requests/{request}/notes", new JsonObject { ["text"] = text }, world.ProviderSpecialist, request), cancel);
    }

    private async Task StartWorkflowAsync(CancellationToken cancel)
    {
        var subject = Marker('w');
        var body = new JsonObject { ["template_id"] = world.Workflows.TemplateId, ["subject"] = subject };
        // Once named in request_ids, a request may be linked even if the answer was lost: it is never offered again.
        if (_requests.FirstOrDefault(r => r.Linkable) is { } waiting && random.NextDouble() < 0.5)
        {
            body["request_ids"] = new JsonArray(waiting.Id);
            waiting.Linkable = false;
        }
        if (await CreatedAsync(Keyed(WriteKind.Workflow, subject, "/v1/workflows", body, world.Workflows.Manager, parent: null), cancel) is not { } created) return;
        var id = created["id"]!.GetValue<long>();
        var read = await calls.ReadAsync($"/v1/workflows/{id}/tasks?per_page=100", world.Workflows.HrSpecialist, cancel);
        if (read.Status != HttpStatusCode.OK)
        {
            tally.Unexpected($"GET /v1/workflows/{id}/tasks", read);
            return;
        }
        var tasks = JsonNode.Parse(read.Body)!.AsArray().ToDictionary(t => t!["subject"]!.GetValue<string>(), t => t!["id"]!.GetValue<long>());
        _workflows.Add(new RunningWorkflow(id, tasks, random.Next(3)));
    }

    /// <summary>
    /// Reads the next task (its ETag), then finishes it with a note, under <c>If-Match</c>. A lost step leaves the workflow
    /// as it was left: the client works it no further.
    /// </summary>
    private async Task StepAsync(RunningWorkflow workflow, CancellationToken cancel)
    {
        var task = workflow.NextTask;
        var worker = world.Workflows.WorkerOf(task);
        var id = workflow.Tasks[task];
        var read = await calls.ReadAsync($"/v1/tasks/{id}", worker, cancel);
        var status = read.Status == HttpStatusCode.OK ? JsonNode.Parse(read.Body)!["status"]?.GetValue<string>() : null;
        if (status != "assigned" || read.Header("ETag") is not { } version)
        {
            tally.Unexpected($"GET /v1/tasks/{id} ('{task}' of workflow {workflow.Id}, step {workflow.Step}) found it {status}, not assigned", read);
            _workflows.Remove(workflow);
            return;
        }
        var note = Marker('s');
        var body = new JsonObject { ["status"] = task == WorkflowsWorld.Approval ? "approved" : "completed", ["note"] = note };
        var write = new Write(WriteKind.Step, note, HttpMethod.Patch, $"/v1/tasks/{id}", body.ToJsonString(), worker)
        {
            Parent = id,
            Headers = [new("If-Match", version)],
        };
        _writes.Add(write);
        var answer = await calls.WriteAsync(write, cancel);
        if (answer is null || (answer.Status != HttpStatusCode.OK && !write.MadeByLostAttempt))
        {
            if (answer is not null) tally.Unexpected($"PATCH /v1/tasks/{id} ('{task}')", answer);
            _workflows.Remove(workflow);
            return;
        }
        if (++workflow.Step == 5) _workflows.Remove(workflow);
    }

    private Write Keyed(WriteKind kind, string marker, string path, JsonObject body, Actor by, long? parent)
    {
        var write = new Write(kind, marker, HttpMethod.Post, path, body.ToJsonString(), by)
        {
            Parent = parent,
            Headers = [new("Idempotency-Key", Guid.NewGuid().ToString("N"))],
        };
        _writes.Add(write);
        return write;
    }

    /// <summary>The created record, or null when the write was abandoned, never answered, or refused (an unexpected answer).</summary>
    private async Task<JsonNode?> CreatedAsync(Write write, CancellationToken cancel)
    {
        var answer = await calls.WriteAsync(write, cancel);
        if (answer is null) return null;
        if (answer.Status == HttpStatusCode.Created) return JsonNode.Parse(answer.Body);
        tally.Unexpected($"{write.Method} {write.Path}", answer);
        return null;
    }

    private string Marker(char kind) => $"crash:{kind}:{index}:{++_sequence}";
}
