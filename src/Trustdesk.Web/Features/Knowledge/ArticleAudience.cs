using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Catalog;
using Trustdesk.Domain.Knowledge;
using Trustdesk.Web.Features.Coverage;

namespace Trustdesk.Web.Features.Knowledge;

/// <summary>
/// Who can see an article of the account and why (product.md §7, the console's panel, as <c>RequestAudience</c> is for a
/// request): the account's own people with a role; once validated, for each SLA in force on an instance in production of
/// its service, the people it covers (for end users) and its customer account's specialists (for covered specialists).
/// Read in the article's own account, whose SLAs these are.
/// </summary>
public sealed class ArticleAudience(TrustdeskDbContext db, TimeProvider time)
{
    /// <summary>One line of the panel: who, and why they see it.</summary>
    public sealed record Line(string Who, string Why);

    public async Task<IReadOnlyList<Line>> OfAsync(KnowledgeArticleResponse article, string accountName, CancellationToken cancel)
    {
        var lines = new List<Line> { new($"People with a role in {accountName}", "the article lives in this account") };
        if (article.Status != KnowledgeArticleStatus.Validated)
        {
            lines.Add(new("No one else", "only a validated article reaches other people"));
            return lines;
        }
        if (!article.EndUsers && !article.CoveredSpecialists) return lines;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var serviceId = article.Service.Id;
        var slas = await CoveringSlas.InForce(db, today)
            .Join(db.ServiceInstances.Where(i => i.ServiceId == serviceId && i.Status == ServiceInstanceStatus.InProduction),
                s => s.ServiceInstanceId, i => i.Id, (s, i) => new { s.Name, s.CustomerAccountId, Instance = i.Name })
            .OrderBy(s => s.Name)
            .ToListAsync(cancel);
        var customerIds = slas.Select(s => s.CustomerAccountId).OfType<string>().Distinct().ToList();
        var customers = await db.Accounts.AsNoTracking().Where(a => customerIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancel);
        foreach (var sla in slas)
        {
            if (article.EndUsers)
                lines.Add(new($"People covered by {sla.Name}", $"end users covered for {sla.Instance}"));
            if (article.CoveredSpecialists && sla.CustomerAccountId is { } customer)
                lines.Add(new($"People with a role in {customers.GetValueOrDefault(customer, customer)}",
                    $"covered specialists: customer of {sla.Name}, trusting {accountName} with services"));
        }
        if (lines.Count == 1) lines.Add(new("No one else", "no SLA in force covers an instance of its service"));
        return lines;
    }
}
