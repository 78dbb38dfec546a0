using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Events;

/// <summary>A server of its own whose streams keep alive after one quiet second instead of fifteen.</summary>
public sealed class QuickKeepAliveServer : IDisposable
{
    public TrustdeskServer Server { get; } =
        new TrustdeskServer(new Dictionary<string, string> { ["Events:KeepAliveSeconds"] = "1" }).Started();

    public void Dispose() => Server.Dispose();
}

/// <summary>
/// A stream with nothing to deliver still shows it is alive, and still checks its caller: a token revoked while
/// nothing happens ends the stream at the next keep-alive rather than at the next event.
/// </summary>
public sealed class QuietStreamTests(QuickKeepAliveServer fixture) : IClassFixture<QuickKeepAliveServer>
{
    private readonly TestWorld _world = new(fixture.Server);

    [Fact]
    public async Task A_quiet_stream_sends_keep_alive_comments()
    {
        var account = await _world.SupportDomainAsync();
        await using var stream = await EventStreamReader.OpenAsync(fixture.Server, account.OwnerToken, account.Id);
        await stream.ExpectKeepAliveAsync();
    }

    [Fact]
    public async Task A_quiet_stream_of_a_revoked_token_ends_at_its_next_keep_alive()
    {
        var account = await _world.SupportDomainAsync();
        var token = (await account.Owner.PostAsync("/v1/access_tokens", new { name = "console" })).Expect(201);
        await using var stream = await EventStreamReader.OpenAsync(fixture.Server, token.Record.Str("token")!, account.Id);

        (await account.Owner.DeleteAsync($"/v1/access_tokens/{token.Id}")).Expect(204);
        await stream.ExpectEndAsync();
    }
}
