using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Isolation;
using Trustdesk.Domain.Access;
using Trustdesk.Domain.Accounts;
using Trustdesk.Domain.Organizations;
using Trustdesk.Domain.People;
using Trustdesk.Domain.Sites;
using Trustdesk.Domain.Teams;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Demo;

/// <summary>
/// Loads the reference scenario idempotently: an account that exists is left as it is, one that is missing is
/// created with its organizations, sites, people and teams; demo passwords are set when missing, and demo tokens are
/// issued, or re-issued, for <see cref="ReferenceScenario.TokenLifetime"/> from now.
/// </summary>
public sealed class ScenarioLoader(
    TrustdeskDbContext db, TimeProvider time, Passwords passwords, CatalogLoader catalog, RequestsLoader requests, WorkflowsLoader workflows,
    KnowledgeLoader knowledge, ProblemsLoader problems, ConfigurationItemsLoader configurationItems, ILogger<ScenarioLoader> log)
{
    public async Task LoadAsync(CancellationToken cancel)
    {
        // Its SLA clocks need these zones: a machine without them throws here, before anything is written, not halfway.
        foreach (var zone in ReferenceScenario.Accounts.Select(a => a.TimeZone).Concat(ReferenceScenario.Countries.Select(c => c.TimeZone)).Distinct())
            TimeZoneInfo.FindSystemTimeZoneById(zone);
        var existing = await db.Accounts.Select(a => a.Id).ToListAsync(cancel);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var spec in ReferenceScenario.Accounts.Where(a => !existing.Contains(a.Id)))
        {
            var account = new Account
            {
                Id = spec.Id, Name = spec.Name, TimeZone = spec.TimeZone, CreatedAt = now, UpdatedAt = now,
                Kind = spec.IsDirectory ? AccountKind.Directory : AccountKind.SupportDomain,
                DirectoryAccountId = spec.DirectoryId,
            };
            await InAccountAsync(account, async () =>
            {
                db.Accounts.Add(account);
                await db.SaveChangesAsync(cancel);
                if (spec.IsDirectory) await LoadDirectoryAsync(cancel);
                if (spec.Id == "printfix") await LoadPrintfixAsync(cancel);
                var teams = spec.Teams.Select(name => new Team { Name = name }).ToList();
                db.Teams.AddRange(teams);
                await db.SaveChangesAsync(cancel);
                // A support domain's first team is its service desk: requests without a team go there.
                if (teams.Count > 0)
                {
                    account.ServiceDeskTeamId = teams[0].Id;
                    await db.SaveChangesAsync(cancel);
                }
            }, cancel);
            if (log.IsEnabled(LogLevel.Information)) log.LogInformation("Reference scenario: created account {Account}", spec.Id);
        }
        await EnsureRolesAndTokensAsync(now, cancel);
        await catalog.LoadAsync((account, work) => InAccountAsync(account, work, cancel), cancel);
        await requests.LoadAsync((account, work) => InAccountAsync(account, work, cancel), cancel);
        await workflows.LoadAsync((account, work) => InAccountAsync(account, work, cancel), cancel);
        await knowledge.LoadAsync((account, work) => InAccountAsync(account, work, cancel), cancel);
        await problems.LoadAsync((account, work) => InAccountAsync(account, work, cancel), cancel);
        await configurationItems.LoadAsync((account, work) => InAccountAsync(account, work, cancel), cancel);
    }

    private async Task LoadDirectoryAsync(CancellationToken cancel)
    {
        var root = new Organization { Name = "Widget International" };
        db.Organizations.Add(root);
        await db.SaveChangesAsync(cancel);
        var number = 0;
        foreach (var country in ReferenceScenario.Countries)
        {
            var organization = new Organization { Name = country.Organization, ParentId = root.Id, Region = country.Code };
            var site = new Site { Name = country.Site, City = country.City, Country = country.Code, TimeZone = country.TimeZone };
            db.AddRange(organization, site);
            await db.SaveChangesAsync(cancel);
            var departments = ReferenceScenario.Departments
                .Select(d => new Organization { Name = $"{d} {country.Code}", ParentId = organization.Id, Region = country.Code }).ToList();
            db.Organizations.AddRange(departments);
            await db.SaveChangesAsync(cancel);

            foreach (var named in ReferenceScenario.People.Where(p => p.Country == country.Code))
                db.People.Add(NewPerson(named.Name, named.Email, organization.Id, site.Id, country.TimeZone));
            for (var i = 0; i < country.People; i++, number++)
            {
                var first = ReferenceScenario.FirstNames[number % ReferenceScenario.FirstNames.Length];
                var last = ReferenceScenario.LastNames[number / ReferenceScenario.FirstNames.Length % ReferenceScenario.LastNames.Length];
                var email = $"{first}.{last.Replace(" ", "", StringComparison.Ordinal)}.{number}@widget.example".ToLowerInvariant();
                db.People.Add(NewPerson($"{first} {last}", email, departments[i % departments.Count].Id, site.Id, country.TimeZone));
            }
            await db.SaveChangesAsync(cancel);
        }
    }

    private async Task LoadPrintfixAsync(CancellationToken cancel)
    {
        var organization = new Organization { Name = "Printfix B.V." };
        var site = new Site { Name = "Printfix Workshop", City = "Utrecht", Country = "NL", TimeZone = "Europe/Amsterdam" };
        db.AddRange(organization, site);
        await db.SaveChangesAsync(cancel);
        foreach (var named in ReferenceScenario.People.Where(p => p.Account == "printfix"))
            db.People.Add(NewPerson(named.Name, named.Email, organization.Id, site.Id, "Europe/Amsterdam"));
        db.People.Add(NewPerson("Petra Toner", "petra@printfix.example", organization.Id, site.Id, "Europe/Amsterdam"));
        await db.SaveChangesAsync(cancel);
    }

    /// <summary>Gives the named demo people their roles and passwords where missing, and their tokens afresh (also after a restart).</summary>
    private async Task EnsureRolesAndTokensAsync(DateTime now, CancellationToken cancel)
    {
        var accounts = await db.Accounts.AsNoTracking().ToDictionaryAsync(a => a.Id, cancel);
        foreach (var named in ReferenceScenario.People)
        {
            var home = accounts[named.Account];
            long personId = 0;
            await InAccountAsync(home, async () =>
            {
                personId = await db.People.Where(p => p.PrimaryEmailKey == named.Email && p.AccountId == home.Id).Select(p => p.Id).FirstAsync(cancel);
                var hash = TokenSecret.Hash(named.Token);
                var expires = now + ReferenceScenario.TokenLifetime;
                var token = await db.AccessTokens.FirstOrDefaultAsync(t => t.TokenHash == hash, cancel);
                if (token is null)
                    db.AccessTokens.Add(new AccessToken
                    {
                        PersonId = personId, Name = "Demo token", TokenHash = hash, Prefix = TokenSecret.Display(named.Token), ExpiresAt = expires,
                    });
                // A token someone revoked stays revoked.
                else if (token.RevokedAt is null) token.ExpiresAt = expires;
                await db.SaveChangesAsync(cancel);
                if (!await db.SignIns.AnyAsync(s => s.PersonId == personId, cancel))
                {
                    await passwords.SetAsync(personId, named.Email, named.Password, cancel);
                    await db.SaveChangesAsync(cancel);
                }
            }, cancel);
            foreach (var (accountId, roles) in named.Roles)
            {
                await InAccountAsync(accounts[accountId], async () =>
                {
                    var held = await db.Permissions.Where(p => p.PersonId == personId).Select(p => p.Role).ToListAsync(cancel);
                    db.Permissions.AddRange(roles.Except(held).Select(r => new Permission { PersonId = personId, Role = r }));
                    await db.SaveChangesAsync(cancel);
                    // Specialists join their account's first team so inboxes have someone in them.
                    var team = await db.Teams.OrderBy(t => t.Id).Select(t => (long?)t.Id).FirstOrDefaultAsync(cancel);
                    if (team is long teamId && roles.Contains(Role.Specialist) &&
                        !await db.TeamMembers.AnyAsync(m => m.TeamId == teamId && m.PersonId == personId, cancel))
                    {
                        db.TeamMembers.Add(new TeamMember { TeamId = teamId, PersonId = personId });
                        await db.SaveChangesAsync(cancel);
                    }
                }, cancel);
            }
        }
    }

    /// <summary>Runs <paramref name="work"/> in one transaction acting in <paramref name="account"/>.</summary>
    private async Task InAccountAsync(Account account, Func<Task> work, CancellationToken cancel)
    {
        using var scope = db.Scope.Cross(Crossing.DemoLoading, account.Id, account.SharedDirectoryId);
        await using var transaction = await db.Database.BeginTransactionAsync(cancel);
        await work();
        await transaction.CommitAsync(cancel);
    }

    private static Person NewPerson(string name, string email, long organizationId, long siteId, string timeZone)
    {
        var person = new Person { Name = name, OrganizationId = organizationId, SiteId = siteId, TimeZone = timeZone };
        person.SetPrimaryEmail(email);
        return person;
    }
}
