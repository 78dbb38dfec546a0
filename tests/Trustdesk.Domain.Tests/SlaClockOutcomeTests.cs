using Trustdesk.Domain.Requests;
using static Trustdesk.Domain.Requests.RequestStatus;
using static Trustdesk.Domain.Tests.AmsterdamOffice;

namespace Trustdesk.Domain.Tests;

/// <summary>What the clock shows and judges once requests are completed, declined, best effort or badly told.</summary>
public class SlaClockOutcomeTests
{
    [Fact]
    public void Completion_ends_the_clock_and_is_judged_against_the_target_shown()
    {
        // Registered Monday 09:00 CET: 480 minutes end at 17:00 CET.
        var registered = Utc(2026, 11, 30, 8, 0);
        SlaClock CompletedAt(DateTime at) => Clock(High, registered, Utc(2026, 11, 30, 8, 20), To(Completed, at));

        var inTime = CompletedAt(Utc(2026, 11, 30, 14, 0));
        Assert.Equal(Utc(2026, 11, 30, 16, 0), inTime.ResolutionTargetAt);
        Assert.Equal(NextTarget.NoTarget, inTime.NextTargetAt);
        Assert.Equal(Utc(2026, 11, 30, 14, 0), inTime.EndedAt);
        Assert.False(inTime.IsResolutionBreached(Utc(2027, 6, 1, 0, 0)));   // a completed request stays as it was

        Assert.False(CompletedAt(Utc(2026, 11, 30, 16, 0)).IsResolutionBreached(Utc(2026, 12, 1, 0, 0)));   // exactly at 17:00
        // At 20:00 no support minute has passed since 17:00, yet the promised 17:00 was missed.
        Assert.True(CompletedAt(Utc(2026, 11, 30, 19, 0)).IsResolutionBreached(Utc(2026, 12, 1, 0, 0)));
        var nextMorning = CompletedAt(Utc(2026, 12, 1, 7, 30));
        Assert.Equal(Utc(2026, 11, 30, 16, 0), nextMorning.ResolutionTargetAt);
        Assert.True(nextMorning.IsResolutionBreached(Utc(2026, 12, 1, 7, 30)));
    }

    [Fact]
    public void Completing_without_a_response_ends_the_wait_for_one()
    {
        // Registered Monday 09:00 CET; the response target is 10:00 CET. Completed at 09:30 without a response: in
        // time, and the target keeps the date it had. Completed at 11:00 without one: the response came never.
        var registered = Utc(2026, 11, 30, 8, 0);

        var quick = Clock(High, registered, null, To(Completed, Utc(2026, 11, 30, 8, 30)));
        Assert.Equal(Utc(2026, 11, 30, 9, 0), quick.ResponseTargetAt);
        Assert.False(quick.IsResponseBreached(Utc(2026, 12, 1, 8, 0)));

        var late = Clock(High, registered, null, To(Completed, Utc(2026, 11, 30, 10, 0)));
        Assert.Equal(Utc(2026, 11, 30, 9, 0), late.ResponseTargetAt);
        Assert.True(late.IsResponseBreached(Utc(2026, 12, 1, 8, 0)));
    }

    [Fact]
    public void A_declined_request_owes_nothing_until_it_is_reassigned()
    {
        // Registered Monday 09:00 CET, accepted 09:10, declined 10:00 (60 of 480 used).
        var registered = Utc(2026, 11, 30, 8, 0);
        var accepted = To(Accepted, Utc(2026, 11, 30, 8, 10));
        var declined = To(Declined, Utc(2026, 11, 30, 9, 0));

        var clock = Clock(High, registered, accepted.At, accepted, declined);
        Assert.Equal(NextTarget.NoTarget, clock.NextTargetAt);
        Assert.Equal(Utc(2026, 11, 30, 9, 0), clock.EndedAt);
        // The 420 minutes left, run on from 10:00, would have ended at 17:00 CET: the date it had when declined.
        Assert.Equal(Utc(2026, 11, 30, 16, 0), clock.ResolutionTargetAt);
        Assert.False(clock.IsResolutionBreached(Utc(2026, 12, 10, 9, 0)));

        // Reassigned at 13:00 CET: the 420 minutes left run from there, 240 on Monday and 180 on Tuesday → 11:00 CET.
        var reopened = Clock(High, registered, accepted.At, accepted, declined, To(Assigned, Utc(2026, 11, 30, 12, 0)));
        Assert.Null(reopened.EndedAt);
        Assert.Equal(Utc(2026, 12, 1, 10, 0), reopened.ResolutionTargetAt);
        Assert.Equal(NextTarget.Due(Utc(2026, 12, 1, 10, 0)), reopened.NextTargetAt);
    }

