using Trustdesk.Domain.Catalog;
using Trustdesk.Domain.Requests;
using static Trustdesk.Domain.Requests.RequestStatus;
using static Trustdesk.Domain.Tests.AmsterdamOffice;

namespace Trustdesk.Domain.Tests;

/// <summary>How targets run with support hours and pauses; mostly the Amsterdam office of <see cref="AmsterdamOffice"/>.</summary>
public class SlaClockTests
{
    [Fact]
    public void Targets_count_in_support_hours_from_registration()
    {
        // Registered Monday 16:00 CET: the response target is 17:00 CET; the resolution target 60 minutes on Monday
        // and 420 from Tuesday 08:00, so Tuesday 15:00 CET.
        var clock = Clock(High, Utc(2026, 11, 30, 15, 0), null);

        Assert.Equal(Utc(2026, 11, 30, 16, 0), clock.ResponseTargetAt);
        Assert.Equal(Utc(2026, 12, 1, 14, 0), clock.ResolutionTargetAt);
        Assert.Equal(NextTarget.Due(Utc(2026, 11, 30, 16, 0)), clock.NextTargetAt);
        Assert.False(clock.IsResponseBreached(Utc(2026, 11, 30, 16, 0)));   // at the target is in time
        Assert.True(clock.IsResponseBreached(Utc(2026, 11, 30, 16, 1)));
        Assert.False(clock.IsResolutionBreached(Utc(2026, 11, 30, 16, 1)));
    }

    [Fact]
    public void Once_responded_the_resolution_target_is_next_and_a_response_in_time_stays_in_time()
    {
        // Accepted at 16:30 CET: the response target stays Monday 17:00 CET (30 minutes were left, run on from 16:30).
        var clock = Clock(High, Utc(2026, 11, 30, 15, 0), Utc(2026, 11, 30, 15, 30), To(Accepted, Utc(2026, 11, 30, 15, 30)));

        Assert.Equal(Utc(2026, 11, 30, 16, 0), clock.ResponseTargetAt);
        Assert.Equal(NextTarget.Due(Utc(2026, 12, 1, 14, 0)), clock.NextTargetAt);
        Assert.False(clock.IsResponseBreached(Utc(2026, 12, 2, 12, 0)));
    }

    [Fact]
    public void The_clock_skips_the_weekend()
    {
        // Registered Friday 27 November 16:30 CET: 30 minutes on Friday, 30 from Monday 08:00 → Monday 08:30 CET.
        // Resolution: 30 on Friday and 450 on Monday → Monday 15:30 CET.
        var clock = Clock(High, Utc(2026, 11, 27, 15, 30), null);

        Assert.Equal(Utc(2026, 11, 30, 7, 30), clock.ResponseTargetAt);
        Assert.Equal(Utc(2026, 11, 30, 14, 30), clock.ResolutionTargetAt);
    }

    [Fact]
    public void Waiting_for_the_customer_over_a_weekend_stops_the_clock()
    {
        var targets = new RequestTargets(120, 1080);
        var registered = Utc(2026, 11, 26, 8, 0);   // Thursday 09:00 CET
        var accepted = To(Accepted, Utc(2026, 11, 26, 8, 30));
        var waiting = To(WaitingForCustomer, Utc(2026, 11, 27, 14, 0));   // Friday 15:00 CET
        var answered = To(InProgress, Utc(2026, 11, 30, 9, 0));   // Monday 10:00 CET

        // While waiting: Thursday 09:00-17:00 (480) and Friday 08:00-15:00 (420) used 900 of 1080 minutes; when the
        // rest runs out depends on when the customer answers.
        var stopped = Clock(targets, registered, accepted.At, accepted, waiting);
        Assert.Null(stopped.ResolutionTargetAt);
        Assert.Equal(NextTarget.ClockStopped, stopped.NextTargetAt);
        Assert.False(stopped.IsResolutionBreached(Utc(2026, 12, 4, 12, 0)));
        // The response at 09:30 CET came with 90 of 120 minutes left: its target stays Thursday 11:00 CET.
        Assert.Equal(Utc(2026, 11, 26, 10, 0), stopped.ResponseTargetAt);

        // Answered Monday 10:00 CET: the 180 minutes left run out at 13:00 CET. Without the wait the target would
        // have been Monday 09:00 CET: Friday 15:00-17:00 and Monday 08:00-10:00 did not count.
        var running = Clock(targets, registered, accepted.At, accepted, waiting, answered);
        Assert.Equal(Utc(2026, 11, 30, 12, 0), running.ResolutionTargetAt);
        Assert.Equal(NextTarget.Due(Utc(2026, 11, 30, 12, 0)), running.NextTargetAt);
        Assert.Equal(Utc(2026, 11, 30, 8, 0), Clock(targets, registered, accepted.At, accepted).ResolutionTargetAt);
    }

