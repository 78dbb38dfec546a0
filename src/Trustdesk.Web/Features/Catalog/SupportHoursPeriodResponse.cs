namespace Trustdesk.Web.Features.Catalog;

/// <summary>One period of a service offering's weekly support hours: the days it applies to and its local times of day.</summary>
public sealed record SupportHoursPeriodResponse
{
    /// <summary>The days of the week it applies to, Monday first: <c>mon</c>, <c>tue</c>, <c>wed</c>, <c>thu</c>, <c>fri</c>, <c>sat</c>, <c>sun</c>.</summary>
    public required IReadOnlyList<string> Days { get; init; }

    /// <summary>Its start, as <c>hh:mm</c> in the offering's <c>support_hours_time_zone</c>.</summary>
    public required string Start { get; init; }

    /// <summary>Its end, as <c>hh:mm</c> (<c>24:00</c> for midnight), the end excluded.</summary>
    public required string End { get; init; }
}
