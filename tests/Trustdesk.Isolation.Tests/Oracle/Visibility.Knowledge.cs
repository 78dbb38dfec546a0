using Trustdesk.Isolation.Tests.World;

namespace Trustdesk.Isolation.Tests.Oracle;

public sealed partial class Visibility
{
    /// <summary>
    /// §7: knowledge articles "belong to a service of their account"; "Specialists of the account see all of them" — ADR 46:
    /// "the people with a role there, as for every record of an account (an auditor reads them too)". Their audit trail is
    /// read there only (ADR 46: "its audit trail is read only there").
    /// </summary>
    public static bool SeesArticleAtHome(Seat seat, WArticle article) => seat.HasRole && article.Account == seat.Id;

    /// <summary>
    /// §7: "A <c>validated</c> article marked for end users is seen by every person covered for an instance of its service
    /// (§4, the same coverage the catalog uses, across trusts)" — the person, whatever account they act in, role or not
    /// (ADR 46: "a person without a role reads … the articles that reach them as a person"). The world's instances are
    /// all in production, so the catalog's instances are those of its SLAs.
    /// </summary>
    public bool ReachesAsPerson(WPerson person, WArticle article) =>
        article.Status == ArticleStatus.Validated && article.EndUsers
        && Catalog(person).Any(instance => World.Instances.Any(i => i.Id == instance && i.Service == article.Service));

    /// <summary>
    /// §7: "one marked for covered specialists is also seen by specialists of the SLA's <c>customer_account</c> (services
    /// trust)": with a role in an account that an SLA of the article's service (one of its instances) names its customer
    /// account, while that SLA is in force — §4 "active today, its trust (if any) is accepted": the account trusts the
    /// provider with <c>services</c> now. A revoked or narrowed trust hides the article on the next read (§3).
    /// </summary>
    public bool ReachesCoveredSpecialists(Seat seat, WArticle article) =>
        article.Status == ArticleStatus.Validated && article.CoveredSpecialists && seat.HasRole
        && World.Slas.Any(s => s.Active && s.CustomerAccount == seat.Id && s.Account == article.Account
            && Trusted(seat.Id, s.Account, TrustOptions.Services)
            && World.Instances.Any(i => i.Id == s.Instance && i.Service == article.Service));

    /// <summary><c>GET /v1/knowledge_articles/:id</c> and the list: at home with a role, or reaching the seat as a person or as a covered specialist.</summary>
    public bool SeesKnowledgeArticle(Seat seat, WArticle article) =>
        SeesArticleAtHome(seat, article) || ReachesAsPerson(seat.Person, article) || ReachesCoveredSpecialists(seat, article);

    /// <summary>
    /// What an article shows besides its service (<see cref="TheWorld.References"/>): ADR 46 "<c>created_by</c> is named only
    /// in the article's own account", to whoever reads it there; and its audit trail, read at home with a role, names every
    /// person who changed it.
    /// </summary>
    public IEnumerable<WorldRecord> ShownOfArticle(Seat seat, WArticle article) =>
        SeesArticleAtHome(seat, article) ? article.Editors.Select(World.Person)
        : article.Account == seat.Id ? [World.Person(article.Author)]
        : [];
}
