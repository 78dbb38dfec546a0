using System.Net;
using System.Net.Sockets;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Conventions;

/// <summary>
/// A server of its own, on Kestrel at a loopback port (the in-memory test server reads a request's whole body before the
/// app sees it), that works on one call at a time and lets one more wait.
/// </summary>
public sealed class OneCallAtATimeServer : IDisposable
{
    public OneCallAtATimeServer()
    {
        Server = new TrustdeskServer(new Dictionary<string, string>
        {
            ["Overload:MaxConcurrentCalls"] = "1",
            ["Overload:QueueLength"] = "1",
        });
        Server.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        Server.StartServer();
        Address = new Uri(Server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public TrustdeskServer Server { get; }
    public Uri Address { get; }

    public void Dispose() => Server.Dispose();
}

/// <summary>
/// Offered more than it can work on, the server refuses the excess at once — 503 with <c>Retry-After</c>, in the API's
/// error shape — instead of queueing every call; the calls it took in are served (ADR 33).
/// </summary>
public sealed class OverloadTests(OneCallAtATimeServer fixture) : IClassFixture<OneCallAtATimeServer>
{
    [Fact]
    public async Task Past_the_calls_at_work_and_the_queue_a_call_is_refused_at_once_and_those_taken_in_are_served()
    {
        using var http = new HttpClient { BaseAddress = fixture.Address };
        var token = await OwnerTokenAsync(http);

        // Two calls whose bodies have not finished arriving (written on raw connections, so nothing holds them back on the
        // way): one is at work reading its body, one waits in the queue.
        var held = new List<HeldCall>();
        for (var i = 0; i < 2; i++)
        {
            held.Add(await HeldCall.StartAsync(fixture.Address, token, $$"""{"name":"Site held {{i}}"}"""));
            await UntilAsync(atWork: 1, queued: i);
        }

        using var refused = await http.SendAsync(Get("/v1/me", token));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("1", refused.Headers.RetryAfter?.ToString());
        Assert.Equal("""{"message":"Service Unavailable"}""", await refused.Content.ReadAsStringAsync());
        Assert.Equal("application/json; charset=utf-8", refused.Content.Headers.ContentType?.ToString());

        foreach (var call in held)
        {
            Assert.StartsWith("HTTP/1.1 201", await call.FinishAsync(), StringComparison.Ordinal);
            call.Dispose();
        }
        using var served = await http.SendAsync(Get("/v1/me", token));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

    /// <summary>Waits until the server's limiter has that many calls at work and in its queue.</summary>
    private async Task UntilAsync(int atWork, int queued)
    {
        var limiter = fixture.Server.Services.GetRequiredService<IOptions<RateLimiterOptions>>().Value.GlobalLimiter!;
        var call = new DefaultHttpContext { Request = { Path = "/v1/sites" } };
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (limiter.GetStatistics(call) is not { } now || now.CurrentAvailablePermits != 1 - atWork || now.CurrentQueuedCount != queued)
            await Task.Delay(10, deadline.Token);
    }

    /// <summary>A new directory account's owner token, made by the operator as every test's accounts are.</summary>
    private async Task<string> OwnerTokenAsync(HttpClient http)
    {
        var id = Ids.Account();
        using var create = new HttpRequestMessage(HttpMethod.Post, "/v1/accounts")
        {
            Content = JsonContent.Create(new { id, name = "Account " + id, kind = "directory", owner = new { name = "Owner of " + id, primary_email = Ids.Email("owner") } }),
        };
        create.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Server.OperatorToken);
        using var created = await http.SendAsync(create);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return JsonNode.Parse(await created.Content.ReadAsStringAsync())!["owner"]!["token"]!.GetValue<string>();
    }

    private static HttpRequestMessage Get(string path, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    /// <summary>A <c>POST /v1/sites</c> on a raw connection: its headers and the body's first byte sent, the rest held back.</summary>
    private sealed class HeldCall(TcpClient connection, NetworkStream stream, string rest) : IDisposable
    {
        public static async Task<HeldCall> StartAsync(Uri server, string token, string body)
        {
            var connection = new TcpClient();
            await connection.ConnectAsync(server.Host, server.Port);
            var stream = connection.GetStream();
            var head = $"POST /v1/sites HTTP/1.1\r\nHost: {server.Authority}\r\nAuthorization: Bearer {token}\r\n" +
                       $"Content-Type: application/json\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body[..1]}";
            await stream.WriteAsync(Encoding.UTF8.GetBytes(head));
            return new HeldCall(connection, stream, body[1..]);
        }

        /// <summary>Sends the rest of the body; the answer's status line and headers.</summary>
        public async Task<string> FinishAsync()
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(rest));
            var answer = new byte[4096];
            var read = await stream.ReadAsync(answer);
            return Encoding.UTF8.GetString(answer, 0, read);
        }

        public void Dispose() => connection.Dispose();
    }
}
