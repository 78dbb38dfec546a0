namespace Trustdesk.Data.Stamping;

/// <summary>Stored times are UTC and whole seconds: 4me timestamps carry seconds, and both databases round-trip them alike.</summary>
public static class Timestamps
{
    public static DateTime UtcNowToTheSecond(this TimeProvider time) => ToTheSecond(time.GetUtcNow().UtcDateTime);

    public static DateTime ToTheSecond(DateTime value)
    {
        var utc = DateTime.SpecifyKind(value.ToUniversalTime(), DateTimeKind.Utc);
        return utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerSecond));
    }
}
