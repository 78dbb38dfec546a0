using Trustdesk.Isolation.Tests.World;

namespace Trustdesk.Isolation.Tests.Oracle;

public sealed partial class Visibility
{
    private static readonly string[] Administering = ["account_administrator", "account_owner", "directory_administrator"];

    /// <summary>
    /// The console's seat: §2 "the web UI uses cookie sessions for the same people, with the same rules", so the API's seat
    /// with the URL's account for the header; and only with a role there, since the console is the specialists' workplace
    /// (engineering.md: "specialist console") and §1 "end users need no role": they have the portal. Null for anyone else,
    /// who gets the 404 page of an account that does not exist.
    /// </summary>
    public Seat? ConsoleSeat(Actor actor) => Admit(actor).Seat is { HasRole: true } seat ? seat : null;

    /// <summary>
    /// The account switcher every page shows (the layout's "Accounts"): the accounts where the person's roles count now —
    /// §2 "A person may hold roles in: their own account; any support domain linked to their directory account; any other
    /// account that has an accepted trust with the person's account whose <c>roles</c> option is on" — each one the console
    /// then opens (<see cref="ConsoleSeat"/> needs a role there), and no other.
    /// </summary>
    public IReadOnlySet<string> SwitcherAccounts(WPerson person) =>
        World.Accounts.Where(a => RolesIn(person, a).Count > 0).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The administrators' pages (people, teams, services; ADR 23): §1's roles that administer an account,
    /// <c>account_administrator</c>, <c>account_owner</c> and <c>directory_administrator</c>.
    /// </summary>
    public static bool IsAdministrator(Seat seat) => Administering.Any(seat.Roles.Contains);

    /// <summary>
    /// The portal acts in the person's own account as an end user: "one self-service portal shows an employee every service
    /// that any account offers to them" (product.md, introduction), and §5 "an end user sees the requests where they are
    /// requested_by or requested_for, whatever account holds them". Roles held anywhere add nothing there.
    /// </summary>
    public Seat PortalSeat(WPerson person) => new(person, World.Account(person.Account), new HashSet<string>(StringComparer.Ordinal));

    /// <summary>
    /// The canaries a portal page may carry: what the person sees as an end user (§2 "a person can be a specialist in one
    /// account and an end user everywhere else") in their own account and in every account that serves them — the
    /// accounts of their catalog's instances (§4) and of their requests (§5) — and the CIs they use; nothing that a role would add.
    /// </summary>
    private static readonly string[] InactiveCiStatuses = ["archived", "to_be_removed", "lost_or_stolen", "removed"];

    public HashSet<string> PortalCanaries(WPerson person)
    {
        var catalog = Catalog(person).ToHashSet();
        var serving = World.Instances.Where(i => catalog.Contains(i.Id)).Select(i => i.Account)
            .Concat(World.Requests.Where(r => r.RequestedBy == person.Id || r.RequestedFor == person.Id).Select(r => r.Account))
            .Append(person.Account).Distinct(StringComparer.Ordinal);
        var allowed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var account in serving)
            allowed.UnionWith(AllowedCanaries(new Seat(person, World.Account(account), new HashSet<string>(StringComparer.Ordinal))));
        // §7, ADR 51: the CIs the person uses, still active, with their product's name: "my equipment", offered on the request form.
        foreach (var ci in World.Cis.Where(c => c.Users.Contains(person.Id) && !InactiveCiStatuses.Contains(c.Status)))
            allowed.UnionWith([ci.Canary, World.Product(ci.Product).Canary]);
        return allowed;
    }

    /// <summary>
    /// What a request's console page offers for handing over, beyond what the seat sees: §3 "<c>requests</c> — C's
    /// specialists may hand a request of C to P: apply one of P's service instances or assign one of P's teams". So the
    /// own account's specialists are offered the teams of every provider it trusts with <c>requests</c> now, and the
    /// members of the request's team, wherever it is, to assign one (the API's PATCH takes them by id) — while that team is
    /// the account's own or a provider's it trusts with <c>requests</c> now: nothing of an account no longer trusted is
    /// shown through the trust (ADR 31).
    /// </summary>
    public HashSet<string> HandOverChoices(Seat seat)
    {
        if (!seat.SeesAllRequests) return new HashSet<string>(StringComparer.Ordinal);
        var teams = World.Teams.Where(t => Trusted(seat.Id, t.Account, TrustOptions.Requests));
        var members = World.Requests.Where(r => r.Account == seat.Id && (r.TeamAccount == seat.Id || Trusted(seat.Id, r.TeamAccount, TrustOptions.Requests)))
            .SelectMany(r => World.Team(r.Team).Members).Distinct().Select(World.Person);
        return teams.Concat<WorldRecord>(members).Select(r => r.Canary).ToHashSet(StringComparer.Ordinal);
    }
}