    [Fact]
    public void A_wait_that_starts_outside_hours_stops_only_the_support_hours_it_covers()
    {
        var targets = new RequestTargets(60, 1080);
        var registered = Utc(2026, 11, 27, 13, 0);   // Friday 14:00 CET; 180 minutes to 17:00, 900 left
        var accepted = To(Accepted, Utc(2026, 11, 27, 13, 10));

        // Waiting from Friday 18:00 to Monday 09:00 CET takes only Monday 08:00-09:00 out: Monday 09:00-17:00 uses
        // 480, and the 420 left end on Tuesday at 15:00 CET.
        var overWeekend = Clock(targets, registered, accepted.At, accepted,
            To(WaitingForCustomer, Utc(2026, 11, 27, 17, 0)), To(InProgress, Utc(2026, 11, 30, 8, 0)));
        Assert.Equal(Utc(2026, 12, 1, 14, 0), overWeekend.ResolutionTargetAt);

        // Waiting from Friday 18:00 to Saturday 12:00 CET takes no support time out: Monday's 540 and Tuesday 08:00-14:00.
        var outsideHours = Clock(targets, registered, accepted.At, accepted,
            To(WaitingForCustomer, Utc(2026, 11, 27, 17, 0)), To(InProgress, Utc(2026, 11, 28, 11, 0)));
        Assert.Equal(Utc(2026, 12, 1, 13, 0), outsideHours.ResolutionTargetAt);
    }

    [Fact]
    public void A_pause_over_a_weekend_and_a_clock_change_in_new_york()
    {
        // New York, 09:00-17:00 on weekdays (480 minutes). Registered Friday 6 March 2026 10:00 EST (15:00 UTC);
        // waiting from 16:00 EST (360 used, 600 left) until Monday 9 March 11:00 EDT (15:00 UTC), after the clocks
        // went forward. Monday 11:00-17:00 uses 360; the 240 left end Tuesday 13:00 EDT, 17:00 UTC.
        var newYork = new SupportTime(SupportHours.Parse("mon-fri 09:00-17:00"), "America/New_York");
        var clock = new SlaClock(newYork, new RequestTargets(60, 960), Utc(2026, 3, 6, 15, 0),
            [To(Accepted, Utc(2026, 3, 6, 15, 30)), To(WaitingForCustomer, Utc(2026, 3, 6, 21, 0)), To(InProgress, Utc(2026, 3, 9, 15, 0))],
            Utc(2026, 3, 6, 15, 30));

        Assert.Equal(Utc(2026, 3, 10, 17, 0), clock.ResolutionTargetAt);
    }

    [Fact]
    public void Targets_follow_the_amsterdam_clock_across_the_spring_change()
    {
        // Registered Friday 27 March 2026 13:00 CET (12:00 UTC): 240 minutes on Friday, 540 on Monday 30 March (CEST),
        // and the 300 left of 1080 end Tuesday 31 March 13:00 CEST, 11:00 UTC.
        var clock = Clock(new RequestTargets(60, 1080), Utc(2026, 3, 27, 12, 0), null);

        Assert.Equal(Utc(2026, 3, 27, 13, 0), clock.ResponseTargetAt);
        Assert.Equal(Utc(2026, 3, 31, 11, 0), clock.ResolutionTargetAt);
    }

    [Fact]
    public void A_provider_in_sao_paulo_counts_in_its_own_hours()
    {
        // Weekdays 08:00-18:00 at UTC-3. Registered Friday 18 December 2026 17:00 (20:00 UTC): response at 18:00
        // (21:00 UTC); resolution 60 on Friday and 540 on Monday 21 December, so 17:00, 20:00 UTC.
        var saoPaulo = new SupportTime(SupportHours.Parse("mon-fri 08:00-18:00"), "America/Sao_Paulo");
        var clock = new SlaClock(saoPaulo, new RequestTargets(60, 600), Utc(2026, 12, 18, 20, 0), [], null);

        Assert.Equal(Utc(2026, 12, 18, 21, 0), clock.ResponseTargetAt);
        Assert.Equal(Utc(2026, 12, 21, 20, 0), clock.ResolutionTargetAt);
    }

    [Fact]
    public void A_response_target_passed_before_the_customer_was_asked_stays_breached()
    {
        // Registered Monday 09:00 CET, no response, waiting from 11:00 CET: the response target ran out at 10:00 CET.
        var clock = Clock(High, Utc(2026, 11, 30, 8, 0), null, To(WaitingForCustomer, Utc(2026, 11, 30, 10, 0)));

        Assert.Equal(Utc(2026, 11, 30, 9, 0), clock.ResponseTargetAt);
        Assert.True(clock.IsResponseBreached(Utc(2026, 11, 30, 10, 0)));
        Assert.Null(clock.ResolutionTargetAt);   // 120 of 480 used, stopped
        Assert.False(clock.IsResolutionBreached(Utc(2026, 12, 7, 10, 0)));
        Assert.Equal(NextTarget.ClockStopped, clock.NextTargetAt);
    }

