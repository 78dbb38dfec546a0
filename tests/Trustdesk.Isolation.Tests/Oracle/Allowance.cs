using Trustdesk.Isolation.Tests.World;

namespace Trustdesk.Isolation.Tests.Oracle;

public sealed partial class Visibility
{
    /// <summary>Whether the seat may read the record through its own paths (get by id, or the list it belongs to).</summary>
    public bool Sees(Seat seat, WorldRecord record) => record switch
    {
        WPerson p => SeesPerson(seat, p),
        WTrust t => SeesTrust(seat, t),
        WRequest r => SeesRequest(seat, r),
        WNote { Kind: Kind.RequestNote } n => SeesRequestNote(seat, n),
        WNote { Kind: Kind.TaskNote } n => SeesTaskNote(seat, n),
        WNote { Kind: Kind.WorkflowNote } n => SeesWorkflowInside(seat, World.Workflow(n.Parent)),
        WWorkflow w => SeesWorkflow(seat, w),
        WTask t => SeesTask(seat, t),
        WArticle a => SeesKnowledgeArticle(seat, a),
        WProblem p => SeesProblem(seat, p),
        WNote { Kind: Kind.ProblemNote } n => SeesProblem(seat, World.Problem(n.Parent)),
        { Kind: Kind.ProblemSource } => SeesProblem(seat, World.Problem(record.Id)),
        WProduct p => SeesProduct(seat, p),
        { Kind: Kind.ProductDetail } => SeesProduct(seat, World.Product(record.Id)),
        WCi c => SeesCi(seat, c),
        WContract c => SeesContract(seat, c),
        WNote { Kind: Kind.CiNote } n => SeesCiNote(seat, n),
        WCiRelation r => SeesCiRelation(seat, r),
        { Kind: Kind.Organization or Kind.Site } => SeesShared(seat, record),
        _ => SeesOwn(seat, record),
    };

    /// <summary>
    /// The canaries the seat's answers may contain: those of the records it sees, and the names those records show as
    /// references (a request shows its team's and requester's names; a trust's audit the people who took its steps; a
    /// person's catalog the instances of other accounts; an article its service, and in its own account its author and
    /// editors: ShownOfArticle; an approval seen only as its approver less: ShownToApprover; a request the subject and
    /// workaround of the problem it is linked to: ShownWithRequest; a CI its product's name, support team, users and the
    /// people its audit trail names).
    /// Any other canary in any answer is a leak.
    /// </summary>
    public HashSet<string> AllowedCanaries(Seat seat)
    {
        var shown = new List<WorldRecord> { seat.Person };
        foreach (var record in World.All.Where(r => Sees(seat, r)))
        {
            shown.Add(record);
            shown.AddRange(ShownToApprover(seat, record) ?? World.References(record));
            if (record is WRequest r) shown.AddRange([World.Person(World.Account(r.Account).OwnerId), .. ShownWithRequest(r)]);
            if (record is WTrust t) shown.AddRange([World.Person(World.Account(t.Customer).OwnerId), World.Person(World.Account(t.Provider).OwnerId)]);
            if (record is WArticle a) shown.AddRange(ShownOfArticle(seat, a));
            if (record is WPerson p && SeesCoverageOf(seat, p))
                foreach (var instance in World.Instances.Where(i => Catalog(p).Contains(i.Id)))
                    shown.AddRange([instance, .. World.References(instance)]);
        }
        return shown.Select(r => r.Canary).Where(c => c.Length > 0).ToHashSet(StringComparer.Ordinal);
    }
}
