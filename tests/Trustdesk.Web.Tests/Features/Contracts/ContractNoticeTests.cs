using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Contracts;

/// <summary>A server whose clock starts late on 30 June 2030, UTC: an hour later the UTC date, and so the notice window, moves on.</summary>
public sealed class NoticeClockServer() : ClockedServer(LateOnTheLastOfJune)
{
    public static readonly DateTimeOffset LateOnTheLastOfJune = new(2030, 6, 30, 23, 0, 0, TimeSpan.Zero);
}

/// <summary>
/// <c>/v1/contracts/notice_soon</c> (ADR 52): the account's contracts not expired whose notice date falls from today through
/// today + 90 days, today being the UTC date of the server's clock, the nearest notice date first.
/// </summary>
public sealed class ContractNoticeTests(NoticeClockServer server) : IClassFixture<NoticeClockServer>
{
    [Fact]
    public async Task Notice_soon_lists_the_contracts_to_act_on_from_today_through_ninety_days_ahead_by_the_UTC_date()
    {
        var account = await server.World.SupportDomainAsync();
        var supplier = await account.AddOrganizationAsync();
        async Task<long> AddAsync(string name, string? notice, string status = "active") =>
            await ContractRecords.AddContractAsync(account, supplier, name, new Dictionary<string, object?> { ["notice_date"] = notice, ["status"] = status });
        // Today is 30 June 2030 (UTC); day 90 is 28 September, day 91 the 29th.
        var day91 = await AddAsync("Day 91", "2030-09-29");
        var day90 = await AddAsync("Day 90", "2030-09-28");
        var yesterday = await AddAsync("Yesterday", "2030-06-29");
        var today = await AddAsync("Today", "2030-06-30", "being_prepared");
        var expired = await AddAsync("Expired", "2030-07-15", "expired");
        var scheduled = await AddAsync("Scheduled", "2030-07-15", "scheduled_for_activation");
        await AddAsync("No notice date", null);
        var owner = account.Owner;

        Assert.Equal([today, scheduled, day90], (await owner.GetAsync("/v1/contracts/notice_soon")).Expect(200).Ids());
        // The order is the nearest notice date first unless the client asks for another; the other filters still apply.
        Assert.Equal([day90, scheduled, today], (await owner.GetAsync("/v1/contracts/notice_soon?sort=-notice_date")).Expect(200).Ids());
        Assert.Equal([today], (await owner.GetAsync("/v1/contracts/notice_soon?status=being_prepared")).Expect(200).Ids());
        Assert.DoesNotContain(expired, (await owner.GetAsync("/v1/contracts/notice_soon")).Ids());
        Assert.DoesNotContain(yesterday, (await owner.GetAsync("/v1/contracts/notice_soon")).Ids());

        // Past midnight UTC it is 1 July: today's notice date has passed, and day 91 is day 90.
        server.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal([scheduled, day90, day91], (await owner.GetAsync("/v1/contracts/notice_soon")).Expect(200).Ids());

        // Expiring a contract takes it off the list; another account sees none of them.
        (await owner.PatchAsync($"/v1/contracts/{scheduled}", new { status = "expired" })).Expect(200);
        Assert.Equal([day90, day91], (await owner.GetAsync("/v1/contracts/notice_soon")).Expect(200).Ids());
        var stranger = await server.World.SupportDomainAsync();
        Assert.Empty((await stranger.Owner.GetAsync("/v1/contracts/notice_soon")).Expect(200).Ids());
    }
}
