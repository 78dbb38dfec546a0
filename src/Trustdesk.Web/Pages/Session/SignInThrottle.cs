using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Trustdesk.Domain.Access;

namespace Trustdesk.Web.Pages.Session;

/// <summary>Settings of section <c>SignIn</c>.</summary>
public sealed class SignInOptions
{
    /// <summary>Failed sign-ins one e-mail address may have in <see cref="WindowMinutes"/> before it is held back.</summary>
    public int FailuresPerAddress { get; set; } = 10;

    public int WindowMinutes { get; set; } = 15;
}

/// <summary>
/// Holds back guessing (ADR 26): after <see cref="SignInOptions.FailuresPerAddress"/> failed sign-ins for one e-mail
/// address within the window, that address is refused without a password check until the window that began with its
/// first failure has passed. Counted per address as typed (trimmed, case-insensitive), whether or not anyone has it,
/// so the hold says nothing about which addresses exist. Not per client: behind a proxy every client has the proxy's.
/// A success clears the address's failures. Kept per server process, like the API's rate limits (ADR 4).
/// </summary>
public sealed class SignInThrottle(TimeProvider time, IOptions<SignInOptions> options)
{
    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    private TimeSpan Window => TimeSpan.FromMinutes(options.Value.WindowMinutes);

    /// <summary>When the address may try again (null: it may now).</summary>
    public DateTimeOffset? HeldUntil(string email)
    {
        if (!_failures.TryGetValue(KeyOf(email), out var failures)) return null;
        lock (failures)
        {
            var until = failures.Start + Window;
            return failures.Count >= options.Value.FailuresPerAddress && time.GetUtcNow() < until ? until : null;
        }
    }

    public void Failed(string email)
    {
        var now = time.GetUtcNow();
        var failures = _failures.GetOrAdd(KeyOf(email), _ => new Failures(now));
        lock (failures)
        {
            if (now >= failures.Start + Window) (failures.Start, failures.Count) = (now, 0);
            failures.Count++;
        }
        if (_failures.Count > 100_000) Sweep(now);
    }

    public void Succeeded(string email) => _failures.TryRemove(KeyOf(email), out _);

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, failures) in _failures)
            if (now >= failures.Start + Window) _failures.TryRemove(key, out _);
    }

    // The address as sign-ins key it, hashed: the table holds no addresses.
    private static string KeyOf(string email) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(SignIn.KeyOf(email))));

    private sealed class Failures(DateTimeOffset start)
    {
        public DateTimeOffset Start { get; set; } = start;
        public int Count { get; set; }
    }
}
