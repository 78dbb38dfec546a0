namespace Trustdesk.Web.Tests.Golden.Script;

/// <summary><c>/v1</c> itself, the caller (<c>/v1/me</c>), the current account, the enumerations, and paths no route serves.</summary>
public sealed class RootCalls(GoldenRecorder r) : IGoldenPart
{
    public Task SetUpAsync() => Task.CompletedTask;

    public async Task ReadAsync()
    {
        await r.GetAsync(Callers.Nick, "/v1");
        await r.GetAsync(Callers.Operator, "/v1");
        await r.GetAsync(GoldenCaller.Anonymous, "/v1");

        await r.GetAsync(Callers.Nick, "/v1/me");
        await r.HeadAsync(Callers.Nick, "/v1/me");
        await r.GetAsync(Callers.Anna, "/v1/me");
        await r.GetAsync(GoldenCaller.Anonymous, "/v1/me");
        await r.GetAsync(new GoldenCaller("td_no_such_token"), "/v1/me");
        await r.GetAsync(Callers.Nick.In("no-such-account"), "/v1/me");
        await r.GetAsync(Callers.Nick.In("printfix"), "/v1/me");

        await r.GetAsync(Callers.Nick, "/v1/account");
        await r.GetAsync(Callers.Wendy, "/v1/account");
        await r.GetAsync(Callers.Anna.In("widget-it-nl"), "/v1/account");
        await r.GetAsync(Callers.Operator, "/v1/account");

        await r.GetAsync(Callers.Nick, "/v1/enums");
        await r.HeadAsync(Callers.Nick, "/v1/enums");

        await r.GetAsync(Callers.Nick, "/v1/no_such_collection");
        await r.HeadAsync(Callers.Nick, "/v1/no_such_collection");
        await r.GetAsync(GoldenCaller.Anonymous, "/v1/no_such_collection");
        await r.PostAsync(Callers.Nick, "/v1/no_such_collection", new { name = "x" });
        await r.GetAsync(Callers.Nick, "/v1/people/1/no_such_relation");
        await r.DeleteAsync(Callers.Nick, "/v1/people");
    }

    public Task WriteAsync() => Task.CompletedTask;
}
