namespace Trustdesk.Web.Tests.Golden.Script;

/// <summary>
/// Trusts between Widget's accounts (all Wendy's) and Printfix (Pieter's): the scenario's accepted ones, and here one
/// pending, one through each step of its life (invited, accepted or rejected or canceled, revoked) and amendments of an
/// accepted one's options, each step also refused (a stale <c>If-Match</c>, a state that does not allow it, a trust the
/// caller is no side of).
/// </summary>
public sealed class TrustCalls(GoldenRecorder r, ScenarioRecords s) : IGoldenPart
{
    private static readonly GoldenCaller Us = Callers.Wendy.In("widget-it-us");
    private static readonly GoldenCaller Br = Callers.Wendy.In("widget-it-br");
    private static readonly GoldenCaller Cc = Callers.Wendy.In("widget-cc");
    private static readonly GoldenCaller Nl = Callers.Wendy.In("widget-it-nl");

    /// <summary>widget-it-us trusting Printfix with requests and tasks: accepted here, revoked by <see cref="StrandedCalls"/>.</summary>
    public long UsPrintfix { get; private set; }

    public async Task SetUpAsync()
    {
        UsPrintfix = (await r.PostAsync(Us, "/v1/trusts", new { customer_account_id = "widget-it-us", provider_account_id = "printfix", options = new[] { "requests", "tasks" } })).Id;
        await r.PostAsync(Callers.Pieter, $"/v1/trusts/{UsPrintfix}/accept");
        await r.PostAsync(Callers.Wendy.In("widget-finance"), "/v1/trusts", new { customer_account_id = "widget-finance", provider_account_id = "printfix", options = new[] { "services" } });
    }

    public async Task ReadAsync()
    {
        var p = Callers.Pieter;
        await r.CollectionAsync(p, "/v1/trusts", "customer_account,status,options", "-id", "customer_account_id=widget-it-nl");
        await r.CollectionAsync(p, "/v1/trusts/pending", "customer_account,inviter_account", "id", "inviter_account_id=widget-finance");
        await r.CollectionAsync(p, "/v1/trusts/accepted", "customer_account,options", "-id", "other_account_id=widget-it-nl");
        await r.GetAsync(Nl, "/v1/trusts/accepted?fields=provider_account,options");
        await r.RecordAsync(Nl, $"/v1/trusts/{s.NlCcTrust}", $"/v1/trusts/{UsPrintfix}");
        await r.GetAsync(Callers.Nick, $"/v1/trusts/{s.NlCcTrust}");
        await r.CollectionAsync(p, $"/v1/trusts/{UsPrintfix}/audit", "action,account", "-created_at", "created_at=%3E=2030-01-07T09:00:09Z");
        await r.GetAsync(Nl, $"/v1/trusts/{UsPrintfix}/audit");
        await r.GetAsync(Nl, $"/v1/trusts/{Steps.Missing}/audit");
    }

    public async Task WriteAsync()
    {
        await InviteAndAnswerAsync();
        await AmendAsync();
    }

