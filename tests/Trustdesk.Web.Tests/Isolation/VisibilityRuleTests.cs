using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Trustdesk.Data;
using Trustdesk.Data.Isolation.Rules;
using Trustdesk.Domain.Records;
using Trustdesk.Domain.Trusts;
using Trustdesk.Web.Demo;
using Trustdesk.Web.Tests.Infrastructure;
using Trustdesk.Web.Tests.Scenario;

namespace Trustdesk.Web.Tests.Isolation;

/// <summary>
/// The visibility rules are declared once (<see cref="IsolationRules"/>) and every layer is made from them: every
/// account-owned entity has its rule, and on the reference scenario the EF filter alone, and PostgreSQL's row-level
/// security alone, each return for every account exactly the rows its rule grants, asked of the declaration in memory.
/// Rules of records seen with another (notes, audit lines, approvals, workflow headers) ask that record's rule, so they
/// are not asked in memory: the request and task layer tests check them with their parents.
/// </summary>
public sealed class VisibilityRuleTests
{
    private static readonly TrustdeskServer Server = TestServers.Shared;

    // Seen with (or through) another record: checked by RequestVisibilityLayerTests and TaskVisibilityLayerTests.
    private static readonly Type[] SeenWithAnother =
    [
        typeof(Domain.Requests.RequestNote), typeof(Domain.Requests.RequestAuditEntry), typeof(Domain.Workflows.Workflow),
        typeof(Domain.Workflows.TaskApproval), typeof(Domain.Workflows.TaskNote),
    ];

    [Fact]
    public void Every_account_owned_entity_has_exactly_one_rule_and_every_rule_is_of_an_entity()
    {
        using var db = DirectContext.WithoutRowLevelSecurity(Server.Database);
        var owned = db.Model.GetEntityTypes().Select(e => e.ClrType).Where(IsolationRules.NeedsRule).OrderBy(t => t.Name).ToList();
        var ruled = IsolationRules.All.Select(r => r.Entity).OrderBy(t => t.Name).ToList();
        Assert.Equal(owned, ruled);
        Assert.Equal(37, owned.Count); // every table but the accounts registry (and the migrations' own)
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
