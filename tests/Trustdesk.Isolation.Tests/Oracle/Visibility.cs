using Trustdesk.Isolation.Tests.World;

namespace Trustdesk.Isolation.Tests.Oracle;

/// <summary>
/// The independent oracle: product.md §2–§7 as small functions over the world's plain records, sharing no code with the
/// application. Each answers from the world alone whether an actor may see a record, and is meant to be read beside
/// the specification it quotes.
/// </summary>
public sealed partial class Visibility(TheWorld world)
{
    public TheWorld World { get; } = world;

    /// <summary>The actor's seat, or the status that refuses them (401: no usable token; 403: no standing).</summary>
    public (int Status, Seat? Seat) Admit(Actor actor)
    {
        // product.md §1: "A platform operator (bootstrap credential from configuration) may create accounts" — and that is
        // all: it is nobody in any account, so every account-owned path refuses it (403), whatever the account header names.
        if (actor.IsOperator) return (403, null);
        if (actor.Person is null || actor.Token is null || World.ExpiredTokens.Any(e => e.Token == actor.Token)) return (401, null);
        // "A call into an account where the person has no role and no end-user standing answers 403 with the same body
        // whether or not that account exists."
        if (World.FindAccount(actor.Account!) is not { } account) return (403, null);
        var roles = RolesIn(actor.Person, account);
        return roles.Count > 0 || IsEndUserOf(actor.Person, account) ? (200, new Seat(actor.Person, account, roles)) : (403, null);
    }

    /// <summary>§2: an end user acts in their own account and in any support domain linked to their directory account.</summary>
    public static bool IsEndUserOf(WPerson person, WAccount account) => account.Id == person.Account || account.Directory == person.Account;

    /// <summary>
    /// §2: "A person may hold roles in: their own account; any support domain linked to their directory account; any other
    /// account that has an accepted trust with the person's account whose <c>roles</c> option is on" — the trust from the
    /// person's account (or from an account linked to the person's directory) to the account where the roles are held.
    /// Roles granted across a trust that no longer stands do not count.
    /// </summary>
    public IReadOnlySet<string> RolesIn(WPerson person, WAccount account)
    {
        if (!person.Roles.TryGetValue(account.Id, out var granted)) return new HashSet<string>();
        var mayHold = IsEndUserOf(person, account) || World.Trusts.Any(t => t.Provider == account.Id && Stands(t, TrustOptions.Roles)
            && (t.Customer == person.Account || World.Account(t.Customer).Directory == person.Account));
        return mayHold ? granted : new HashSet<string>();
    }

    /// <summary>§3: only an accepted trust carries anything; revoked, expired, pending, rejected and canceled ones nothing.</summary>
    public static bool Stands(WTrust trust, TrustOptions option) => trust.Status == TrustStatus.Accepted && trust.Options.HasFlag(option);

    /// <summary>Whether an accepted trust from <paramref name="customer"/> to <paramref name="provider"/> with <paramref name="option"/> exists now.</summary>
    public bool Trusted(string? customer, string? provider, TrustOptions option) =>
        World.Trusts.Any(t => t.Customer == customer && t.Provider == provider && Stands(t, option));
}
