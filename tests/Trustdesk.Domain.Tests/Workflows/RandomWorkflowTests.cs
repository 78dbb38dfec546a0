using Trustdesk.Domain.Workflows;

namespace Trustdesk.Domain.Tests.Workflows;

/// <summary>Property-style: any acyclic workflow, finished in any order the rules allow, activates each task once and completes.</summary>
public class RandomWorkflowTests
{
    private static readonly WorkflowTaskCategory[] Categories =
        [WorkflowTaskCategory.RiskAndImpact, WorkflowTaskCategory.Approval, WorkflowTaskCategory.Implementation, WorkflowTaskCategory.Automation];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Random_dags_finished_in_any_valid_order_activate_each_task_once_and_complete(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 100; round++)
        {
            var count = random.Next(1, 40);
            // Ids shuffled so that their order says nothing; edges only go from lower to higher rank, so no cycle.
            var ids = Enumerable.Range(1, count).Select(i => (long)i).OrderBy(_ => random.Next()).ToArray();
            var run = new WorkflowRun();
            var category = new Dictionary<long, WorkflowTaskCategory>();
            var phases = new HashSet<int>();
            foreach (var id in ids)
            {
                category[id] = Categories[random.Next(Categories.Length)];
                var phase = random.Next(1, 5);
                phases.Add(phase);
                run.Task(id, category[id], phase);
            }
            var predecessors = ids.ToDictionary(id => id, _ => new List<long>());
            var edges = new List<DependencyEdge>();
            for (var i = 0; i < count; i++)
                for (var j = i + 1; j < count; j++)
                    if (random.NextDouble() < 0.15)
                    {
                        run.Dependency(ids[i], ids[j]);
                        edges.Add(new DependencyEdge(ids[i], ids[j]));
                        predecessors[ids[j]].Add(ids[i]);
                    }
            Assert.False(TaskDependencies.HasCycle(edges));

            var activations = ids.ToDictionary(id => id, _ => 0);
            var finished = new HashSet<long>();
            while (true)
            {
                foreach (var id in run.Activate())
                {
                    activations[id]++;
                    Assert.All(predecessors[id], predecessor => Assert.Contains(predecessor, finished));
                }
                Assert.Empty(run.Activate()); // one call reached the fixpoint
                Assert.NotEqual(WorkflowStatus.ProgressHalted, run.Status);

                var active = run.Active;
                if (active.Count == 0) break;
                var next = active[random.Next(active.Count)];
                if (category[next] == WorkflowTaskCategory.Approval) run.Decide(next, ApprovalOutcome.Approved);
                else run.Work(next, WorkflowTaskStatus.Completed);
                finished.Add(next);
            }

            Assert.All(activations.Values, times => Assert.Equal(1, times));
            Assert.Equal(count, finished.Count);
            Assert.Equal(WorkflowStatus.Completed, run.Status);
            Assert.All(Enumerable.Range(1, 4), phase =>
                Assert.Equal(phases.Contains(phase) ? PhaseStatus.Completed : PhaseStatus.Registered, run.Phase(phase)));
        }
    }
}
