using Microsoft.Extensions.Time.Testing;
using Trustdesk.Web.Api.Limits;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Conventions;

/// <summary>
/// The windows behind every limit: bounded whatever keys arrive, ended windows dropped a few per call in the order
/// they began (never a scan), and a success's <c>Forget</c> honoured.
/// </summary>
public sealed class WindowCountersTests
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [Fact]
    public void A_flood_of_fresh_keys_never_grows_the_table_beyond_its_capacity_and_shares_one_window()
    {
        var clock = new FakeTimeProvider(ClockedServer.MondayMorning);
        var windows = new WindowCounters(clock, Hour, capacity: 100);
        for (var key = 0; key < 10_000; key++) windows.Take("k" + key, limit: 1_000);

        // 100 keys of their own, and the overflow window the other 9,900 share.
        Assert.Equal(101, windows.Count);
        Assert.Equal(0, windows.Peek(WindowCounters.Overflow, 1_000).Remaining);
        Assert.False(windows.Take("yet another", limit: 1_000).Allowed);
        Assert.True(windows.Take("k5", limit: 1_000).Allowed);
    }

    [Fact]
    public void Ended_windows_are_dropped_a_few_per_call_oldest_first_and_a_full_table_drops_them_all_at_once()
    {
        var clock = new FakeTimeProvider(ClockedServer.MondayMorning);
        var windows = new WindowCounters(clock, Hour, capacity: 1_000);
        for (var key = 0; key < 500; key++) windows.Take("old" + key, limit: 10);
        clock.Advance(Hour);

        windows.Take("new", limit: 10);
        Assert.InRange(windows.Count, 500 - 4 + 1, 500);
        for (var call = 0; call < 200; call++) windows.Take("new", limit: 1_000);
        Assert.Equal(1, windows.Count);
        Assert.Equal(1_000 - 201, windows.Peek("new", 1_000).Remaining);
    }

    [Fact]
    public void A_window_counts_to_its_limit_begins_again_after_it_ends_and_forgetting_a_key_ends_it()
    {
        var clock = new FakeTimeProvider(ClockedServer.MondayMorning);
        var windows = new WindowCounters(clock, Hour, capacity: 10);
        Assert.Equal(new WindowState(true, 1, ClockedServer.MondayMorning + Hour), windows.Take("a", limit: 2));
        Assert.True(windows.Take("a", limit: 2).Allowed);
        Assert.Equal(new WindowState(false, 0, ClockedServer.MondayMorning + Hour), windows.Take("a", limit: 2));
        Assert.False(windows.Peek("a", limit: 2).Allowed);

        clock.Advance(Hour);
        Assert.Equal(new WindowState(true, 1, ClockedServer.MondayMorning + 2 * Hour), windows.Take("a", limit: 2));

        windows.Take("a", limit: 2);
        windows.Forget("a");
        Assert.Equal(2, windows.Peek("a", limit: 2).Remaining);
        Assert.Equal(0, windows.Count);
    }
}