    private async Task InviteAndAnswerAsync()
    {
        var p = Callers.Pieter;
        var invitation = await r.CreatesAsync(Br, "/v1/trusts",
            new { customer_account_id = "widget-it-br", provider_account_id = "printfix", options = new[] { "requests" } },
            new { customer_account_id = "widget-it-br", provider_account_id = "widget-it-br", options = new[] { "everything" } });
        await r.PostAsync(Br, "/v1/trusts", new { customer_account_id = "widget-it-br", provider_account_id = "printfix", options = new[] { "requests" } });
        await r.PostAsync(Br, "/v1/trusts", new { customer_account_id = "widget-it-br", provider_account_id = "no-such-account", options = new[] { "tasks" } });
        await r.PostAsync(Br, "/v1/trusts", new { customer_account_id = "widget-it-us", provider_account_id = "printfix", options = new[] { "tasks" } });
        await r.PostAsync(Callers.Nick, "/v1/trusts", new { customer_account_id = "widget-it-nl", provider_account_id = "widget-hr", options = new[] { "tasks" } });
        var brPrintfix = $"/v1/trusts/{invitation.Id()}";

        await r.PostAsync(p, $"{brPrintfix}/accept", null, ("If-Match", Steps.Stale(invitation)));
        await r.PostAsync(Br, $"{brPrintfix}/accept");
        var accepted = await r.PostAsync(p, $"{brPrintfix}/accept");
        await r.PostAsync(p, $"{brPrintfix}/accept");
        await r.PostAsync(Nl, $"{brPrintfix}/accept");
        await r.PostAsync(p, $"/v1/trusts/{Steps.Missing}/accept");

        var finance = (await r.GetAsync(p, "/v1/trusts/pending?inviter_account_id=widget-finance&fields=id")).Items[0]!["id"]!.GetValue<long>();
        await r.PostAsync(Callers.Wendy.In("widget-finance"), $"/v1/trusts/{finance}/reject");
        var rejected = await r.PostAsync(p, $"/v1/trusts/{finance}/reject");
        await r.PostAsync(p, $"/v1/trusts/{finance}/reject");
        await r.PostAsync(p, $"/v1/trusts/{finance}/reject", null, ("If-Match", Steps.Stale(rejected)));
        await r.PostAsync(Nl, $"/v1/trusts/{finance}/reject");

        var brHr = await r.PostAsync(Br, "/v1/trusts", new { customer_account_id = "widget-it-br", provider_account_id = "widget-hr", options = new[] { "tasks" } });
        await r.PostAsync(Callers.Wendy.In("widget-hr"), $"/v1/trusts/{brHr.Id()}/cancel");
        await r.PostAsync(Br, $"/v1/trusts/{brHr.Id()}/cancel", null, ("If-Match", Steps.Stale(brHr)));
        await r.PostAsync(Br, $"/v1/trusts/{brHr.Id()}/cancel", null, ("If-Match", brHr.Header("ETag")!));
        await r.PostAsync(Br, $"/v1/trusts/{brHr.Id()}/cancel");
        await r.PostAsync(Nl, $"/v1/trusts/{brHr.Id()}/cancel");
        await r.PostAsync(Br, $"/v1/trusts/{Steps.Missing}/cancel");

        await r.PostAsync(p, $"{brPrintfix}/revoke", null, ("If-Match", Steps.Stale(accepted)));
        await r.PostAsync(p, $"{brPrintfix}/revoke");
        await r.PostAsync(Br, $"{brPrintfix}/revoke");
        await r.PostAsync(Nl, $"{brPrintfix}/revoke");
        await r.PostAsync(Callers.Nick, $"/v1/trusts/{s.NlCcTrust}/revoke");
        await r.GetAsync(p, $"{brPrintfix}/audit");
    }

    /// <summary>widget-it-us's trust in the competence center: an option taken away, one proposed and accepted, one rejected, one canceled.</summary>
    private async Task AmendAsync()
    {
        var trust = $"/v1/trusts/{s.UsCcTrust}";
        var narrowed = await r.PatchAsync(Us, trust, new { options = new[] { "services", "requests" } });
        await r.PatchAsync(Us, trust, new { options = new[] { "services", "everything" } });
        await r.PatchAsync(Us, trust, new { options = new[] { "services", "requests", "tasks" } }, ("If-Match", Steps.Stale(narrowed)));
        await r.PatchAsync(Nl, $"/v1/trusts/{UsPrintfix}", new { options = new[] { "requests" } });
        await r.PatchAsync(Us, $"/v1/trusts/{Steps.Missing}", new { options = new[] { "requests" } });
        await r.PostAsync(Cc, $"{trust}/accept_amendment");

        var proposed = await r.PatchAsync(Us, trust, new { options = new[] { "services", "requests", "tasks" } });
        await r.PostAsync(Us, $"{trust}/accept_amendment");
        await r.PostAsync(Cc, $"{trust}/accept_amendment", null, ("If-Match", Steps.Stale(proposed)));
        await r.PostAsync(Cc, $"{trust}/accept_amendment");
        await r.PostAsync(Nl, $"{trust}/accept_amendment");

        var again = await r.PatchAsync(Cc, trust, new { options = new[] { "services", "requests", "tasks", "roles" } });
        await r.PostAsync(Cc, $"{trust}/reject_amendment");
        await r.PostAsync(Us, $"{trust}/reject_amendment", null, ("If-Match", Steps.Stale(again)));
        await r.PostAsync(Us, $"{trust}/reject_amendment");
        await r.PostAsync(Us, $"{trust}/reject_amendment");

        var last = await r.PatchAsync(Us, trust, new { options = new[] { "services", "requests", "tasks", "roles" } });
        await r.PostAsync(Cc, $"{trust}/cancel_amendment");
        await r.PostAsync(Us, $"{trust}/cancel_amendment", null, ("If-Match", Steps.Stale(last)));
        await r.PostAsync(Us, $"{trust}/cancel_amendment");
        await r.PostAsync(Us, $"{trust}/cancel_amendment");
        await r.PostAsync(Nl, $"/v1/trusts/{Steps.Missing}/cancel_amendment");
        await r.GetAsync(Us, $"{trust}/audit");
    }
}
