using System.Globalization;

namespace Trustdesk.Web.Api;

/// <summary>4me's dates on the wire: <c>yyyy-mm-dd</c>, a calendar day without a time or zone.</summary>
public static class WireDates
{
    /// <summary>The date sent as <paramref name="field"/>, else <paramref name="current"/>; null clears it; a field error when it is no date.</summary>
    public static DateOnly? Read<T>(Validation check, JsonBody<T> body, string field, string? text, DateOnly? current)
    {
        if (!body.Has(field)) return current;
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        check.Add(field, "is not a date as yyyy-mm-dd");
        return null;
    }
}
