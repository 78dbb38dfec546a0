using Trustdesk.Domain.Records;

namespace Trustdesk.Domain.Problems;

/// <summary>
/// A request linked to a problem (4me's <c>problem</c> of a request). The link lives in the problem's account, which
/// made it; the request may live in any account that account sees it from (a competence center's problem gathers the
/// requests of several countries). Linking changes nothing of the request, nor who sees it. A request has at most one
/// problem. Seen with its request, so that the request's viewers learn which problem it is linked to.
/// </summary>
public sealed class ProblemRequest : Record
{
    public long ProblemId { get; set; }
    public long RequestId { get; set; }

    /// <summary>Who linked it.</summary>
    public long PersonId { get; set; }
}
