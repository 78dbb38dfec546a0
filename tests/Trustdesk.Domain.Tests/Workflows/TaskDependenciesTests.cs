using Trustdesk.Domain.Workflows;

namespace Trustdesk.Domain.Tests.Workflows;

public class TaskDependenciesTests
{
    private static DependencyEdge[] Edges(params (long From, long To)[] pairs) =>
        [.. pairs.Select(pair => new DependencyEdge(pair.From, pair.To))];

    [Fact]
    public void No_edges_and_a_chain_have_no_cycle()
    {
        Assert.Null(TaskDependencies.FindCycle([]));
        Assert.False(TaskDependencies.HasCycle(Edges((1, 2), (2, 3), (3, 4))));
    }

    [Fact]
    public void A_self_edge_is_a_cycle() =>
        Assert.Equal([7, 7], TaskDependencies.FindCycle(Edges((1, 2), (7, 7))));

    [Fact]
    public void Two_tasks_waiting_for_each_other_are_a_cycle() =>
        Assert.Equal("12 → 14 → 12", TaskDependencies.Describe(TaskDependencies.FindCycle(Edges((12, 14), (14, 12)))!));

    [Fact]
    public void A_long_cycle_is_named_whole_and_without_the_tasks_leading_to_it()
    {
        // 1 → 2 leads into the cycle 2 → 3 → 4 → 5 → 2; 5 → 6 leaves it.
        var cycle = TaskDependencies.FindCycle(Edges((1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (5, 2)));
        Assert.Equal([2, 3, 4, 5, 2], cycle);
    }

    [Fact]
    public void A_diamond_is_no_cycle()
    {
        var diamond = Edges((1, 2), (1, 3), (2, 4), (3, 4));
        Assert.False(TaskDependencies.HasCycle(diamond));
        Assert.False(TaskDependencies.WouldMakeCycle(diamond, new DependencyEdge(1, 4)));
        Assert.Null(TaskDependencies.RefusalToAdd(diamond, new DependencyEdge(2, 3)));
    }

    [Fact]
    public void Adding_an_edge_back_to_an_ancestor_makes_a_cycle_through_the_new_edge()
    {
        var diamond = Edges((1, 2), (1, 3), (2, 4), (3, 4));
        Assert.Equal([4, 1, 2, 4], TaskDependencies.CycleMadeBy(diamond, new DependencyEdge(4, 1)));
        Assert.Equal("would make a cycle: 12 → 14 → 12", TaskDependencies.RefusalToAdd(Edges((14, 12)), new DependencyEdge(12, 14)));
    }

    [Fact]
    public void Adding_a_self_edge_makes_a_cycle_even_without_other_edges() =>
        Assert.Equal("would make a cycle: 3 → 3", TaskDependencies.RefusalToAdd([], new DependencyEdge(3, 3)));

    [Fact]
    public void The_cycle_made_by_an_edge_takes_the_shortest_way_back()
    {
        // 2 reaches 1 directly and through 3 → 4; the message should be the short one.
        var edges = Edges((2, 3), (3, 4), (4, 1), (2, 1));
        Assert.Equal([1, 2, 1], TaskDependencies.CycleMadeBy(edges, new DependencyEdge(1, 2)));
    }

    [Fact]
    public void An_existing_cycle_elsewhere_does_not_make_the_new_edge_refused_nor_loop_forever()
    {
        var edges = Edges((7, 8), (8, 7), (1, 7));
        Assert.Null(TaskDependencies.CycleMadeBy(edges, new DependencyEdge(2, 1)));
        Assert.NotNull(TaskDependencies.FindCycle(edges));
    }

    [Fact]
    public void Duplicate_edges_are_no_cycle() =>
        Assert.False(TaskDependencies.HasCycle(Edges((1, 2), (1, 2))));

    [Fact]
    public void A_long_chain_is_searched_without_deep_recursion()
    {
        var chain = Enumerable.Range(1, 50_000).Select(i => new DependencyEdge(i, i + 1)).ToList();
        Assert.False(TaskDependencies.HasCycle(chain));
        chain.Add(new DependencyEdge(50_001, 1));
        Assert.Equal(50_002, TaskDependencies.FindCycle(chain)!.Count);
        Assert.True(TaskDependencies.WouldMakeCycle(chain.SkipLast(1), new DependencyEdge(50_001, 1)));
    }

    [Fact]
    public void Every_cycle_found_in_random_graphs_is_a_real_cycle_and_acyclic_graphs_have_none()
    {
        var random = new Random(20261128);
        for (var round = 0; round < 300; round++)
        {
            var count = random.Next(1, 25);
            // Edges only from lower to higher rank: a DAG, whatever the ids.
            var ids = Enumerable.Range(1, count).Select(i => (long)i * 10).OrderBy(_ => random.Next()).ToArray();
            var dag = new List<DependencyEdge>();
            for (var i = 0; i < count; i++)
                for (var j = i + 1; j < count; j++)
                    if (random.NextDouble() < 0.2) dag.Add(new DependencyEdge(ids[i], ids[j]));
            Assert.Null(TaskDependencies.FindCycle(dag));

            var back = new DependencyEdge(ids[random.Next(count)], ids[random.Next(count)]);
            var made = TaskDependencies.CycleMadeBy(dag, back);
            var withBack = dag.Append(back).ToList();
            Assert.Equal(made is not null, TaskDependencies.HasCycle(withBack));
            if (made is not null) AssertIsCycle(withBack, made);
            if (TaskDependencies.FindCycle(withBack) is { } found) AssertIsCycle(withBack, found);
        }
    }

    private static void AssertIsCycle(List<DependencyEdge> edges, IReadOnlyList<long> cycle)
    {
        Assert.True(cycle.Count >= 2);
        Assert.Equal(cycle[0], cycle[^1]);
        for (var i = 0; i + 1 < cycle.Count; i++) Assert.Contains(new DependencyEdge(cycle[i], cycle[i + 1]), edges);
    }
}
