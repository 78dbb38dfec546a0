namespace Trustdesk.Web.Api;

/// <summary>Time zones are IANA ids (e.g. Europe/Amsterdam), which both Linux and .NET know.</summary>
public static class TimeZones
{
    public static bool IsKnown(string id) =>
        id.Length <= 100 && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
}
