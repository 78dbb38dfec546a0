using Trustdesk.Domain.Records;

namespace Trustdesk.Domain.ConfigurationItems;

/// <summary>
/// How two CIs of one account relate: stored once, from <see cref="CiId"/> to <see cref="RelatedCiId"/>, and read from
/// either end (<see cref="CiRelationTypes.FromOtherEnd"/>). It lives in the CIs' account and is seen by whoever sees both.
/// </summary>
public sealed class CiRelation : Record
{
    public long CiId { get; set; }
    public CiRelationType RelationType { get; set; }
    public long RelatedCiId { get; set; }
}

/// <summary>A CI the request affects (4me's <c>/requests/:id/cis</c>). Lives in the account that linked it.</summary>
public sealed class RequestCi : Record
{
    public long RequestId { get; set; }
    public long CiId { get; set; }

    /// <summary>Who linked it.</summary>
    public long PersonId { get; set; }
}
