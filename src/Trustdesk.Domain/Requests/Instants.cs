namespace Trustdesk.Domain.Requests;

internal static class Instants
{
    /// <summary>
    /// <paramref name="instant"/> as UTC. Stored times come back from the database without a kind, and they are
    /// UTC; a local time (never used on purpose) is converted rather than misread.
    /// </summary>
    public static DateTime Utc(DateTime instant) => instant.Kind switch
    {
        DateTimeKind.Local => instant.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(instant, DateTimeKind.Utc),
        _ => instant,
    };
}
