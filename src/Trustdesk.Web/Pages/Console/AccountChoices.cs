using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;

namespace Trustdesk.Web.Pages.Console.Knowledge;

/// <summary>The services of the account an article may be written for, by name (a disabled one only when the article has it).</summary>
public sealed class ArticleServices(TrustdeskDbContext db)
{
    public async Task<IReadOnlyList<(long Id, string Name)>> OfAccountAsync(long? current, CancellationToken cancel) =>
        (await db.Services.AsNoTracking().Where(s => !s.Disabled || s.Id == current).OrderBy(s => s.Name).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.Name }).ToListAsync(cancel))
        .Select(s => (s.Id, s.Name)).ToList();
}
