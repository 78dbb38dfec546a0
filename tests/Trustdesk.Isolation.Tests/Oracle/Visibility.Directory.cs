using Trustdesk.Isolation.Tests.World;

namespace Trustdesk.Isolation.Tests.Oracle;

public sealed partial class Visibility
{
    /// <summary>
    /// §2: a support domain linked to directory D "may use D's people, organizations and sites wherever it uses its own";
    /// reading them needs a role in the account (api.md), except that a person may read themselves (also when acting
    /// across a trust, where their record lives in an account not read here).
    /// </summary>
    public static bool SeesPerson(Seat seat, WPerson person) => person.Id == seat.Person.Id || (seat.HasRole && seat.IsLocal(person.Account));

    /// <summary>
    /// §2: the people whose permissions the account reads: those holding roles here (the permission records are the
    /// account's own, kept when a trust is revoked), its own and its directory's people, and those of an account (or its
    /// directory) that trusts this one with <c>roles</c> now, who may be given roles here.
    /// </summary>
    public bool IsRoleCandidate(Seat seat, WPerson person) =>
        person.Roles.ContainsKey(seat.Id) || seat.IsLocal(person.Account) || World.Trusts.Any(t => t.Provider == seat.Id && Stands(t, TrustOptions.Roles)
            && (t.Customer == person.Account || World.Account(t.Customer).Directory == person.Account));

    public static bool SeesShared(Seat seat, WorldRecord record) => seat.HasRole && seat.IsLocal(record.Account);

    /// <summary>§4: teams and the catalog (services, instances, offerings, SLAs) "live in the provider account" and are read there only.</summary>
    public static bool SeesOwn(Seat seat, WorldRecord record) => seat.HasRole && record.Account == seat.Id;

    /// <summary>§3: a trust is read by both of its accounts (api.md: "trusts of the account (either side) only").</summary>
    public static bool SeesTrust(Seat seat, WTrust trust) => seat.HasRole && (trust.Customer == seat.Id || trust.Provider == seat.Id);

    /// <summary>
    /// §4: "Person X is covered by SLA S when S is active today, its trust (if any) is accepted, and X matches S's
    /// coverage"; the self-service catalog is the set of the covering SLAs' instances across every account. The world's
    /// SLAs cover one organization, which holds its directory's people.
    /// </summary>
    public IEnumerable<long> Catalog(WPerson person) =>
        World.Slas.Where(s => s.Active && s.CustomerOrganization == person.Organization
                && (s.CustomerAccount is null || Trusted(s.CustomerAccount, s.Account, TrustOptions.Services)))
            .Select(s => s.Instance).Distinct();

    /// <summary>api.md: a person's catalog is read by the person, or with a role in an account that sees them.</summary>
    public static bool SeesCoverageOf(Seat seat, WPerson person) => SeesPerson(seat, person);
}