    [Fact]
    public void A_public_note_while_waiting_is_a_response_in_time()
    {
        // Registered Monday 09:00 CET, waiting from 09:10 (10 of 60 minutes used), a public note at 09:40: the
        // response target is where the 50 minutes left would have ended from then, 10:30 CET.
        var clock = Clock(High, Utc(2026, 11, 30, 8, 0), Utc(2026, 11, 30, 8, 40), To(WaitingForCustomer, Utc(2026, 11, 30, 8, 10)));

        Assert.Equal(Utc(2026, 11, 30, 9, 30), clock.ResponseTargetAt);
        Assert.False(clock.IsResponseBreached(Utc(2026, 12, 1, 8, 0)));
        Assert.Equal(NextTarget.ClockStopped, clock.NextTargetAt);
    }

    [Fact]
    public void Rfc_and_rfi_count_their_own_targets()
    {
        var offering = new ServiceOffering
        {
            ResponseTargetTop = 15, ResolutionTargetTop = 120,
            ResponseTargetRfc = 480, ResolutionTargetRfc = 2700,
            ResponseTargetRfi = 30, ResolutionTargetRfi = 240,
        };
        var monday8 = Utc(2026, 11, 30, 7, 0);   // Monday 08:00 CET

        // An rfc of top impact still takes the rfc targets: a day (Monday 16:00 CET) and a week (Friday 17:00 CET).
        var rfc = Clock(RequestTargets.For(offering, RequestCategory.Rfc, RequestImpact.Top), monday8, null);
        Assert.Equal(Utc(2026, 11, 30, 15, 0), rfc.ResponseTargetAt);
        Assert.Equal(Utc(2026, 12, 4, 16, 0), rfc.ResolutionTargetAt);

        var rfi = Clock(RequestTargets.For(offering, RequestCategory.Rfi, null), monday8, null);
        Assert.Equal(Utc(2026, 11, 30, 7, 30), rfi.ResponseTargetAt);   // 08:30 CET
        Assert.Equal(Utc(2026, 11, 30, 11, 0), rfi.ResolutionTargetAt);   // 12:00 CET

        var incident = Clock(RequestTargets.For(offering, RequestCategory.Incident, RequestImpact.Top), monday8, null);
        Assert.Equal(Utc(2026, 11, 30, 7, 15), incident.ResponseTargetAt);
    }

    [Fact]
    public void A_24x7_offering_counts_every_minute_except_waiting()
    {
        // Saturday 28 November 22:00 UTC: response 15 minutes, resolution 240 → Sunday 02:00 UTC; waiting
        // 23:00-01:00 UTC pushes it two hours, to 04:00 UTC.
        var registered = Utc(2026, 11, 28, 22, 0);
        var targets = new RequestTargets(15, 240);

        var plain = new SlaClock(SupportTime.AllHours, targets, registered, [], null);
        Assert.Equal(Utc(2026, 11, 28, 22, 15), plain.ResponseTargetAt);
        Assert.Equal(Utc(2026, 11, 29, 2, 0), plain.ResolutionTargetAt);

        var paused = new SlaClock(new SupportTime(null, "Europe/Amsterdam"), targets, registered,
            [To(InProgress, Utc(2026, 11, 28, 22, 5)), To(WaitingForCustomer, Utc(2026, 11, 28, 23, 0)), To(InProgress, Utc(2026, 11, 29, 1, 0))],
            Utc(2026, 11, 28, 22, 5));
        Assert.Equal(Utc(2026, 11, 28, 22, 15), paused.ResponseTargetAt);
        Assert.Equal(Utc(2026, 11, 29, 4, 0), paused.ResolutionTargetAt);
        Assert.Equal(NextTarget.Due(Utc(2026, 11, 29, 4, 0)), paused.NextTargetAt);
    }

    [Fact]
    public void A_request_registered_while_waiting_starts_its_clock_when_the_customer_answers()
    {
        // Registered Monday 09:00 CET as waiting for the customer, who answers at 10:00: 60 minutes → 11:00 CET.
        var registered = Utc(2026, 11, 30, 8, 0);
        var waiting = Clock(High, registered, null, To(WaitingForCustomer, registered));
        Assert.Null(waiting.ResponseTargetAt);
        Assert.Equal(NextTarget.ClockStopped, waiting.NextTargetAt);

        var answered = Clock(High, registered, null, To(WaitingForCustomer, registered), To(Assigned, Utc(2026, 11, 30, 9, 0)));
        Assert.Equal(Utc(2026, 11, 30, 10, 0), answered.ResponseTargetAt);
    }
}
