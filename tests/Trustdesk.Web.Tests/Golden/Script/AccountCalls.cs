namespace Trustdesk.Web.Tests.Golden.Script;

/// <summary>
/// The tenant registry, the platform operator's: the scenario's accounts, and one more made here (<c>golden-lab</c>),
/// whose owner opens the event stream later (<see cref="EventCalls"/>).
/// </summary>
public sealed class AccountCalls(GoldenRecorder r) : IGoldenPart
{
    public const string Lab = "golden-lab";

    /// <summary>The owner of <see cref="Lab"/>, with the token its creation issued.</summary>
    public GoldenCaller LabOwner { get; private set; } = GoldenCaller.Anonymous;

    public Task SetUpAsync() => Task.CompletedTask;

    public async Task ReadAsync()
    {
        var o = Callers.Operator;
        await r.CollectionAsync(o, "/v1/accounts", "name,kind,directory_account", "-name", "directory_account_id=widget");
        await r.LaterPageAsync(o, "/v1/accounts");
        await r.GetAsync(o, "/v1/accounts/widget-it-nl");
        await r.GetAsync(o, "/v1/accounts/no-such-account");
        await r.GetAsync(Callers.Wendy, "/v1/accounts");
        await r.GetAsync(Callers.Wendy, "/v1/accounts/widget");
    }

    public async Task WriteAsync()
    {
        var o = Callers.Operator;
        var created = await r.CreatesAsync(o, "/v1/accounts",
            new
            {
                id = Lab, name = "Golden Lab", kind = "support_domain", directory_account_id = "widget", time_zone = "Europe/Amsterdam",
                owner = new { name = "Gus Golden", primary_email = "gus@golden-lab.example" },
            },
            new { id = "Golden Lab!", name = "", kind = "galaxy", time_zone = "Mars/Olympus", owner = new { name = "", primary_email = "nobody" } });
        LabOwner = new GoldenCaller(created.Record["owner"]!["token"]!.GetValue<string>(), Lab);
        await r.PostAsync(o, "/v1/accounts", new { id = "widget", name = "Widget again", kind = "directory", owner = new { name = "Someone", primary_email = "someone@widget.example" } });
        await r.PostAsync(Callers.Wendy, "/v1/accounts", new { id = "golden-other", name = "Golden Other", kind = "directory" });

        foreach (var method in new[] { HttpMethod.Patch, HttpMethod.Put })
        {
            await r.SendAsync(o, method, $"/v1/accounts/{Lab}", $$"""{"name":"Golden Lab ({{method.Method}})","time_zone":"Europe/Lisbon"}""");
            await r.SendAsync(o, method, $"/v1/accounts/{Lab}", """{"name":"","time_zone":"Mars/Olympus","kind":"directory"}""");
            await r.SendAsync(o, method, "/v1/accounts/no-such-account", """{"name":"Nobody"}""");
            await r.SendAsync(Callers.Wendy, method, "/v1/accounts/widget", """{"name":"Widget International"}""");
        }
        await r.PatchAsync(o, $"/v1/accounts/{Lab}", new { disabled = true });
        await r.GetAsync(LabOwner, "/v1/me");
        await r.PatchAsync(o, $"/v1/accounts/{Lab}", new { disabled = false });
    }
}
