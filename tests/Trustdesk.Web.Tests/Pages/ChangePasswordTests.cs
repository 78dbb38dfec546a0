using System.Net;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Pages;

/// <summary>ADR 27: a signed-in person changes their own password on <c>/portal/password</c>, proving the current one.</summary>
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

    private static Dictionary<string, string> Fields(string current, string next, string repeated) =>
        new() { ["Current"] = current, ["New"] = next, ["Repeated"] = repeated };
}
