using Trustdesk.Web.Tests.Features.Events;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Pages;

/// <summary>
/// <c>GET /console/{account}/events</c>: the console's live events with the cookie session. A change reaches the
/// consoles of the accounts that see the request and no other; a revoked trust stops them at once. A stream that must
/// not receive an event is shown alive by a later event it may see arriving first.
/// </summary>
public sealed class ConsoleEventsTests
{
    private const string Created = "request.create";
    private const string Updated = "request.update";
    private static readonly TrustdeskServer Server = TestServers.Shared;

    private static Task<EventStreamReader> OpenAsync(PageSession session, Tenant account) =>
        EventStreamReader.OpenAsync(session.Http, $"/console/{account.Id}/events");

    [Fact]
    public async Task A_request_change_reaches_the_seeing_consoles_only_and_stops_reaching_the_customer_after_revocation()
    {
        using var c = await ConsoleWorld.CreateAsync(Server);
        await using var provider = await OpenAsync(c.Provider, c.W.Provider);
        await using var customer = await OpenAsync(c.Customer, c.W.Customer);
        await using var unrelated = await OpenAsync(c.Unrelated, c.W.Unrelated);

        var request = await c.W.SubmitAsync(c.W.RequesterToken);
        await provider.ExpectAsync(Created, request);
        await customer.ExpectAsync(Created, request);
        await unrelated.ExpectAsync(Created, await c.W.RegisterAsync(c.W.Unrelated));

        (await c.W.Customer.Owner.PostAsync($"/v1/trusts/{c.W.Trust}/revoke")).Expect(200);
        await ServerWrites.RenameRequestAsync(Server, c.W.Provider.Id, request, "Printer replaced");
        await provider.ExpectAsync(Updated, request);
        await customer.ExpectAsync(Created, await c.W.RegisterAsync(c.W.Customer));
    }

    [Fact]
    public async Task A_new_password_ends_the_stream_of_a_session_opened_with_the_old_one()
    {
        using var c = await ConsoleWorld.CreateAsync(Server);
        await using var provider = await OpenAsync(c.Provider, c.W.Provider);
        await provider.ExpectAsync(Created, await c.W.RegisterAsync(c.W.Provider));

        (await c.W.Provider.Owner.PutAsync($"/v1/people/{c.W.Provider.OwnerId}/password", new { password = "a password set anew" })).Expect(204);
        await c.W.RegisterAsync(c.W.Provider);
        await provider.ExpectEndAsync();
    }

    [Fact]
    public async Task An_account_the_person_may_not_work_in_answers_the_404_page_and_no_session_signs_in()
    {
        using var c = await ConsoleWorld.CreateAsync(Server);
        (await c.Unrelated.GetAsync($"/console/{c.W.Provider.Id}/events")).ExpectNotFoundPage();
        (await c.Unrelated.GetAsync("/console/Not-A-Slug/events")).ExpectNotFoundPage();
        using var anonymous = PageSession.Anonymous(Server);
        var refused = await anonymous.GetAsync($"/console/{c.W.Provider.Id}/events");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, refused.Status);
        Assert.StartsWith("/sign-in?ReturnUrl=", refused.Location, StringComparison.Ordinal);
    }
}
