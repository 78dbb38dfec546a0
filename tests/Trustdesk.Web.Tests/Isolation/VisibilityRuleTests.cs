using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Trustdesk.Data;
using Trustdesk.Data.Isolation.Rules;
using Trustdesk.Domain.Knowledge;
using Trustdesk.Domain.Records;
using Trustdesk.Domain.Trusts;
using Trustdesk.Web.Demo;
using Trustdesk.Web.Tests.Features;
using Trustdesk.Web.Tests.Features.Knowledge;
using Trustdesk.Web.Tests.Infrastructure;
using Trustdesk.Web.Tests.Scenario;

namespace Trustdesk.Web.Tests.Isolation;

/// <summary>
/// The visibility rules are declared once (<see cref="IsolationRules"/>) and every layer is made from them: every
/// account-owned entity has its rule, and on the reference scenario the EF filter alone, and PostgreSQL's row-level
/// security alone, each return for every account exactly the rows its rule grants, asked of the declaration in memory.
/// Rules of records seen with another (notes, audit lines, approvals, workflow headers) ask that record's rule, so they
/// are not asked in memory: the request and task layer tests check them with their parents. A branch that holds only
/// while a catalog is browsed cannot be asked in memory either (no viewer browses): the knowledge articles' is checked
/// on its own, against ADR 46's sentence; so are the branches that hold only while a person's own roles are read (ADR 48).
/// </summary>
public sealed class VisibilityRuleTests
{
    private static readonly TrustdeskServer Server = TestServers.Shared;

    // Seen with (or through) another record: checked by RequestVisibilityLayerTests and TaskVisibilityLayerTests, and the CIs' by the
    // isolation suite's oracle (SeesCiNote, SeesCiAudit, SeesCiUser, SeesCiRelation, ListsRequestCi).
    private static readonly Type[] SeenWithAnother =
    [
        typeof(Domain.Requests.RequestNote), typeof(Domain.Requests.RequestAuditEntry), typeof(Domain.Workflows.Workflow),
        typeof(Domain.Workflows.TaskApproval), typeof(Domain.Workflows.TaskNote), typeof(Domain.Knowledge.RequestKnowledgeArticle),
        typeof(Domain.Problems.ProblemRequest), typeof(Domain.ConfigurationItems.CiUser), typeof(Domain.ConfigurationItems.CiNote), typeof(Domain.ConfigurationItems.CiAuditEntry),
        typeof(Domain.ConfigurationItems.CiRelation), typeof(Domain.ConfigurationItems.RequestCi),
    ];

    [Fact]
    public void Every_account_owned_entity_has_exactly_one_rule_and_every_rule_is_of_an_entity()
    {
        using var db = DirectContext.WithoutRowLevelSecurity(Server.Database);
        var owned = db.Model.GetEntityTypes().Select(e => e.ClrType).Where(IsolationRules.NeedsRule).OrderBy(t => t.Name).ToList();
        var ruled = IsolationRules.All.Select(r => r.Entity).OrderBy(t => t.Name).ToList();
        Assert.Equal(owned, ruled);
        Assert.Equal(49, owned.Count); // every table but the accounts registry (and the migrations' own)
        // Each entity's query filter is the one its rule makes, and nothing else has one.
        foreach (var entity in db.Model.GetEntityTypes())
            Assert.Equal(IsolationRules.NeedsRule(entity.ClrType), entity.GetDeclaredQueryFilters().Count > 0);
    }

    [Fact]
    public async Task The_account_filter_alone_returns_for_every_account_exactly_what_each_rule_grants()
    {
        await LoadScenarioAsync();
        await using var source = DirectContext.WithoutRowLevelSecurity(Server.Database);
        await using var layer = DirectContext.WithoutRowLevelSecurity(Server.Database);
        await AssertEveryRuleAsync(source, layer, inTransaction: false);
    }

