using Trustdesk.Domain.Records;

namespace Trustdesk.Domain.Knowledge;

/// <summary>
/// A knowledge article used on a request (4me's <c>/requests/:id/knowledge_articles</c>): linked by a specialist of an
/// account that sees the request — its own, its customer's or a provider's — and kept in that account; applied when its
/// instructions were added to the request as a public note. Seen with the request; the article itself only by those it
/// reaches.
/// </summary>
public sealed class RequestKnowledgeArticle : Record
{
    public long RequestId { get; set; }
    public long ArticleId { get; set; }
    public long PersonId { get; set; }

    /// <summary>Whether its instructions were added to the request as a public note.</summary>
    public bool Applied { get; set; }
}
