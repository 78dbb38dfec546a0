using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Isolation.Rules;
using Trustdesk.Domain.Trusts;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Features.Workflows;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Isolation;

/// <summary>
/// The task visibility rule of product.md §6 holds in the data layer twice: in the EF account filter (both databases)
/// and in PostgreSQL row-level security alone. Each layer returns, for every viewing account, exactly the tasks
/// the declaration (<see cref="IsolationRules.Tasks"/>) grants and the workflows whose header it may see — before and after a
/// revocation; and, for a person reading their approvals (ADR 29), what its approver branch adds, and no task
/// note through them.
/// </summary>
public sealed class TaskVisibilityLayerTests
{
    private static readonly TestWorld World = TestWorld.Shared;

    [Fact]
    public async Task The_account_filter_returns_exactly_what_the_task_rule_grants()
    {
        var world = await TaskWorld.CreateAsync();
        await using var db = DirectContext.WithoutRowLevelSecurity(TestServers.Shared.Database);
        await world.AssertEachViewerSeesExactlyAsync(db, useTransaction: false);
        await world.RevokeAsync("P");
        await world.AssertEachViewerSeesExactlyAsync(db, useTransaction: false);
    }

    [Fact]
    [Trait(PostgresOnly.Trait, PostgresOnly.Value)]
    public async Task Row_level_security_alone_returns_exactly_what_the_task_rule_grants()
    {
        PostgresOnly.Require();
        var world = await TaskWorld.CreateAsync();
        await using var db = DirectContext.RowLevelSecurityOnly(TestServers.Shared.Database);
        await world.AssertEachViewerSeesExactlyAsync(db, useTransaction: true);
        await world.RevokeAsync("P");
        await world.AssertEachViewerSeesExactlyAsync(db, useTransaction: true);
    }

    /// <summary>
    /// W holds three workflows. W trusts P with tasks, Q with requests only, and R with tasks but R never accepted.
    /// Tasks: W's own; P's team activated and not; Q's team activated; R's team activated. The second workflow
    /// holds only a registered task of P. A person A of the directory, with no role, is named approver of W's own task,
    /// of the registered task of P in the second workflow, and of the one activated task of the third workflow (P's
    /// team); W's own task carries a public note.
    /// </summary>
    private sealed class TaskWorld
    {
        private readonly Dictionary<string, Tenant> _accounts = [];
        private readonly List<(string Customer, string Provider, TrustOptions Options, long Id)> _trusts = [];
        private readonly List<WorkflowTask> _tasks = [];
        private readonly List<Workflow> _workflows = [];
        private Tenant _directory = null!;
        private long _approver;
        private long _note;

        public static async Task<TaskWorld> CreateAsync()
        {
            var w = new TaskWorld { _directory = await World.DirectoryAsync() };
            w._approver = await w._directory.AddPersonAsync();
            foreach (var name in new[] { "W", "P", "Q", "R" }) w._accounts[name] = await World.SupportDomainAsync(w._directory);
            await w.TrustAsync("W", "P", "tasks", accept: true);
            await w.TrustAsync("W", "Q", "requests", accept: true);
            await w.TrustAsync("W", "R", "tasks", accept: false);
            var teams = new Dictionary<string, long>();
            foreach (var (name, tenant) in w._accounts) teams[name] = await tenant.AddTeamAsync();

            var accountW = w._accounts["W"].Id;
            await using var db = DirectContext.WithoutRowLevelSecurity(TestServers.Shared.Database);
            db.Scope.Enter(accountW, w._directory.Id);
            var (first, second, third) = (new Workflow { Subject = "first", ManagerId = w._accounts["W"].OwnerId },
                new Workflow { Subject = "second", ManagerId = w._accounts["W"].OwnerId }, new Workflow { Subject = "third", ManagerId = w._accounts["W"].OwnerId });
            w._workflows.AddRange([first, second, third]);
            db.Workflows.AddRange(first, second, third);
            await db.SaveChangesAsync();
            WorkflowTask Task(Workflow workflow, string team, bool activated, bool approver = false) => new()
            {
                WorkflowId = workflow.Id, Subject = $"{workflow.Subject}: {team} {(activated ? "active" : "waiting")}",
                TeamId = teams[team], TeamAccountId = w._accounts[team].Id,
                Status = activated ? WorkflowTaskStatus.Assigned : WorkflowTaskStatus.Registered, ActivatedAt = activated ? DateTime.UtcNow : null,
                Category = approver ? WorkflowTaskCategory.Approval : WorkflowTaskCategory.Implementation,
            };
            w._tasks.AddRange([Task(first, "W", true, approver: true), Task(first, "P", true), Task(first, "P", false), Task(first, "Q", true),
                Task(first, "R", true), Task(second, "P", false, approver: true), Task(third, "P", true, approver: true)]);
            db.WorkflowTasks.AddRange(w._tasks);
            await db.SaveChangesAsync();
            foreach (var task in w._tasks.Where(t => t.Category == WorkflowTaskCategory.Approval)) TaskApprovers.Name(db, task, [w._approver]);
            await db.SaveChangesAsync();
            var note = new TaskNote { TaskId = w._tasks[0].Id, PersonId = w._accounts["W"].OwnerId, Text = "public" };
            db.TaskNotes.Add(note);
            await db.SaveChangesAsync();
            w._note = note.Id;
            return w;
        }