    [Fact]
    [Trait(PostgresOnly.Trait, PostgresOnly.Value)]
    public async Task Row_level_security_alone_returns_for_every_account_exactly_what_each_rule_grants()
    {
        PostgresOnly.Require();
        await LoadScenarioAsync();
        await using var source = DirectContext.WithoutRowLevelSecurity(Server.Database);
        await using var layer = DirectContext.RowLevelSecurityOnly(Server.Database);
        await AssertEveryRuleAsync(source, layer, inTransaction: true);
    }

    [Fact]
    public async Task While_a_catalog_is_browsed_the_account_filter_alone_opens_exactly_the_validated_articles_for_an_audience()
    {
        await LoadScenarioAsync();
        var domain = await ArticlesOfEveryKindAsync();
        await using var source = DirectContext.WithoutRowLevelSecurity(Server.Database);
        await using var layer = DirectContext.WithoutRowLevelSecurity(Server.Database);
        await AssertBrowsedArticlesAsync(source, layer, domain, inTransaction: false);
    }

    [Fact]
    [Trait(PostgresOnly.Trait, PostgresOnly.Value)]
    public async Task While_a_catalog_is_browsed_row_level_security_alone_opens_exactly_the_validated_articles_for_an_audience()
    {
        PostgresOnly.Require();
        await LoadScenarioAsync();
        var domain = await ArticlesOfEveryKindAsync();
        await using var source = DirectContext.WithoutRowLevelSecurity(Server.Database);
        await using var layer = DirectContext.RowLevelSecurityOnly(Server.Database);
        await AssertBrowsedArticlesAsync(source, layer, domain, inTransaction: true);
    }

    [Fact]
    public async Task While_a_persons_own_roles_are_read_the_account_filter_alone_opens_exactly_their_roles_and_the_accepted_roles_trusts()
    {
        await LoadScenarioAsync();
        var accounts = await RolesOfEveryKindAsync();
        await using var source = DirectContext.WithoutRowLevelSecurity(Server.Database);
        await using var layer = DirectContext.WithoutRowLevelSecurity(Server.Database);
        await AssertOwnRolesAsync(source, layer, accounts, inTransaction: false);
    }

    [Fact]
    [Trait(PostgresOnly.Trait, PostgresOnly.Value)]
    public async Task While_a_persons_own_roles_are_read_row_level_security_alone_opens_exactly_their_roles_and_the_accepted_roles_trusts()
    {
        PostgresOnly.Require();
        await LoadScenarioAsync();
        var accounts = await RolesOfEveryKindAsync();
        await using var source = DirectContext.WithoutRowLevelSecurity(Server.Database);
        await using var layer = DirectContext.RowLevelSecurityOnly(Server.Database);
        await AssertOwnRolesAsync(source, layer, accounts, inTransaction: true);
    }

    /// <summary>
    /// Accounts of the test's own beside the scenario's: a directory whose owner holds roles in a support domain of it and in
    /// three providers that support domain trusts — with <c>roles</c>, without it, and with it but revoked — so that a
    /// layer that forgot the trust's option or status, or read another person's roles, would show.
    /// </summary>
    private static async Task<List<string>> RolesOfEveryKindAsync()
    {
        var world = new TestWorld(Server);
        var directory = await world.DirectoryAsync();
        var customer = await world.SupportDomainAsync(directory);
        var providers = new[] { await world.SupportDomainAsync(), await world.SupportDomainAsync(), await world.SupportDomainAsync() };
        var trusts = new List<long>();
        foreach (var (provider, options) in providers.Zip(new[] { new[] { "roles" }, ["services"], ["roles", "requests"] }))
        {
            var trust = (await customer.Owner.PostAsync("/v1/trusts",
                new { customer_account_id = customer.Id, provider_account_id = provider.Id, options })).Expect(201).Id;
            (await provider.Owner.PostAsync($"/v1/trusts/{trust}/accept")).Expect(200);
            trusts.Add(trust);
        }
        await customer.GrantAsync(directory.OwnerId, "specialist");
        foreach (var provider in providers.Where((_, i) => i != 1))
            (await provider.Owner.PostAsync($"/v1/people/{directory.OwnerId}/permissions/{provider.Id}?roles=specialist")).Expect(200);
        (await customer.Owner.PostAsync($"/v1/trusts/{trusts[2]}/revoke")).Expect(200);
        return [directory.Id, customer.Id, .. providers.Select(p => p.Id)];
    }

