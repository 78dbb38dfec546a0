using System.Net;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Pages;

/// <summary>
/// ADR 27: a signed-in person changes their own password on <c>/portal/password</c>, proving the current one; a new
/// password, whoever sets it, ends the sessions opened with the old one, except the one that changed it.
/// </summary>
public sealed class ChangePasswordTests
{
    private const string Page = "/portal/password";
    private static readonly TrustdeskServer Server = TestServers.Shared;

    [Fact]
    public async Task A_person_who_knows_their_password_changes_it_and_the_old_one_no_longer_signs_in()
    {
        var account = await TestWorld.Shared.DirectoryAsync();
        var (email, old) = await ConsoleWorld.SetPasswordAsync(Server, account.Id, account.OwnerId);
        using var session = await PageSession.SignInAsync(Server, email, old);

        var changed = await session.PostFormAsync(Page, Page, Fields(old, "a new and longer one", "a new and longer one"));
        Assert.Equal(HttpStatusCode.Redirect, changed.Status);
        Assert.Contains("Your password has been changed.", (await session.GetAsync(changed.Location!)).Expect(HttpStatusCode.OK).Text, StringComparison.Ordinal);

        (await PageSession.AttemptSignInAsync(Server, email, old)).Expect(HttpStatusCode.OK);
        (await PageSession.AttemptSignInAsync(Server, email, "a new and longer one")).Expect(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_wrong_current_password_a_short_new_one_or_two_that_differ_change_nothing()
    {
        var account = await TestWorld.Shared.DirectoryAsync();
        var (email, password) = await ConsoleWorld.SetPasswordAsync(Server, account.Id, account.OwnerId);
        using var session = await PageSession.SignInAsync(Server, email, password);

        foreach (var (fields, message) in new[]
        {
            (Fields("not my password", "a new and longer one", "a new and longer one"), "Your current password is not right."),
            (Fields(password, "too short", "too short"), "The new password is too short (minimum is 12 characters)."),
            (Fields(password, "a new and longer one", "a new and longer two"), "The two new passwords differ."),
            (Fields("", "a new and longer one", "a new and longer one"), "Enter your current password."),
        })
        {
            var refused = (await session.PostFormAsync(Page, Page, fields)).Expect(HttpStatusCode.OK);
            Assert.Contains(message, refused.Text, StringComparison.Ordinal);
            Assert.Null(refused.Field("New"));
        }

        (await PageSession.AttemptSignInAsync(Server, email, password)).Expect(HttpStatusCode.Redirect);
        (await PageSession.AttemptSignInAsync(Server, email, "a new and longer one")).Expect(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Changing_ones_password_keeps_this_session_and_ends_the_others()
    {
        var account = await TestWorld.Shared.DirectoryAsync();
        var (email, old) = await ConsoleWorld.SetPasswordAsync(Server, account.Id, account.OwnerId);
        using var here = await PageSession.SignInAsync(Server, email, old);
        using var elsewhere = await PageSession.SignInAsync(Server, email, old);
        (await elsewhere.GetAsync("/portal")).Expect(HttpStatusCode.OK);

        (await here.PostFormAsync(Page, Page, Fields(old, "a new and longer one", "a new and longer one"))).Expect(HttpStatusCode.Redirect);

        (await here.GetAsync("/portal")).Expect(HttpStatusCode.OK);
        var ended = (await elsewhere.GetAsync("/portal")).Expect(HttpStatusCode.Redirect);
        Assert.StartsWith("/sign-in", new Uri(new Uri("http://x"), ended.Location!).AbsolutePath, StringComparison.Ordinal);
        // Signed out for good: the next page asks again too.
        (await elsewhere.GetAsync("/portal")).Expect(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_password_an_administrator_sets_ends_the_persons_open_sessions_in_portal_and_console()
    {
        var account = await TestWorld.Shared.DirectoryAsync();
        var (email, old) = await ConsoleWorld.SetPasswordAsync(Server, account.Id, account.OwnerId);
        using var session = await PageSession.SignInAsync(Server, email, old);
        (await session.GetAsync($"/console/{account.Id}")).Expect(HttpStatusCode.OK);

        (await account.Owner.PutAsync($"/v1/people/{account.OwnerId}/password", new { password = "set by an administrator" })).Expect(204);

        (await session.GetAsync($"/console/{account.Id}")).Expect(HttpStatusCode.Redirect);
        (await session.GetAsync("/portal")).Expect(HttpStatusCode.Redirect);
        // An administrator's password goes with the person's primary e-mail (ADR 27).
        var primary = (await account.Owner.GetAsync($"/v1/people/{account.OwnerId}")).Expect(200).Record.Str("primary_email")!;
        (await PageSession.AttemptSignInAsync(Server, primary, "set by an administrator")).Expect(HttpStatusCode.Redirect);
    }

    private static Dictionary<string, string> Fields(string current, string next, string repeated) =>
        new() { ["Current"] = current, ["New"] = next, ["Repeated"] = repeated };
}