    [Fact]
    public void Best_effort_has_no_dates()
    {
        var none = Clock(RequestTargets.BestEffort, Utc(2026, 11, 30, 8, 0), null);
        Assert.Null(none.ResponseTargetAt);
        Assert.Null(none.ResolutionTargetAt);
        Assert.Equal(NextTarget.BestEffort, none.NextTargetAt);
        Assert.False(none.IsResponseBreached(Utc(2027, 1, 1, 0, 0)));
        Assert.False(none.IsResolutionBreached(Utc(2027, 1, 1, 0, 0)));

        // Only a resolution target: it is next from the start. Monday 09:00 CET + 480 = 17:00 CET.
        var resolutionOnly = Clock(new RequestTargets(null, 480), Utc(2026, 11, 30, 8, 0), null);
        Assert.Equal(NextTarget.Due(Utc(2026, 11, 30, 16, 0)), resolutionOnly.NextTargetAt);

        // Responded, with a best effort resolution: nothing is left to stop, even while waiting.
        var responded = Clock(new RequestTargets(60, null), Utc(2026, 11, 30, 8, 0), Utc(2026, 11, 30, 8, 5),
            To(WaitingForCustomer, Utc(2026, 11, 30, 8, 5)));
        Assert.Equal(NextTarget.BestEffort, responded.NextTargetAt);
        Assert.Equal(NextTarget.NoTarget, Clock(RequestTargets.BestEffort, Utc(2026, 11, 30, 8, 0), null, To(Completed, Utc(2026, 11, 30, 9, 0))).NextTargetAt);
    }

    [Fact]
    public void Next_target_reads_as_4me_writes_it()
    {
        Assert.Equal("2026-11-30T16:00:00Z", NextTarget.Due(Utc(2026, 11, 30, 16, 0)).ToString());
        Assert.Equal("best_effort", NextTarget.BestEffort.ToString());
        Assert.Equal("clock_stopped", NextTarget.ClockStopped.ToString());
        Assert.Equal("no_target", NextTarget.NoTarget.ToString());
        Assert.Null(NextTarget.BestEffort.At);
        Assert.Null(NextTarget.Due(Utc(2026, 11, 30, 16, 0)).Special);
    }

    [Fact]
    public void A_history_out_of_order_is_refused()
    {
        var registered = Utc(2026, 11, 30, 8, 0);
        Assert.Throws<ArgumentException>(() => Clock(High, registered, null, To(Accepted, Utc(2026, 11, 30, 7, 59))));
        Assert.Throws<ArgumentException>(() => Clock(High, registered, null, To(Accepted, Utc(2026, 11, 30, 9, 0)), To(InProgress, Utc(2026, 11, 30, 8, 30))));
        Assert.Throws<ArgumentOutOfRangeException>(() => Clock(High, registered, Utc(2026, 11, 30, 7, 0)));
        // The clock is read after what it was told, not before.
        var clock = Clock(High, registered, null, To(Accepted, Utc(2026, 11, 30, 9, 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.IsResolutionBreached(Utc(2026, 11, 30, 8, 30)));
        // Two changes at the same moment are in order; the last one counts.
        Assert.Equal(NextTarget.ClockStopped,
            Clock(High, registered, null, To(Accepted, Utc(2026, 11, 30, 9, 0)), To(WaitingForCustomer, Utc(2026, 11, 30, 9, 0))).NextTargetAt);
    }
}
