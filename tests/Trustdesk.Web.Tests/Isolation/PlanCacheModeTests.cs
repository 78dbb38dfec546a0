using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Trustdesk.Data;
using Trustdesk.Web.Tests.Features.Events;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Isolation;

/// <summary>
/// The plan cache mode travels with the account settings: generic plans only while a query asked for them
/// (<c>TrustdeskDbContext.UseGenericPlans</c>), PostgreSQL's default before and after, in the same transaction.
/// </summary>
[Trait(PostgresOnly.Trait, PostgresOnly.Value)]
public sealed class PlanCacheModeTests
{
    [Fact]
    public async Task Generic_plans_are_asked_for_only_while_a_query_wants_them()
    {
        PostgresOnly.Require();
        var account = await TestWorld.Shared.DirectoryAsync();
        await using var scope = TestServers.Shared.Services.CreateAsyncScope();
        var db = await ServerWrites.EnterAsync(scope, account.Id);
        await using var transaction = await db.Database.BeginTransactionAsync();

        Assert.Equal("auto", await PlanCacheModeAsync(db));
        using (db.UseGenericPlans())
        {
            Assert.Equal("force_generic_plan", await PlanCacheModeAsync(db));
            await db.People.CountAsync();
            Assert.Equal("force_generic_plan", await PlanCacheModeAsync(db));
        }
        await db.People.CountAsync();
        Assert.Equal("auto", await PlanCacheModeAsync(db));
    }

    private static Task<string> PlanCacheModeAsync(TrustdeskDbContext db) =>
        db.Database.SqlQuery<string>($"SELECT current_setting('plan_cache_mode') AS \"Value\"").SingleAsync();
}
