namespace Trustdesk.Web.Tests.Golden.Script;

/// <summary>
/// <c>GET /v1/events/stream</c>: refused without a token, its headers (HEAD), and a stream's first bytes up to its first
/// event. The stream is the owner's of <c>golden-lab</c>, an account made by <see cref="AccountCalls"/> in which nothing
/// else happens: announcements of earlier changes, which on PostgreSQL may still be on their way when the stream opens,
/// are none it may see, so its first event is the one request it makes itself.
/// </summary>
public sealed class EventCalls(GoldenRecorder r, AccountCalls accounts) : IGoldenPart
{
    public const string Path = "/v1/events/stream";

    public Task SetUpAsync() => Task.CompletedTask;

    public Task ReadAsync() => Task.CompletedTask;

    public async Task WriteAsync()
    {
        var owner = accounts.LabOwner;
        await r.GetAsync(GoldenCaller.Anonymous, Path);
        await r.GetAsync(owner.In("widget"), Path);
        await r.HeadAsync(owner, Path);
        await using var stream = await GoldenStream.OpenAsync(r, owner, Path);
        await r.PostAsync(owner, "/v1/requests", new { subject = "Is the stream live?", category = "rfi" });
        await stream.KeepUntilFirstEventAsync();
    }
}
