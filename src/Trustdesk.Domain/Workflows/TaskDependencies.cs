namespace Trustdesk.Domain.Workflows;

/// <summary>
/// Dependencies must never form a cycle: the tasks on it would wait for each other forever. A cycle is answered as
/// the ids along it, ending where it started (<c>[12, 14, 12]</c>), so a refusal can name it. Linear in tasks and
/// edges, for workflows and workflow templates alike.
/// </summary>
public static class TaskDependencies
{
    public static bool HasCycle(IEnumerable<DependencyEdge> edges) => FindCycle(edges) is not null;

    /// <summary>One cycle among <paramref name="edges"/> (a self-edge is one), or null when there is none.</summary>
    public static IReadOnlyList<long>? FindCycle(IEnumerable<DependencyEdge> edges)
    {
        var successors = SuccessorsOf(edges);
        var done = new HashSet<long>();
        var onPath = new HashSet<long>();
        foreach (var start in successors.Keys)
        {
            if (done.Contains(start)) continue;
            // Iterative depth-first search: a long chain of tasks must not overflow the stack.
            var path = new List<long> { start };
            var next = new List<int> { 0 };
            onPath.Add(start);
            while (path.Count > 0)
            {
                var node = path[^1];
                var following = successors.GetValueOrDefault(node);
                if (following is null || next[^1] == following.Count)
                {
                    onPath.Remove(node);
                    done.Add(node);
                    path.RemoveAt(path.Count - 1);
                    next.RemoveAt(next.Count - 1);
                    continue;
                }
                var successor = following[next[^1]++];
                if (onPath.Contains(successor)) return [.. path[path.IndexOf(successor)..], successor];
                if (done.Contains(successor)) continue;
                path.Add(successor);
                next.Add(0);
                onPath.Add(successor);
            }
        }
        return null;
    }

    public static bool WouldMakeCycle(IEnumerable<DependencyEdge> edges, DependencyEdge added) => CycleMadeBy(edges, added) is not null;

    /// <summary>
    /// The cycle that adding <paramref name="added"/> to <paramref name="edges"/> would close, through the new edge
    /// and along the shortest way back, or null when it closes none. A cycle already among the edges is not its
    /// concern (<see cref="FindCycle"/> finds those).
    /// </summary>
    public static IReadOnlyList<long>? CycleMadeBy(IEnumerable<DependencyEdge> edges, DependencyEdge added)
    {
        var (from, to) = (added.PredecessorId, added.SuccessorId);
        if (from == to) return [from, from];

        // The new edge closes a cycle when its predecessor is already reachable from its successor.
        var successors = SuccessorsOf(edges);
        var cameFrom = new Dictionary<long, long> { [to] = to };
        var queue = new Queue<long>([to]);
        while (queue.TryDequeue(out var node))
        {
            if (node == from) return [from, .. WayBack(cameFrom, to, from)];
            foreach (var successor in successors.GetValueOrDefault(node) ?? [])
                if (cameFrom.TryAdd(successor, node)) queue.Enqueue(successor);
        }
        return null;
    }

    /// <summary>The refusal for adding <paramref name="added"/>, e.g. "would make a cycle: 12 → 14 → 12", or null.</summary>
    public static string? RefusalToAdd(IEnumerable<DependencyEdge> edges, DependencyEdge added) =>
        CycleMadeBy(edges, added) is { } cycle ? $"would make a cycle: {Describe(cycle)}" : null;

    public static string Describe(IReadOnlyList<long> cycle) => string.Join(" → ", cycle);

    private static List<long> WayBack(Dictionary<long, long> cameFrom, long start, long end)
    {
        var way = new List<long>();
        for (var node = end; node != start; node = cameFrom[node]) way.Add(node);
        way.Add(start);
        way.Reverse();
        return way;
    }

    private static Dictionary<long, List<long>> SuccessorsOf(IEnumerable<DependencyEdge> edges)
    {
        var successors = new Dictionary<long, List<long>>();
        foreach (var edge in edges)
        {
            if (!successors.TryGetValue(edge.PredecessorId, out var list)) successors[edge.PredecessorId] = list = [];
            list.Add(edge.SuccessorId);
        }
        return successors;
    }
}
