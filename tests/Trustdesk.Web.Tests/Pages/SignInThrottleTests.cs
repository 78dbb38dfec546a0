using System.Net;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Pages;

/// <summary>A server whose clock moves and that holds an e-mail address back after three failed sign-ins in 15 minutes.</summary>
public sealed class SignInThrottledServer() : ClockedServer(MondayMorning, new Dictionary<string, string>
{
    ["SignIn:FailuresPerAddress"] = "3",
    ["SignIn:WindowMinutes"] = "15",
})
{
    public const int Failures = 3;
}

/// <summary>
/// ADR 26: after too many failed sign-ins an e-mail address is held back, even with the right password, for the rest
/// of the window; an address nobody has is held back the same way; other addresses are not; a success clears the count.
/// </summary>
public sealed class SignInThrottleTests(SignInThrottledServer fixture) : IClassFixture<SignInThrottledServer>
{
    private const string HeldBack = "Too many failed sign-ins with this e-mail address.";

    [Fact]
    public async Task An_address_with_too_many_failures_is_held_back_even_with_the_right_password_until_the_window_ends()
    {
        var (held, other) = (await fixture.World.DirectoryAsync(), await fixture.World.DirectoryAsync());
        var (email, password) = await PasswordAsync(held);
        var (otherEmail, otherPassword) = await PasswordAsync(other);

        for (var i = 0; i < SignInThrottledServer.Failures; i++)
            Assert.Contains("is not right", (await SignInAsync(email, "wrong " + i)).Expect(HttpStatusCode.OK).Text, StringComparison.Ordinal);
        var refused = (await SignInAsync(email, password)).Expect(HttpStatusCode.TooManyRequests);
        Assert.Contains(HeldBack + " Try again in 15 minutes.", refused.Text, StringComparison.Ordinal);
        // The case and spaces of the address make no new one.
        (await SignInAsync("  " + email.ToUpperInvariant(), password)).Expect(HttpStatusCode.TooManyRequests);
        // Another address from the same client signs in.
        (await SignInAsync(otherEmail, otherPassword)).Expect(HttpStatusCode.Redirect);

        fixture.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Contains("Try again in 1 minute.", (await SignInAsync(email, password)).Expect(HttpStatusCode.TooManyRequests).Text, StringComparison.Ordinal);
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        (await SignInAsync(email, password)).Expect(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task An_address_nobody_has_is_held_back_the_same_way()
    {
        var nobody = $"nobody.{Ids.Hex(8)}@throttle.example";
        for (var i = 0; i < SignInThrottledServer.Failures; i++)
            Assert.Contains("is not right", (await SignInAsync(nobody, "guess " + i)).Expect(HttpStatusCode.OK).Text, StringComparison.Ordinal);
        Assert.Contains(HeldBack, (await SignInAsync(nobody, "guess")).Expect(HttpStatusCode.TooManyRequests).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_success_clears_the_failures_before_it()
    {
        var (email, password) = await PasswordAsync(await fixture.World.DirectoryAsync());
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < SignInThrottledServer.Failures - 1; i++) (await SignInAsync(email, "typo " + i)).Expect(HttpStatusCode.OK);
            (await SignInAsync(email, password)).Expect(HttpStatusCode.Redirect);
        }
    }

    private Task<(string Email, string Password)> PasswordAsync(Tenant account) =>
        ConsoleWorld.SetPasswordAsync(fixture.Server, account.Id, account.OwnerId);

    private Task<PageResponse> SignInAsync(string email, string password) => PageSession.AttemptSignInAsync(fixture.Server, email, password);
}
