using System.Collections.Concurrent;

namespace Trustdesk.Isolation.Tests.Checks;

/// <summary>
/// The tally of one run: how many (actor, record, path) decisions were checked, by kind, and every failure, each naming
/// actor, record, path and the seed that replays the run (<c>TRUSTDESK_ISOLATION_SEED</c>).
/// </summary>
public sealed class CheckRun(int seed)
{
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _failures = new();

    public int Seed { get; } = seed;
    public long Total => _counts.Values.Sum();

    /// <summary>The decisions about status and membership, leaving out the (far more numerous) canary-absence checks.</summary>
    public long Decisions => _counts.Where(c => c.Key is not (CanaryAbsent or PageCanaryAbsent)).Sum(c => c.Value);

    public const string CanaryAbsent = "canary absent";

    /// <summary>The same, in the web UI's pages.</summary>
    public const string PageCanaryAbsent = "ui canary absent";
    public IReadOnlyCollection<string> Failures => _failures;
    public long Leaks => _failures.Count(f => f.StartsWith("LEAK", StringComparison.Ordinal));

    public void Count(string what, long n = 1) => _counts.AddOrUpdate(what, n, (_, c) => c + n);

    /// <summary>A record or canary the actor must not see was shown.</summary>
    public void Leak(object actor, object record, string path, string detail) => Add("LEAK", actor, record, path, detail);

    /// <summary>A record the actor may see was refused or left out.</summary>
    public void WrongDenial(object actor, object record, string path, string detail) => Add("WRONG DENIAL", actor, record, path, detail);

    /// <summary>Any other difference from the oracle (status, body of a refusal).</summary>
    public void Wrong(object actor, object record, string path, string detail) => Add("WRONG", actor, record, path, detail);

    private void Add(string kind, object actor, object record, string path, string detail) =>
        _failures.Enqueue($"{kind}: actor {actor}, record {record}, path {path}: {detail} (seed {Seed})");

    public string Summary() =>
        $"seed {Seed}: {Total:N0} checks, {Decisions:N0} of them status and membership decisions ({string.Join(", ", _counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value:N0}"))}), " +
        $"{Leaks} leaks, {_failures.Count} failures";

    /// <summary>Fails with the first failures, the count and the seed.</summary>
    public void AssertClean()
    {
        if (_failures.IsEmpty) return;
        Assert.Fail($"{_failures.Count} isolation failures (replay with TRUSTDESK_ISOLATION_SEED={Seed}):\n" +
                    string.Join("\n", _failures.Take(40)));
    }
}
