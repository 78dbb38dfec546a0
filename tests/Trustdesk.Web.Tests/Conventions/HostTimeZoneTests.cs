using System.Globalization;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Conventions;

/// <summary>Tests that change the process's local time zone; xunit runs them alone, after all parallel tests.</summary>
[CollectionDefinition(nameof(HostTimeZone), DisableParallelization = true)]
public sealed class HostTimeZone;

/// <summary>
/// Timestamps are UTC on the wire whatever the server machine's time zone is (CI runs in UTC, production may not).
/// </summary>
[Collection(nameof(HostTimeZone))]
public sealed class HostTimeZoneTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    [Fact]
    public async Task Timestamps_read_back_are_utc_on_a_server_outside_utc()
    {
        var account = await _world.DirectoryAsync();
        var previous = Environment.GetEnvironmentVariable("TZ");
        Environment.SetEnvironmentVariable("TZ", "America/New_York");
        TimeZoneInfo.ClearCachedData();
        try
        {
            Assert.NotEqual(TimeSpan.Zero, TimeZoneInfo.Local.BaseUtcOffset);
            var created = (await account.Owner.PostAsync("/v1/sites", new { name = "Stamped" })).Expect(201);
            var read = (await account.Owner.GetAsync($"/v1/sites/{created.Id}")).Expect(200);
            var token = (await account.Owner.GetAsync("/v1/access_tokens")).Expect(200).Items.Single()!;

            Assert.Equal(created.Record.Str("created_at"), read.Record.Str("created_at"));
            var createdAt = DateTimeOffset.Parse(read.Record.Str("created_at")!, CultureInfo.InvariantCulture);
            Assert.InRange(createdAt, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
            var expiresAt = DateTimeOffset.Parse(token.Str("expires_at")!, CultureInfo.InvariantCulture);
            Assert.InRange(expiresAt, DateTimeOffset.UtcNow.AddDays(90).AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(90).AddMinutes(1));
        }
        finally
        {
            Environment.SetEnvironmentVariable("TZ", previous);
            TimeZoneInfo.ClearCachedData();
        }
    }

    [Fact]
    public async Task A_time_sent_without_a_zone_is_taken_as_utc_on_a_server_outside_utc()
    {
        var account = await _world.DirectoryAsync();
        var expiresAt = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        var previous = Environment.GetEnvironmentVariable("TZ");
        Environment.SetEnvironmentVariable("TZ", "America/New_York");
        TimeZoneInfo.ClearCachedData();
        try
        {
            Assert.NotEqual(TimeSpan.Zero, TimeZoneInfo.Local.BaseUtcOffset);
            var created = (await account.Owner.PostAsync("/v1/access_tokens", new { name = "no zone", expires_at = expiresAt })).Expect(201);
            Assert.Equal(expiresAt + "Z", created.Record.Str("expires_at"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("TZ", previous);
            TimeZoneInfo.ClearCachedData();
        }
    }
}