        public async Task RevokeAsync(string provider)
        {
            var trust = _trusts.Single(t => t.Provider == _accounts[provider].Id);
            (await _accounts["W"].Owner.PostAsync($"/v1/trusts/{trust.Id}/revoke")).Expect(200);
            _trusts.Remove(trust);
        }

        public async Task AssertEachViewerSeesExactlyAsync(TrustdeskDbContext db, bool useTransaction)
        {
            var taskIds = _tasks.Select(t => t.Id).ToList();
            var workflowIds = _workflows.Select(w => w.Id).ToList();
            foreach (var (name, viewer) in _accounts.Append(new("the directory", _directory)))
            {
                var expectedTasks = _tasks.Where(t => IsolationRules.Tasks.Granting(t, new Viewer(viewer.Id), Accepted) is not null)
                    .Select(t => t.Subject).Order(StringComparer.Ordinal).ToList();
                var expectedWorkflows = _workflows.Where(w => w.AccountId == viewer.Id
                        || _tasks.Any(t => t.WorkflowId == w.Id && IsolationRules.Tasks.Granting(t, new Viewer(viewer.Id), Accepted) is not null))
                    .Select(w => w.Subject).Order(StringComparer.Ordinal).ToList();
                db.Scope.Enter(viewer.Id, _directory.Id);
                await using var transaction = useTransaction ? await db.Database.BeginTransactionAsync() : null;
                var tasks = await db.WorkflowTasks.AsNoTracking().Where(t => taskIds.Contains(t.Id)).Select(t => t.Subject).ToListAsync();
                var workflows = await db.Workflows.AsNoTracking().Where(w => workflowIds.Contains(w.Id)).Select(w => w.Subject).ToListAsync();
                Assert.True(expectedTasks.SequenceEqual(tasks.Order(StringComparer.Ordinal)),
                    $"{name} should see tasks [{string.Join(", ", expectedTasks)}] but saw [{string.Join(", ", tasks)}]");
                Assert.True(expectedWorkflows.SequenceEqual(workflows.Order(StringComparer.Ordinal)),
                    $"{name} should see workflows [{string.Join(", ", expectedWorkflows)}] but saw [{string.Join(", ", workflows)}]");
            }

            // The approver, in their own account, reading their approvals: the activated tasks naming them, the headers of
            // their workflows; the note on one of them is not theirs to read.
            var expectedMine = _tasks.Where(t => IsolationRules.Tasks["approver"].When.Holds(t, new Viewer(_directory.Id, ApproverId: _approver), Accepted)).ToList();
            db.Scope.Enter(_directory.Id, null);
            using (db.Scope.ReadMyApprovals(_approver))
            {
                await using var transaction = useTransaction ? await db.Database.BeginTransactionAsync() : null;
                var tasks = await db.WorkflowTasks.AsNoTracking().Where(t => taskIds.Contains(t.Id)).Select(t => t.Subject).ToListAsync();
                var workflows = await db.Workflows.AsNoTracking().Where(w => workflowIds.Contains(w.Id)).Select(w => w.Id).ToListAsync();
                Assert.Equal(expectedMine.Select(t => t.Subject).Order(StringComparer.Ordinal), tasks.Order(StringComparer.Ordinal));
                Assert.Equal(expectedMine.Select(t => t.WorkflowId).Distinct().Order(), workflows.Order());
                Assert.Equal(expectedMine.Select(t => t.Id).Order(), (await db.TaskApprovals.AsNoTracking().Select(a => a.TaskId).ToListAsync()).Where(taskIds.Contains).Order());
                Assert.False(await db.TaskNotes.AnyAsync(n => n.Id == _note), "an approver read a note of the task they approve");
            }
            db.Scope.Leave();
        }

        private bool Accepted(string customer, string provider, TrustOptions option) =>
            _trusts.Any(t => t.Customer == customer && t.Provider == provider && t.Options.HasFlag(option));

        private async Task TrustAsync(string customer, string provider, string option, bool accept)
        {
            var (c, p) = (_accounts[customer], _accounts[provider]);
            var id = (await c.Owner.PostAsync("/v1/trusts", new { customer_account_id = c.Id, provider_account_id = p.Id, options = new[] { option } })).Expect(201).Id;
            if (!accept) return;
            (await p.Owner.PostAsync($"/v1/trusts/{id}/accept")).Expect(200);
            _trusts.Add((c.Id, p.Id, option == "tasks" ? TrustOptions.Tasks : TrustOptions.Requests, id));
        }
    }
}
