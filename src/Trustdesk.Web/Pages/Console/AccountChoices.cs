using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Pages.Console;

/// <summary>
/// The account's own records a console form offers in its select lists, by name: services, teams, team members, people
/// with a role, products, and the sites and organizations it sees (its directory's too). A disabled one is offered only
/// when the record already has it, and so is a product, site or organization past a list's end (a select lacking it would
/// change it on the next save). What is picked is checked again by the API's handler the form posts through; these lists
/// only spare people from typing ids.
/// </summary>
public sealed class AccountChoices(TrustdeskDbContext db, Caller caller)
{
    /// <summary>How many people a select offers at most: an account with more is better served by the API.</summary>
    public const int MostPeople = 500;

    public async Task<IReadOnlyList<(long Id, string Name)>> ServicesAsync(long? current, CancellationToken cancel) =>
        (await db.Services.AsNoTracking().Where(s => s.AccountId == caller.AccountId && (!s.Disabled || s.Id == current))
            .OrderBy(s => s.Name).ThenBy(s => s.Id).Select(s => new { s.Id, s.Name }).ToListAsync(cancel))
        .Select(s => (s.Id, s.Name)).ToList();

    public async Task<IReadOnlyList<(long Id, string Name)>> TeamsAsync(long? current, CancellationToken cancel) =>
        (await db.Teams.AsNoTracking().Where(t => t.AccountId == caller.AccountId && (!t.Disabled || t.Id == current))
            .OrderBy(t => t.Name).ThenBy(t => t.Id).Select(t => new { t.Id, t.Name }).ToListAsync(cancel))
        .Select(t => (t.Id, t.Name)).ToList();

    /// <summary>The account's products (no other account's are seen).</summary>
    public async Task<IReadOnlyList<(long Id, string Name)>> ProductsAsync(long? current, CancellationToken cancel) =>
        (await db.Products.AsNoTracking().Where(p => !p.Disabled || p.Id == current)
            .OrderBy(p => p.Id == current ? 0 : 1).ThenBy(p => p.Name).ThenBy(p => p.Id).Take(MostPeople)
            .Select(p => new { p.Id, p.Name }).ToListAsync(cancel))
        .OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id).Select(p => (p.Id, p.Name)).ToList();

    /// <summary>The sites the account sees: its own and its directory's.</summary>
    public async Task<IReadOnlyList<(long Id, string Name)>> SitesAsync(long? current, CancellationToken cancel) =>
        (await db.Sites.AsNoTracking().Where(s => !s.Disabled || s.Id == current)
            .OrderBy(s => s.Id == current ? 0 : 1).ThenBy(s => s.Name).ThenBy(s => s.Id).Take(MostPeople)
            .Select(s => new { s.Id, s.Name }).ToListAsync(cancel))
        .OrderBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Id).Select(s => (s.Id, s.Name)).ToList();

    /// <summary>The organizations the account sees (its own and its directory's): suppliers of CIs and contracts.</summary>
    public async Task<IReadOnlyList<(long Id, string Name)>> OrganizationsAsync(long? current, CancellationToken cancel) =>
        (await db.Organizations.AsNoTracking().Where(o => !o.Disabled || o.Id == current)
            .OrderBy(o => o.Id == current ? 0 : 1).ThenBy(o => o.Name).ThenBy(o => o.Id).Take(MostPeople)
            .Select(o => new { o.Id, o.Name }).ToListAsync(cancel))
        .OrderBy(o => o.Name, StringComparer.Ordinal).ThenBy(o => o.Id).Select(o => (o.Id, o.Name)).ToList();

    /// <summary>The members of the account's teams, each once, named with their teams: "Ana Souza (Service Desk, Network)".</summary>
    public async Task<IReadOnlyList<(long Id, string Name)>> TeamMembersAsync(CancellationToken cancel)
    {
        var rows = await db.TeamMembers.AsNoTracking().Where(m => m.AccountId == caller.AccountId)
            .Join(db.Teams.AsNoTracking(), m => m.TeamId, t => t.Id, (m, t) => new { m.PersonId, Team = t.Name })
            .Join(db.People.AsNoTracking(), m => m.PersonId, p => p.Id, (m, p) => new { m.PersonId, p.Name, m.Team })
            .Take(MostPeople * 4).ToListAsync(cancel);
        return rows.GroupBy(r => (r.PersonId, r.Name))
            .Select(g => (g.Key.PersonId, $"{g.Key.Name} ({string.Join(", ", g.Select(r => r.Team).Distinct().Order(StringComparer.Ordinal))})"))
            .OrderBy(p => p.Item2, StringComparer.Ordinal).Take(MostPeople).ToList();
    }

    /// <summary>The people with a role in the account, by name (at most <see cref="MostPeople"/>, and <paramref name="current"/> always).</summary>
    public async Task<IReadOnlyList<(long Id, string Name)>> PeopleWithARoleAsync(long? current, CancellationToken cancel)
    {
        var holders = db.Permissions.Where(p => p.AccountId == caller.AccountId).Select(p => p.PersonId);
        var people = await db.People.AsNoTracking().Where(p => holders.Contains(p.Id) || p.Id == current)
            .OrderBy(p => p.Name).ThenBy(p => p.Id).Take(MostPeople).Select(p => new { p.Id, p.Name }).ToListAsync(cancel);
        return people.Select(p => (p.Id, p.Name)).ToList();
    }
}
