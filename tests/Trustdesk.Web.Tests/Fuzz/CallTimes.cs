using System.Diagnostics;

namespace Trustdesk.Web.Tests.Fuzz;

/// <summary>Time spent per operation, so the test's output says where the fuzz's minute goes.</summary>
public sealed class CallTimes
{
    private readonly Dictionary<string, (int Calls, TimeSpan Spent)> _by = new(StringComparer.Ordinal);

    public async Task<T> TimeAsync<T>(string operation, Func<Task<T>> call)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await call();
        var (calls, spent) = _by.GetValueOrDefault(operation);
        _by[operation] = (calls + 1, spent + Stopwatch.GetElapsedTime(started));
        return result;
    }

    public TimeSpan Total => _by.Values.Aggregate(TimeSpan.Zero, (sum, o) => sum + o.Spent);

    /// <summary>The <paramref name="count"/> operations that took longest in all, with their calls and mean time.</summary>
    public string Slowest(int count) => string.Join(", ", _by.OrderByDescending(o => o.Value.Spent).Take(count)
        .Select(o => $"{o.Key} {o.Value.Spent.TotalSeconds:0.0} s ({o.Value.Calls} × {o.Value.Spent.TotalMilliseconds / o.Value.Calls:0} ms)"));
}
