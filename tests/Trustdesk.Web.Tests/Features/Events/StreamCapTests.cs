using Microsoft.Extensions.DependencyInjection;
using Trustdesk.Web.Features.Events;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Events;

/// <summary>A server of its own that keeps at most two streams per token and three in all.</summary>
public sealed class StreamCappedServer : IDisposable
{
    public const int PerListener = 2;
    public const int InAll = 3;

    public TrustdeskServer Server { get; } = new TrustdeskServer(new Dictionary<string, string>
    {
        ["Events:MaxStreamsPerListener"] = PerListener.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Events:MaxStreams"] = InAll.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }).Started();

    public void Dispose() => Server.Dispose();
}

/// <summary>
/// Open event streams are capped per token (or console session) and per server, each refusal saying so with
/// <c>Retry-After</c> in the API's error shape; a closed stream gives its slot back (ADR 33).
/// </summary>
public sealed class StreamCapTests(StreamCappedServer fixture) : IClassFixture<StreamCappedServer>
{
    [Fact]
    public async Task A_token_keeps_a_few_streams_the_server_a_few_more_and_a_closed_stream_frees_its_slot()
    {
        var world = new TestWorld(fixture.Server);
        var (first, second, third) = (await world.SupportDomainAsync(), await world.SupportDomainAsync(), await world.SupportDomainAsync());
        var slots = fixture.Server.Services.GetRequiredService<StreamSlots>();

        var open = new List<EventStreamReader>();
        for (var i = 0; i < StreamCappedServer.PerListener; i++) open.Add(await EventStreamReader.OpenAsync(fixture.Server, first.OwnerToken, null));
        var mine = await EventStreamReader.RefusedAsync(fixture.Server, first.OwnerToken, null);
        mine.Expect(429, """{"message":"Too many open event streams for this token or session: close one first"}""");
        Answers.AssertErrorShape(mine);
        Assert.Equal("60", mine.Header("Retry-After"));

        open.Add(await EventStreamReader.OpenAsync(fixture.Server, second.OwnerToken, null));
        var full = await EventStreamReader.RefusedAsync(fixture.Server, third.OwnerToken, null);
        full.Expect(503, """{"message":"Too many open event streams on this server: try again shortly"}""");
        Assert.Equal("10", full.Header("Retry-After"));
        Assert.Equal(StreamCappedServer.InAll, slots.Open);

        // The client goes away: its slot comes back once the server notices.
        await open[0].DisposeAsync();
        open.RemoveAt(0);
        await WaitUntilAsync(() => slots.Open < StreamCappedServer.InAll);
        open.Add(await EventStreamReader.OpenAsync(fixture.Server, third.OwnerToken, null));
        foreach (var stream in open) await stream.DisposeAsync();
        await WaitUntilAsync(() => slots.Open == 0);
    }

    private static async Task WaitUntilAsync(Func<bool> done)
    {
        using var deadline = new CancellationTokenSource(EventStreamReader.Deadline);
        while (!done()) await Task.Delay(20, deadline.Token);
    }
}
