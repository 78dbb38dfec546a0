using System.Globalization;

namespace Trustdesk.Domain.Requests;

/// <summary>
/// A request's <c>next_target_at</c> as 4me presents it: the instant of the nearest target still to be met, or one of
/// the special values <c>best_effort</c>, <c>clock_stopped</c> and <c>no_target</c>.
/// </summary>
public sealed record NextTarget
{
    /// <summary>No target is left to meet, because the offering sets none (or only ones already met).</summary>
    public static NextTarget BestEffort { get; } = new("best_effort", null);

    /// <summary>A target is left, but the clock is stopped while the request waits for the customer.</summary>
    public static NextTarget ClockStopped { get; } = new("clock_stopped", null);

    /// <summary>The request is completed or declined: nothing is due any more.</summary>
    public static NextTarget NoTarget { get; } = new("no_target", null);

    private NextTarget(string? special, DateTime? at)
    {
        Special = special;
        At = at;
    }

    /// <summary>The target falls at <paramref name="at"/> (UTC).</summary>
    public static NextTarget Due(DateTime at) => new(null, Instants.Utc(at));

    /// <summary>The instant of the target; null for a special value.</summary>
    public DateTime? At { get; }

    /// <summary><c>best_effort</c>, <c>clock_stopped</c> or <c>no_target</c>; null when <see cref="At"/> holds an instant.</summary>
    public string? Special { get; }

    /// <summary>The special value, or the instant in ISO 8601 UTC (<c>2026-11-30T16:00:00Z</c>).</summary>
    public override string ToString() => Special ?? At!.Value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
