using Trustdesk.Domain.Catalog;
using Trustdesk.Domain.Requests;

namespace Trustdesk.Domain.Tests;

/// <summary>
/// A provider in Amsterdam serving Monday to Friday 08:00-17:00 (540 minutes a day). Late November 2026 is CET,
/// UTC+1: 30 November is a Monday.
/// </summary>
internal static class AmsterdamOffice
{
    public static readonly SupportTime Office = new(SupportHours.Parse("mon-fri 08:00-17:00"), "Europe/Amsterdam");

    /// <summary>High impact: respond within an hour, resolve within a working day.</summary>
    public static readonly RequestTargets High = new(60, 480);

    public static DateTime Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    public static StatusChange To(RequestStatus status, DateTime at) => new(at, status);

    public static SlaClock Clock(RequestTargets targets, DateTime registered, DateTime? responded, params StatusChange[] changes) =>
        new(Office, targets, registered, changes, responded);
}
