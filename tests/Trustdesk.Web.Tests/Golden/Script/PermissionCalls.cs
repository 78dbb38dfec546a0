namespace Trustdesk.Web.Tests.Golden.Script;

/// <summary>Roles in <c>widget-it-nl</c>, given and taken by its owner, Wendy: Nick's, and Anna's given here for a while.</summary>
public sealed class PermissionCalls(GoldenRecorder r, ScenarioRecords s) : IGoldenPart
{
    private static readonly GoldenCaller Owner = Callers.Wendy.In("widget-it-nl");

    public Task SetUpAsync() => Task.CompletedTask;

    public async Task ReadAsync()
    {
        var nick = $"/v1/people/{s.Nick}/permissions";
        await r.GetAsync(Owner, nick);
        await r.GetAsync(Owner, $"{nick}?fields=roles&per_page=1");
        await r.GetAsync(Owner, $"/v1/people/{s.Anna}/permissions");
        await r.GetAsync(Owner, $"/v1/people/{s.Pieter}/permissions");
        await r.GetAsync(Owner, $"/v1/people/{Steps.Missing}/permissions");
        await r.GetAsync(Callers.Anna.In("widget-it-nl"), nick);

        await r.GetAsync(Owner, $"{nick}/widget-it-nl");
        await r.GetAsync(Owner, $"{nick}/widget-it-us");
        await r.GetAsync(Owner, $"/v1/people/{s.Anna}/permissions/widget-it-nl");
        await r.GetAsync(Owner, $"/v1/people/{s.Pieter}/permissions/widget-it-nl");
        await r.GetAsync(Callers.Nick, $"{nick}/widget-it-nl");
    }

    public async Task WriteAsync()
    {
        var anna = $"/v1/people/{s.Anna}/permissions/widget-it-nl";
        await r.PostAsync(Owner, $"{anna}?roles=specialist");
        await r.PostAsync(Owner, anna, new { roles = new[] { "service_desk_analyst" } });
        await r.PostAsync(Owner, $"{anna}?roles=astronaut,specialist");
        await r.PostAsync(Owner, anna, new { roles = Array.Empty<string>() });
        await r.PostAsync(Owner, $"/v1/people/{s.Anna}/permissions/widget-it-us?roles=specialist");
        await r.PostAsync(Owner, $"/v1/people/{s.Pieter}/permissions/widget-it-nl?roles=specialist");
        await r.PostAsync(Callers.Nick, $"{anna}?roles=specialist");

        await r.PatchAsync(Owner, anna, new { roles = new[] { "specialist" } });
        await r.PatchAsync(Owner, anna, new { roles = new[] { "astronaut" } });
        await r.PatchAsync(Owner, $"/v1/people/{Steps.Missing}/permissions/widget-it-nl", new { roles = new[] { "specialist" } });
        await r.PutAsync(Owner, anna, new { roles = new[] { "specialist", "service_desk_analyst" } });
        await r.PutAsync(Owner, anna, new { roles = Array.Empty<string>() });
        await r.PutAsync(Owner, $"/v1/people/{s.Pieter}/permissions/widget-it-nl", new { roles = new[] { "specialist" } });

        await r.DeleteAsync(Owner, anna);
        await r.DeleteAsync(Owner, anna);
        await r.DeleteAsync(Owner, $"/v1/people/{s.Pieter}/permissions/widget-it-nl");
        await r.DeleteAsync(Callers.Nick, $"/v1/people/{s.Nick}/permissions/widget-it-nl");
        await r.DeleteAsync(Callers.Wendy.In("widget-it-us"), $"/v1/people/{s.Nick}/permissions/widget-it-us");
    }
}