    /// <summary>
    /// ADR 48: while a person's own roles are read, with no account current, their role records in every account and every
    /// accepted trust carrying <c>roles</c> are read, and nothing else: not another person's role, not a trust that is not
    /// accepted or does not carry roles, no person or request. For every person of the scenario with a role, asked of the
    /// declaration in memory too, each layer alone returns exactly those, entered in an account or not (with the test's own
    /// accounts of <see cref="RolesOfEveryKindAsync"/>).
    /// </summary>
    private static async Task AssertOwnRolesAsync(TrustdeskDbContext source, TrustdeskDbContext layer, List<string> ours, bool inTransaction)
    {
        var scenario = ReferenceScenario.Accounts.Select(a => a.Id).Concat(ours).ToList();
        var roles = await source.Permissions.IgnoreQueryFilters().AsNoTracking().Where(p => scenario.Contains(p.AccountId)).ToListAsync();
        var trusts = await source.Trusts.IgnoreQueryFilters().AsNoTracking()
            .Where(t => scenario.Contains(t.CustomerAccountId) || scenario.Contains(t.ProviderAccountId)).ToListAsync();
        var (roleIds, trustIds) = (roles.Select(r => r.Id).ToList(), trusts.Select(t => t.Id).ToList());
        var holders = roles.Select(r => r.PersonId).Distinct().ToList();
        TrustLookup noTrust = (_, _, _) => false;
        Assert.True(holders.Count >= 5 && trusts.Any(t => t.Grants(TrustOptions.Roles)) && trusts.Any(t => !t.Grants(TrustOptions.Roles))
                    && roles.Select(r => r.AccountId).Distinct().Count() >= 3,
            $"the scenario does not tell the branches apart: {holders.Count} role holders, {trusts.Count} trusts");

        var failures = new List<string>();
        foreach (var (person, entered) in holders.SelectMany(p => new[] { (p, (string?)null), (p, scenario[0]) }))
        {
            // "No account current": the viewer's account is one no row names.
            var viewer = new Viewer("~none", RoleHolderId: person);
            var expectedRoles = roles.Where(r => r.PersonId == person).Select(r => r.Id).Order().ToList();
            var expectedTrusts = trusts.Where(t => t.Status == TrustStatus.Accepted && t.Grants(TrustOptions.Roles)).Select(t => t.Id).Order().ToList();
            if (!expectedRoles.SequenceEqual(roles.Where(r => IsolationRules.Permissions.Granting(r, viewer, noTrust) is not null).Select(r => r.Id).Order())
                || !expectedTrusts.SequenceEqual(trusts.Where(t => IsolationRules.Trusts.Granting(t, viewer, noTrust) is not null).Select(t => t.Id).Order()))
                failures.Add($"the declaration does not say ADR 48's sentence for person {person}");

            if (entered is null) layer.Scope.Leave();
            else layer.Scope.Enter(entered, null);
            using (layer.Scope.ReadOwnRoles(person))
            {
                await using var transaction = inTransaction ? await layer.Database.BeginTransactionAsync() : null;
                var seenRoles = await layer.Permissions.AsNoTracking().Where(p => roleIds.Contains(p.Id)).Select(p => p.Id).OrderBy(id => id).ToListAsync();
                var seenTrusts = await layer.Trusts.AsNoTracking().Where(t => trustIds.Contains(t.Id)).Select(t => t.Id).OrderBy(id => id).ToListAsync();
                var others = await layer.People.CountAsync() + await layer.Requests.CountAsync() + await layer.TrustEvents.CountAsync();
                if (!expectedRoles.SequenceEqual(seenRoles))
                    failures.Add($"Permission of person {person}: expected [{string.Join(", ", expectedRoles.Except(seenRoles))}] missing, " +
                                 $"[{string.Join(", ", seenRoles.Except(expectedRoles))}] not granted");
                if (!expectedTrusts.SequenceEqual(seenTrusts))
                    failures.Add($"Trust, person {person}: expected [{string.Join(", ", expectedTrusts.Except(seenTrusts))}] missing, " +
                                 $"[{string.Join(", ", seenTrusts.Except(expectedTrusts))}] not granted");
                if (others > 0) failures.Add($"person {person}: {others} people, requests or trust events read while their own roles are read");
            }
            if (layer.Scope.AccountId != entered) failures.Add($"the scope entered ({entered ?? "none"}) was not restored");
        }
        layer.Scope.Leave();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// A support domain of the test's own with an article of every status for every audience (none, end users, covered
    /// specialists, both): the scenario's articles of other accounts are all validated for an audience, or in progress for
    /// none, which would not tell the branch from one that forgot the status or the audience.
    /// </summary>
    private static async Task<Tenant> ArticlesOfEveryKindAsync()
    {
        var world = new TestWorld(Server);
        var domain = await world.SupportDomainAsync();
        var service = await domain.AddServiceAsync();
        var manager = await KnowledgeCalls.PersonWithRolesAsync(world, domain, "knowledge_manager");
        foreach (var status in new[] { "work_in_progress", "not_validated", "validated", "archived" })
            foreach (var (endUsers, coveredSpecialists) in new[] { (false, false), (true, false), (false, true), (true, true) })
                await KnowledgeCalls.AddArticleAsync(manager, service, status, endUsers, coveredSpecialists);
        return domain;
    }

    /// <summary>
    /// ADR 46: "while a catalog is browsed, a validated article marked for end users or for covered specialists" is read,
    /// from every account (which of them reach the caller is the application's question); besides, the rule's own answer
    /// for the account (its home branch). For every account of the scenario and the test's support domain, each layer
    /// alone returns exactly those, browsing.
    /// </summary>
    private static async Task AssertBrowsedArticlesAsync(TrustdeskDbContext source, TrustdeskDbContext layer, Tenant domain, bool inTransaction)
    {
        var viewers = ReferenceScenario.Accounts.Select(a => new Viewer(a.Id, a.DirectoryId)).Append(new Viewer(domain.Id)).ToList();
        var accounts = viewers.Select(v => v.AccountId).ToList();
        var rows = await source.KnowledgeArticles.IgnoreQueryFilters().AsNoTracking().Where(a => accounts.Contains(a.AccountId)).ToListAsync();
        var ids = rows.Select(r => r.Id).ToList();
        static bool Opened(KnowledgeArticle a) => a.Status == KnowledgeArticleStatus.Validated && (a.EndUsers || a.CoveredSpecialists);
        // The home branch needs no trust.
        TrustLookup noTrust = (_, _, _) => false;
        Assert.True(rows.Count(r => r.AccountId == domain.Id && Opened(r)) == 3 && rows.Count(r => !Opened(r)) >= 13,
            $"the articles do not tell the branch apart: {rows.Count} of them");

        var failures = new List<string>();
        foreach (var viewer in viewers)
        {
            var expected = rows.Where(r => IsolationRules.KnowledgeArticles.Granting(r, viewer, noTrust) is not null || Opened(r))
                .Select(r => r.Id).Order().ToList();
            layer.Scope.Enter(viewer.AccountId, viewer.DirectoryAccountId);
            using var browsing = layer.Scope.BrowseCatalog();
            await using var transaction = inTransaction ? await layer.Database.BeginTransactionAsync() : null;
            var seen = await layer.KnowledgeArticles.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => a.Id).OrderBy(id => id).ToListAsync();
            if (!expected.SequenceEqual(seen))
                failures.Add($"KnowledgeArticle in {viewer.AccountId}, browsing: expected [{string.Join(", ", expected.Except(seen))}] missing, " +
                             $"[{string.Join(", ", seen.Except(expected))}] not granted");
        }
        layer.Scope.Leave();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static async Task LoadScenarioAsync()
    {
        await using var scope = Server.Services.CreateAsyncScope();
        await ScenarioLoading.RunAsync(() => scope.ServiceProvider.GetRequiredService<ScenarioLoader>().LoadAsync(CancellationToken.None));
    }

    private static async Task AssertEveryRuleAsync(TrustdeskDbContext source, TrustdeskDbContext layer, bool inTransaction)
    {
        var trusts = await source.Trusts.IgnoreQueryFilters().AsNoTracking().Where(t => t.Status == TrustStatus.Accepted).ToListAsync();
        bool Trusted(string customer, string provider, TrustOptions option) =>
            trusts.Any(t => t.CustomerAccountId == customer && t.ProviderAccountId == provider && t.Grants(option));

        var failures = new List<string>();
        var checkedRows = 0;
        foreach (var rule in IsolationRules.All.Where(r => !SeenWithAnother.Contains(r.Entity)))
        {
            var check = typeof(VisibilityRuleTests).GetMethod(nameof(CheckAsync), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(rule.Entity);
            var (rows, mismatches) = await (Task<(int, List<string>)>)check.Invoke(null, [rule, source, layer, inTransaction, (TrustLookup)Trusted])!;
            checkedRows += rows;
            failures.AddRange(mismatches);
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(checkedRows >= 500, $"only {checkedRows} rows of the scenario were checked");
    }

    /// <summary>For each account of the scenario: the rows of its tables the layer returns, against those the rule grants.</summary>
    private static async Task<(int Rows, List<string> Mismatches)> CheckAsync<T>(
        VisibilityRule<T> rule, TrustdeskDbContext source, TrustdeskDbContext layer, bool inTransaction, TrustLookup trusted) where T : class
    {
        var scenario = ReferenceScenario.Accounts.Select(a => a.Id).ToHashSet();
        var key = source.Model.FindEntityType(typeof(T))!.FindPrimaryKey()!.Properties.Single().Name;
        var all = await source.Set<T>().IgnoreQueryFilters().AsNoTracking().ToListAsync();
        var rows = all.Where(r => AccountsOf(r).Any(scenario.Contains)).ToList();
        var ids = rows.Select(r => Id(r, key)).ToList();
        var mismatches = new List<string>();
        foreach (var account in ReferenceScenario.Accounts)
        {
            var viewer = new Viewer(account.Id, account.DirectoryId);
            var expected = rows.Where(r => rule.Granting(r, viewer, trusted) is not null).Select(r => Id(r, key)).Order().ToList();
            layer.Scope.Enter(account.Id, account.DirectoryId);
            await using var transaction = inTransaction ? await layer.Database.BeginTransactionAsync() : null;
            var seen = await layer.Set<T>().AsNoTracking().Where(e => ids.Contains(EF.Property<long>(e, key)))
                .Select(e => EF.Property<long>(e, key)).OrderBy(id => id).ToListAsync();
            if (!expected.SequenceEqual(seen))
                mismatches.Add($"{typeof(T).Name} in {account.Id}: expected [{string.Join(", ", expected.Except(seen))}] missing, " +
                               $"[{string.Join(", ", seen.Except(expected))}] not granted");
        }
        layer.Scope.Leave();
        return (rows.Count, mismatches);
    }

    private static long Id<T>(T row, string key) => (long)typeof(T).GetProperty(key)!.GetValue(row)!;

    private static IEnumerable<string> AccountsOf(object row) => row switch
    {
        IBetweenAccounts between => [between.CustomerAccountId, between.ProviderAccountId],
        IAccountOwned owned => [owned.AccountId],
        _ => [],
    };
}
