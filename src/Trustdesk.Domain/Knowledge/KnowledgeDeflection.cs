using Trustdesk.Domain.Records;

namespace Trustdesk.Domain.Knowledge;

/// <summary>
/// A person's "this solved my question" on a knowledge article: a request that was not needed (the deflection a report
/// counts). Kept in the article's account, which reports on its articles, whichever account the person lives in.
/// </summary>
public sealed class KnowledgeDeflection : Record
{
    public long ArticleId { get; set; }
    public long ServiceId { get; set; }
    public long PersonId { get; set; }

    /// <summary>The account the person lives in, so a report can say whose questions an article answered.</summary>
    public string PersonAccountId { get; set; } = "";
}
