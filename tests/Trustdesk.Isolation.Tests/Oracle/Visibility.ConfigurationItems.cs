using Trustdesk.Isolation.Tests.World;

namespace Trustdesk.Isolation.Tests.Oracle;

public sealed partial class Visibility
{
    /// <summary>
    /// §7: "Configuration items … live in one account"; "A customer's CI whose support team is a team of provider P
    /// (allowed while the customer trusts P with <c>cis</c>) is seen and maintained by P's specialists; revoking the trust
    /// hides it from P" — and §3: revoking or expiring a trust "takes effect on the next read", as does an amendment that
    /// takes the option away (ADR 31). Read, as every record of an account, by the people with a role there (ADR 46's
    /// reading of "specialists", as for articles and problems; ADR 51). Everyone else gets the 404 of a missing CI.
    /// </summary>
    public bool SeesCi(Seat seat, WCi ci) =>
        seat.HasRole && (ci.Account == seat.Id || (ci.SupportTeamAccount == seat.Id && Trusted(ci.Account, seat.Id, TrustOptions.Cis)));

    /// <summary>ADR 51: a CI's notes "go with their CI", whichever of its two accounts wrote them: seen wherever the CI is.</summary>
    public bool SeesCiNote(Seat seat, WNote note) => SeesCi(seat, World.Ci(note.Parent));

    /// <summary>
    /// §7: every record "lives once, in one support domain account, with … an audit trail", and "'Sees' means what §5 means
    /// for requests", whose trail is read with the request: a CI's trail, changed from its account and from its supporting
    /// provider, is seen wherever the CI is, with the people who changed it (<see cref="TheWorld.References"/>).
    /// </summary>
    public bool SeesCiAudit(Seat seat, WCi ci) => SeesCi(seat, ci);

    /// <summary>§7: a CI lives "with a product, status, site, users and a support team": its users are seen with it, by name.</summary>
    public bool SeesCiUser(Seat seat, WCi ci, WPerson user) => ci.Users.Contains(user.Id) && SeesCi(seat, ci);

    /// <summary>
    /// ADR 51: CI relations "are <c>SeenWith&lt;Ci&gt;</c> both ends, so P sees a relation only between two CIs it sees" — a
    /// provider supporting one end of a relation learns nothing of it, nor of the other end.
    /// </summary>
    public bool SeesCiRelation(Seat seat, WCiRelation relation) =>
        SeesCi(seat, World.Ci(relation.Ci)) && SeesCi(seat, World.Ci(relation.Related));

    /// <summary>
    /// Whether the caller reads <c>/v1/requests/:id/cis</c> at all (else the 404 of a missing request): the CIs of a request
    /// are read in the account's view, as CIs are (§7, "only CIs the linking account sees"), so with a role, of a request
    /// the caller sees there (§5: "within a seeing account, people with a specialist-type role or <c>auditor</c> see the
    /// request", anyone else their own) — not of one the caller sees only as its requester, in an account that does not.
    /// </summary>
    public bool ReadsCisOf(Seat seat, WRequest request) => seat.HasRole && AccountSees(seat.Id, request) && SeesRequest(seat, request);

    /// <summary>
    /// §7: "Requests link the CIs they affect (only CIs the linking account sees)"; ADR 51: a link is seen "by whoever sees
    /// both the request and the CI" ("a request's viewer learns of a CI only when it sees the CI as well"), whichever
    /// account linked it. A trust revoked or narrowed takes the CI off the provider's requests at the next read.
    /// </summary>
    public bool ListsRequestCi(Seat seat, WRequest request, WCi ci) =>
        World.RequestCis.Any(l => l.Request == request.Id && l.Ci == ci.Id) && ReadsCisOf(seat, request) && SeesCi(seat, ci);

    /// <summary>
    /// The CI lists (people with a role; 403 without): what the account sees, and 4me's predefined filters — active (not
    /// archived, to be removed, lost or stolen, or removed), inactive (those), supported by my teams (its support team is a
    /// team of the account the caller acts in, of which the caller is a member; §4: teams live in their account and are
    /// read there only).
    /// </summary>
    public bool ListsCi(Seat seat, WCi ci, string filter) => SeesCi(seat, ci) && filter switch
    {
        "" => true,
        "active" => ci.Active,
        "inactive" => !ci.Active,
        "supported_by_my_teams" => ci.SupportTeam is long team && World.Team(team).Account == seat.Id && World.Team(team).Members.Contains(seat.Person.Id),
        _ => throw new ArgumentException("unknown CI filter " + filter),
    };

    /// <summary>
    /// Products (§7, ADR 51: "plain records of their account"): read there by the people with a role, and by no other
    /// account — a provider supporting a CI learns its product's name on the CI (<see cref="TheWorld.References"/>), nothing
    /// else of it (its details, <see cref="WProduct.Details"/>).
    /// </summary>
    public static bool SeesProduct(Seat seat, WProduct product) => seat.HasRole && product.Account == seat.Id;

    /// <summary>
    /// "Contracts (<c>/v1/contracts</c>) with suppliers" (product.md §7) are plain records of their account (ADR 52): its
    /// people with a role read them, no one else.
    /// </summary>
    public static bool SeesContract(Seat seat, WContract contract) => seat.HasRole && contract.Account == seat.Id;
}
