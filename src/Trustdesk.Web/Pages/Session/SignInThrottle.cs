using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Trustdesk.Domain.Access;
using Trustdesk.Web.Api.Limits;

namespace Trustdesk.Web.Pages.Session;

/// <summary>Settings of section <c>SignIn</c> (ADR 26, ADR 33).</summary>
public sealed class SignInOptions
{
    /// <summary>Failed sign-ins for one e-mail address from one client within the window before that client is held back for it.</summary>
    public int FailuresPerAddress { get; set; } = 10;

    /// <summary>
    /// Failed sign-ins for one e-mail address from all clients together within the window before every client that has
    /// not signed in with it before (no device cookie for it) is held back for it.
    /// </summary>
    public int FailuresPerAddressFromAnywhere { get; set; } = 100;

    /// <summary>Failed sign-ins from one client, whatever the addresses, within the window before the client is held back (spraying).</summary>
    public int FailuresPerClient { get; set; } = 30;

    /// <summary>Passwords one client may have checked in a minute, right or wrong (each costs tens of milliseconds of CPU).</summary>
    public int AttemptsPerClientPerMinute { get; set; } = 20;

    public int WindowMinutes { get; set; } = 15;

    /// <summary>
    /// A sign-in that checks a password answers no sooner than this after it arrived, so how long it took says nothing
    /// about whether the address exists or in how many accounts (each is a password hash to check).
    /// </summary>
    public int MinimumMilliseconds { get; set; } = 400;

    /// <summary>
    /// Hours a session lasts from its sign-in, however active the browser (ADR 40); an idle one ends after
    /// <see cref="IdleHours"/>.
    /// </summary>
    public int SessionHours { get; set; } = 12;

    /// <summary>Hours without a page before a session's cookie runs out.</summary>
    public int IdleHours { get; set; } = 8;
}

/// <summary>One sign-in attempt as the throttle counts it: the address as typed (hashed), the client, and whether the
/// client has signed in with that address before (<see cref="SignInDevices"/>).</summary>
public sealed record SignInAttempt(string Address, string Client, bool KnownDevice)
{
    public static SignInAttempt Of(string email, HttpContext context, SignInDevices devices)
    {
        var address = AddressKey(email);
        return new SignInAttempt(address, ClientAddress.KeyOf(context), devices.Knows(context.Request, address));
    }

    /// <summary>The address as sign-ins key it (trimmed, case-insensitive), hashed: the throttle holds no addresses.</summary>
    public static string AddressKey(string email) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(SignIn.KeyOf(email))))[..32];
}

/// <summary>
/// Holds back guessing without locking owners out (ADR 26, amended by ADR 33). Four limits, each a window of
/// <see cref="WindowCounters"/> (O(1) per attempt, bounded memory, whatever is sent):
/// <list type="bullet">
/// <item>per address and client: one client guessing one address is held back after a few failures — that client only,
/// so nobody elsewhere can lock the owner out;</item>
/// <item>per address from anywhere: many clients guessing one address together are held back after many more — except a
/// client that signed in with it before, so the owner's own browser still gets in;</item>
/// <item>per client: one client trying one password over many addresses (spraying) is held back;</item>
/// <item>per client and minute: every password check counts, right or wrong, so no client can spend the server's CPU.</item>
/// </list>
/// Counted whether or not anyone has the address, so a hold says nothing about which addresses exist. Per server
/// process, like the API's rate limits (ADR 4).
/// </summary>
public sealed class SignInThrottle(TimeProvider time, IOptions<SignInOptions> options)
{
    private const int Capacity = 200_000;
    private readonly WindowCounters _failures = new(time, TimeSpan.FromMinutes(options.Value.WindowMinutes), Capacity);
    private readonly WindowCounters _checks = new(time, TimeSpan.FromMinutes(1), Capacity);

    private SignInOptions Limits => options.Value;

    /// <summary>
    /// Counts the attempt's password check, and answers when it may be made if it may not be made now (it is then not
    /// made, and no password is checked).
    /// </summary>
    public DateTimeOffset? HeldUntil(SignInAttempt attempt)
    {
        var holds = new List<WindowState>
        {
            _failures.Peek("c:" + attempt.Client, Limits.FailuresPerClient),
            _failures.Peek($"ac:{attempt.Address}:{attempt.Client}", Limits.FailuresPerAddress),
        };
        if (!attempt.KnownDevice) holds.Add(_failures.Peek("a:" + attempt.Address, Limits.FailuresPerAddressFromAnywhere));
        var held = holds.Where(w => !w.Allowed).Select(w => (DateTimeOffset?)w.Reset).Max();
        if (held is not null) return held;
        var checks = _checks.Take("c:" + attempt.Client, Limits.AttemptsPerClientPerMinute);
        return checks.Allowed ? null : checks.Reset;
    }

    public void Failed(SignInAttempt attempt)
    {
        _failures.Take("c:" + attempt.Client, int.MaxValue);
        _failures.Take($"ac:{attempt.Address}:{attempt.Client}", int.MaxValue);
        _failures.Take("a:" + attempt.Address, int.MaxValue);
    }

    /// <summary>The right password clears the address's failures; the client's own (spraying) stay.</summary>
    public void Succeeded(SignInAttempt attempt)
    {
        _failures.Forget($"ac:{attempt.Address}:{attempt.Client}");
        _failures.Forget("a:" + attempt.Address);
    }
}
