using System.Net;
using Trustdesk.Browser.Tests.Infrastructure;

namespace Trustdesk.Browser.Tests.Http;

/// <summary>
/// The cookie names the person only: what they may do is read again on every page, so a change made elsewhere (through
/// the API here) takes effect at their next page, without signing out.
/// </summary>
[Collection(OneAtATime.Name)]
public sealed class RevocationTests
{
    [Fact]
    public async Task A_person_disabled_after_signing_in_is_signed_out_at_the_next_page_and_cannot_sign_in_again()
    {
        var frank = Demo.FacilitiesSpecialist;
        using var client = await FormPosts.SignedInAsync(frank);
        var id = await DemoApi.PersonIdAsync(frank);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/portal")).StatusCode);

        await DemoApi.SendAsync(Demo.WidgetAdmin, "widget", HttpMethod.Patch, $"/v1/people/{id}", new { disabled = true });
        try
        {
            using var next = await client.GetAsync("/portal");
            Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
            Assert.StartsWith("/sign-in?ReturnUrl=", next.Headers.Location!.OriginalString, StringComparison.Ordinal);
            Assert.Contains(next.Headers.GetValues("Set-Cookie"), c => c.StartsWith("trustdesk.session=;", StringComparison.Ordinal));

            var token = await FormPosts.AntiforgeryTokenAsync(client, "/sign-in");
            using var again = await FormPosts.PostAsync(client, "/sign-in", ("Email", frank.Email), ("Password", frank.Password), ("__RequestVerificationToken", token));
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Contains("The e-mail address or password is not right.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            await DemoApi.SendAsync(Demo.WidgetAdmin, "widget", HttpMethod.Patch, $"/v1/people/{id}", new { disabled = false });
        }
    }

    [Fact]
    public async Task Roles_removed_after_signing_in_close_the_console_at_the_next_page()
    {
        var hannah = Demo.HrSpecialist;
        using var client = await FormPosts.SignedInAsync(hannah);
        var id = await DemoApi.PersonIdAsync(hannah);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/console/widget-hr")).StatusCode);

        await DemoApi.SendAsync(Demo.WidgetAdmin, "widget-hr", HttpMethod.Delete, $"/v1/people/{id}/permissions/widget-hr");
        try
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/console/widget-hr")).StatusCode);
            Assert.DoesNotContain("/console/widget-hr", await client.GetStringAsync("/portal"), StringComparison.Ordinal);
        }
        finally
        {
            await DemoApi.SendAsync(Demo.WidgetAdmin, "widget-hr", HttpMethod.Post, $"/v1/people/{id}/permissions/widget-hr?roles=specialist,workflow_manager");
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/console/widget-hr")).StatusCode);
    }

    [Fact]
    public async Task Signing_in_never_sends_the_browser_to_another_site()
    {
        foreach (var returnUrl in new[] { "https://evil.example/", "//evil.example/", "/\\evil.example" })
        {
            using var client = PortalServer.Client();
            var token = await FormPosts.AntiforgeryTokenAsync(client, "/sign-in");
            using var response = await FormPosts.PostAsync(client, "/sign-in", ("Email", Demo.NlEmployee.Email), ("Password", Demo.NlEmployee.Password),
                ("ReturnUrl", returnUrl), ("__RequestVerificationToken", token));

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/portal", response.Headers.Location!.OriginalString);
        }
    }
}
