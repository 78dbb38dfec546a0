using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Tests.Features.Events;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Pages;

/// <summary>A server whose clock moves and whose sign-in limits are small enough to reach in a test.</summary>
public sealed class SignInThrottledServer() : ClockedServer(MondayMorning, new Dictionary<string, string>
{
    ["SignIn:FailuresPerAddress"] = "3",
    ["SignIn:FailuresPerAddressFromAnywhere"] = "6",
    ["SignIn:FailuresPerClient"] = "8",
    ["SignIn:AttemptsPerClientPerMinute"] = "12",
    ["SignIn:WindowMinutes"] = "15",
})
{
    public const int Failures = 3;
    public const int FailuresFromAnywhere = 6;
    public const int FailuresPerClient = 8;
    public const int ChecksPerMinute = 12;
}

/// <summary>
/// ADR 26 as amended by ADR 33: guessing is held back per client and per address, so that neither a lock-out of the
/// owner, nor spraying one password over many addresses, nor spending the server's CPU on password checks works. Each
/// test calls from client addresses of its own.
/// </summary>
public sealed class SignInThrottleTests(SignInThrottledServer fixture) : IClassFixture<SignInThrottledServer>
{
    private const string HeldBack = "Too many failed sign-ins.";

    [Fact]
    public async Task A_client_guessing_an_address_is_held_back_for_it_even_with_the_right_password_while_the_owner_elsewhere_signs_in()
    {
        var (held, other) = (await fixture.World.DirectoryAsync(), await fixture.World.DirectoryAsync());
        var (email, password) = await PasswordAsync(held);
        var (otherEmail, otherPassword) = await PasswordAsync(other);
        using var guesser = Browser();

        for (var i = 0; i < SignInThrottledServer.Failures; i++)
            Assert.Contains("is not right", (await SignInAsync(guesser, email, "wrong " + i)).Expect(HttpStatusCode.OK).Text, StringComparison.Ordinal);
        var refused = (await SignInAsync(guesser, email, password)).Expect(HttpStatusCode.TooManyRequests);
        Assert.Contains(HeldBack + " Try again in 15 minutes.", refused.Text, StringComparison.Ordinal);
        // The case and spaces of the address make no new one.
        (await SignInAsync(guesser, "  " + email.ToUpperInvariant(), password)).Expect(HttpStatusCode.TooManyRequests);
        // Another address from the same client signs in, and the owner signs in from their own client: no lock-out.
        (await SignInAsync(guesser, otherEmail, otherPassword)).Expect(HttpStatusCode.Redirect);
        using (var owner = Browser()) (await SignInAsync(owner, email, password)).Expect(HttpStatusCode.Redirect);

        fixture.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Contains("Try again in 1 minute.", (await SignInAsync(guesser, email, password)).Expect(HttpStatusCode.TooManyRequests).Text, StringComparison.Ordinal);
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        (await SignInAsync(guesser, email, password)).Expect(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Many_clients_guessing_one_address_hold_it_back_for_every_browser_except_those_that_signed_in_with_it_before()
    {
        var (email, password) = await PasswordAsync(await fixture.World.DirectoryAsync());
        var (otherEmail, otherPassword) = await PasswordAsync(await fixture.World.DirectoryAsync());
        using var ownersBrowser = Browser();
        (await SignInAsync(ownersBrowser, email, password)).Expect(HttpStatusCode.Redirect);
        using var othersBrowser = Browser();
        (await SignInAsync(othersBrowser, otherEmail, otherPassword)).Expect(HttpStatusCode.Redirect);

        // Each guesser stays under its own limit for the address; together they reach the address's.
        for (var guesser = 0; guesser < SignInThrottledServer.FailuresFromAnywhere / 2; guesser++)
        {
            using var browser = Browser();
            for (var i = 0; i < 2; i++) (await SignInAsync(browser, email, $"guess {guesser}.{i}")).Expect(HttpStatusCode.OK);
        }
        using (var newcomer = Browser()) (await SignInAsync(newcomer, email, password)).Expect(HttpStatusCode.TooManyRequests);
        // A browser that signed in with another address is a stranger to this one.
        (await SignInAsync(othersBrowser, email, password)).Expect(HttpStatusCode.TooManyRequests);
        (await SignInAsync(ownersBrowser, email, password)).Expect(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_client_spraying_one_password_over_many_addresses_is_held_back_and_others_are_not()
    {
        using var sprayer = Browser();
        for (var i = 0; i < SignInThrottledServer.FailuresPerClient; i++)
            (await SignInAsync(sprayer, $"sprayed.{Ids.Hex(8)}@throttle.example", "Summer2030!")).Expect(HttpStatusCode.OK);
        var (email, password) = await PasswordAsync(await fixture.World.DirectoryAsync());
        (await SignInAsync(sprayer, email, password)).Expect(HttpStatusCode.TooManyRequests);
        using var someoneElse = Browser();
        (await SignInAsync(someoneElse, email, password)).Expect(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Every_password_check_counts_so_no_client_can_spend_the_servers_cpu_and_the_next_minute_checks_again()
    {
        var (email, password) = await PasswordAsync(await fixture.World.DirectoryAsync());
        using var busy = Browser();
        // Right passwords count too: each is a hash computed.
        for (var i = 0; i < SignInThrottledServer.ChecksPerMinute; i++) (await SignInAsync(busy, email, password)).Expect(HttpStatusCode.Redirect);
        var refused = (await SignInAsync(busy, email, password)).Expect(HttpStatusCode.TooManyRequests);
        Assert.Contains("Try again in 1 minute.", refused.Text, StringComparison.Ordinal);
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        (await SignInAsync(busy, email, password)).Expect(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task An_address_nobody_has_is_held_back_the_same_way()
    {
        var nobody = $"nobody.{Ids.Hex(8)}@throttle.example";
        using var guesser = Browser();
        for (var i = 0; i < SignInThrottledServer.Failures; i++)
            Assert.Contains("is not right", (await SignInAsync(guesser, nobody, "guess " + i)).Expect(HttpStatusCode.OK).Text, StringComparison.Ordinal);
        Assert.Contains(HeldBack, (await SignInAsync(guesser, nobody, "guess")).Expect(HttpStatusCode.TooManyRequests).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_success_clears_the_failures_before_it()
    {
        var (email, password) = await PasswordAsync(await fixture.World.DirectoryAsync());
        using var typist = Browser();
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < SignInThrottledServer.Failures - 1; i++) (await SignInAsync(typist, email, "typo " + i)).Expect(HttpStatusCode.OK);
            (await SignInAsync(typist, email, password)).Expect(HttpStatusCode.Redirect);
        }
    }

    private Task<(string Email, string Password)> PasswordAsync(Tenant account) =>
        ConsoleWorld.SetPasswordAsync(fixture.Server, account.Id, account.OwnerId);

    /// <summary>A browser of its own: its own client address and cookie jar.</summary>
    private PageSession Browser()
    {
        var browser = PageSession.Anonymous(fixture.Server);
        browser.Http.DefaultRequestHeaders.Add(ClientAddresses.Header, ClientAddresses.NewIPv4());
        return browser;
    }

    private static Task<PageResponse> SignInAsync(PageSession browser, string email, string password) =>
        browser.PostFormAsync("/sign-in", "/sign-in", new() { ["Email"] = email, ["Password"] = password });
}

/// <summary>A server that answers sign-ins no sooner than its floor (ADR 33).</summary>
public sealed class SignInFloorServer() : ClockedServer(MondayMorning, new Dictionary<string, string> { ["SignIn:MinimumMilliseconds"] = "300" })
{
    public const int FloorMilliseconds = 300;
}

/// <summary>
/// How long a sign-in takes tells nothing: an unknown address (no hash to check) and one held in two accounts (two)
/// both answer only after the floor. The medians of both are in docs/security.md (bench/sign-in-timing).
/// </summary>
public sealed class SignInTimingTests(SignInFloorServer fixture) : IClassFixture<SignInFloorServer>
{
    [Fact]
    public async Task Unknown_addresses_and_addresses_held_in_two_accounts_both_answer_after_the_floor()
    {
        var email = $"twice.{Ids.Hex(8)}@timing.example";
        foreach (var account in new[] { await fixture.World.DirectoryAsync(), await fixture.World.DirectoryAsync() })
            await SetPasswordAsync(account, email);

        foreach (var address in new[] { email, $"nobody.{Ids.Hex(8)}@timing.example" })
        {
            using var browser = PageSession.Anonymous(fixture.Server);
            await browser.GetAsync("/sign-in");
            var started = Stopwatch.GetTimestamp();
            (await browser.PostFormAsync("/sign-in", "/sign-in", new() { ["Email"] = address, ["Password"] = "not the password" }))
                .Expect(HttpStatusCode.OK);
            Assert.True(Stopwatch.GetElapsedTime(started) >= TimeSpan.FromMilliseconds(SignInFloorServer.FloorMilliseconds),
                $"{address}: answered before the floor");
        }
    }

    private async Task SetPasswordAsync(Tenant account, string email)
    {
        await using var scope = fixture.Server.Services.CreateAsyncScope();
        var db = await ServerWrites.EnterAsync(scope, account.Id);
        await using var transaction = await db.Database.BeginTransactionAsync();
        await scope.ServiceProvider.GetRequiredService<Passwords>().SetAsync(account.OwnerId, email, "pw-" + Ids.Hex(8), CancellationToken.None);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }
}
