using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Knowledge;
using Trustdesk.Web.Features.Knowledge;

namespace Trustdesk.Web.Pages.Console.Knowledge;

/// <summary>The console's form of a knowledge article: every field the API takes, sent whole on each save.</summary>
public sealed class ArticleForm
{
    public string? Subject { get; set; }
    public string? Description { get; set; }
    public string? Instructions { get; set; }
    public string? Keywords { get; set; }
    public string? Status { get; set; } = SnakeCaseEnum<KnowledgeArticleStatus>.Name(KnowledgeArticleStatus.WorkInProgress);
    public long? ServiceId { get; set; }
    public bool EndUsers { get; set; }
    public bool CoveredSpecialists { get; set; }

    /// <summary>The API's field names and the form's, for the refusals shown next to the fields.</summary>
    public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["subject"] = "Form.Subject", ["description"] = "Form.Description", ["instructions"] = "Form.Instructions", ["keywords"] = "Form.Keywords",
        ["status"] = "Form.Status", ["service_id"] = "Form.ServiceId", ["end_users"] = "Form.EndUsers", ["covered_specialists"] = "Form.CoveredSpecialists",
    };

    /// <summary>The form sends all of them: a field left empty clears it.</summary>
    public static readonly IReadOnlySet<string> AllFields = Fields.Keys.ToHashSet(StringComparer.Ordinal);

    public KnowledgeArticleInput Input => new()
    {
        Subject = Subject, Description = Empty(Description), Instructions = Instructions, Keywords = Empty(Keywords), Status = Status,
        ServiceId = ServiceId, EndUsers = EndUsers, CoveredSpecialists = CoveredSpecialists,
    };

    public static ArticleForm Of(KnowledgeArticleResponse article) => new()
    {
        Subject = article.Subject, Description = article.Description, Instructions = article.Instructions, Keywords = article.Keywords,
        Status = SnakeCaseEnum<KnowledgeArticleStatus>.Name(article.Status), ServiceId = article.Service.Id,
        EndUsers = article.EndUsers, CoveredSpecialists = article.CoveredSpecialists,
    };

    private static string? Empty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}

/// <summary>What the form's select lists offer: the account's services, and the statuses the person may set.</summary>
public sealed record ArticleChoices(IReadOnlyList<(long Id, string Name)> Services, IReadOnlyList<string> Statuses)
{
    /// <summary>Specialists keep an article in progress or hand it for validation; a knowledge manager also validates and archives.</summary>
    public static IReadOnlyList<string> StatusesFor(bool validates) => SnakeCaseEnum<KnowledgeArticleStatus>.Names
        .Where(s => validates || s is "work_in_progress" or "not_validated").ToList();
}
