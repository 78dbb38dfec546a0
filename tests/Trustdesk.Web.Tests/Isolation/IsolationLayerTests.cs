using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Trustdesk.Data;
using Trustdesk.Domain.People;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Isolation;

/// <summary>
/// engineering.md §3: isolation is enforced by the EF account filter and by PostgreSQL row-level security, and each
/// layer must hold with the other one switched off.
/// </summary>
public sealed class IsolationLayerTests(FilterDisabledServer filterDisabled) : IClassFixture<FilterDisabledServer>
{
    // (a) The EF filter alone, on both databases.

    [Fact]
    public async Task The_account_filter_alone_hides_other_accounts_rows()
    {
        var s = await IsolationScenario.CreateAsync(TestWorld.Shared);
        await using var db = DirectContext.WithoutRowLevelSecurity(TestServers.Shared.Database);

        // Without the filter both accounts' rows are there: whatever hides B's rows below is the filter.
        var everyone = await db.People.IgnoreQueryFilters().Where(p => p.Id == s.A.Person || p.Id == s.B.Person).CountAsync();
        Assert.Equal(2, everyone);

        db.Scope.Enter(s.A.Account.Id, s.A.Account.Id);
        await AssertOnlyAsync(db, [s.A.Account.Id], s.A, s.B);

        // A support domain also reads its directory's people, organizations and sites, and nothing of B.
        db.Scope.Enter(s.LinkedToA.Account.Id, s.A.Account.Id);
        Assert.Contains(s.A.Person, await db.People.Select(p => p.Id).ToListAsync());
        Assert.Contains(s.A.Organization, await db.Organizations.Select(o => o.Id).ToListAsync());
        Assert.DoesNotContain(s.A.Team, await db.Teams.Select(t => t.Id).ToListAsync());
        await AssertOnlyAsync(db, [s.LinkedToA.Account.Id, s.A.Account.Id], s.LinkedToA, s.B);

        // No account context: nothing account-owned is readable at all.
        db.Scope.Leave();
        Assert.Equal(0, await db.People.CountAsync());
        Assert.Equal(0, await db.Organizations.CountAsync());
        Assert.Equal(0, await db.Sites.CountAsync());
        Assert.Equal(0, await db.Teams.CountAsync());
        Assert.Equal(0, await db.TeamMembers.CountAsync());
        Assert.Equal(0, await db.Permissions.CountAsync());
        Assert.Equal(0, await db.AccessTokens.CountAsync());
    }

    /// <summary>Every readable row belongs to <paramref name="allowed"/>; <paramref name="own"/>'s are there, <paramref name="other"/>'s not.</summary>
    private static async Task AssertOnlyAsync(TrustdeskDbContext db, string[] allowed, AccountRecords own, AccountRecords other)
    {
        var accounts = new List<string>();
        accounts.AddRange(await db.People.Select(p => p.AccountId).Distinct().ToListAsync());
        accounts.AddRange(await db.Organizations.Select(p => p.AccountId).Distinct().ToListAsync());
        accounts.AddRange(await db.Sites.Select(p => p.AccountId).Distinct().ToListAsync());
        accounts.AddRange(await db.Teams.Select(p => p.AccountId).Distinct().ToListAsync());
        accounts.AddRange(await db.TeamMembers.Select(p => p.AccountId).Distinct().ToListAsync());
        accounts.AddRange(await db.Permissions.Select(p => p.AccountId).Distinct().ToListAsync());
        accounts.AddRange(await db.AccessTokens.Select(p => p.AccountId).Distinct().ToListAsync());
        Assert.All(accounts, account => Assert.Contains(account, allowed));

        Assert.Contains(own.Person, await db.People.Select(p => p.Id).ToListAsync());
        Assert.Contains(own.Team, await db.Teams.Select(t => t.Id).ToListAsync());
        Assert.True(await db.TeamMembers.AnyAsync(m => m.TeamId == own.Team));
        Assert.True(await db.Permissions.AnyAsync(p => p.PersonId == own.Person));
        Assert.False(await db.People.AnyAsync(p => p.Id == other.Person));
        Assert.False(await db.Organizations.AnyAsync(o => o.Id == other.Organization));
        Assert.False(await db.Sites.AnyAsync(x => x.Id == other.Site));
        Assert.False(await db.Teams.AnyAsync(t => t.Id == other.Team));
        Assert.False(await db.TeamMembers.AnyAsync(m => m.TeamId == other.Team));
        Assert.False(await db.Permissions.AnyAsync(p => p.PersonId == other.Person));
        Assert.False(await db.AccessTokens.AnyAsync(t => t.AccountId == other.Account.Id));
    }

    // (b) Row-level security alone: the server runs without the EF filter.

    [Fact]
    [Trait(PostgresOnly.Trait, PostgresOnly.Value)]
    public async Task Without_the_account_filter_row_level_security_alone_hides_other_accounts()
    {
        PostgresOnly.Require();
        var server = filterDisabled.Server;
        using (var scope = server.Services.CreateScope())
        {
            // The switch really removed the filter, so only the database stands between the accounts here.
            var model = scope.ServiceProvider.GetRequiredService<TrustdeskDbContext>().Model;
            Assert.Empty(model.FindEntityType(typeof(Person))!.GetDeclaredQueryFilters());
        }
        var s = await IsolationScenario.CreateAsync(new TestWorld(server));
        var a = s.A.Account.Owner;

        Assert.Equal([s.A.Account.OwnerId, s.A.Person], (await a.GetAsync("/v1/people")).Expect(200).Ids());
        Assert.Equal([s.A.Team], (await a.GetAsync("/v1/teams")).Expect(200).Ids());
        Assert.Equal([s.A.Organization], (await a.GetAsync("/v1/organizations")).Expect(200).Ids());
        Assert.Equal([s.A.Site], (await a.GetAsync("/v1/sites")).Expect(200).Ids());
        Assert.Equal([s.A.Person], (await a.GetAsync($"/v1/teams/{s.A.Team}/members")).Expect(200).Ids());
        Assert.Equal(2, (await a.GetAsync("/v1/access_tokens")).Expect(200).TotalEntries());

        Answers.SameAsMissing(await a.GetAsync($"/v1/teams/{s.B.Team}"), await a.GetAsync($"/v1/teams/{Answers.NeverExistingId}"));
        Answers.SameAsMissing(await a.GetAsync($"/v1/people/{s.B.Person}"), await a.GetAsync($"/v1/people/{Answers.NeverExistingId}"));
        Answers.SameAsMissing(await a.GetAsync($"/v1/organizations/{s.B.Organization}"), await a.GetAsync($"/v1/organizations/{Answers.NeverExistingId}"));
        Answers.SameAsMissing(await a.GetAsync($"/v1/sites/{s.B.Site}"), await a.GetAsync($"/v1/sites/{Answers.NeverExistingId}"));
        Answers.SameAsMissing(await a.GetAsync($"/v1/teams/{s.B.Team}/members"), await a.GetAsync($"/v1/teams/{Answers.NeverExistingId}/members"));
        Answers.SameAsMissing(
            await a.PatchAsync($"/v1/teams/{s.B.Team}", new { name = "Hijacked" }),
            await a.PatchAsync($"/v1/teams/{Answers.NeverExistingId}", new { name = "Hijacked" }));
        (await a.PostAsync("/v1/people", new { name = "x", primary_email = Ids.Email(), organization_id = s.B.Organization }))
            .ExpectValidation(("organization_id", "does not exist"));

        // The linked support domain reads A's people through the directory policy, still none of B's.
        var linked = (await s.LinkedToA.Account.Owner.GetAsync("/v1/people")).Expect(200).Ids();
        Assert.Contains(s.A.Person, linked);
        Assert.DoesNotContain(s.B.Person, linked);
        Assert.Equal([s.LinkedToA.Account.ServiceDeskTeamId!.Value, s.LinkedToA.Team], (await s.LinkedToA.Account.Owner.GetAsync("/v1/teams")).Expect(200).Ids());
        Assert.Equal("Team of " + s.B.Account.Id, (await s.B.Account.Owner.GetAsync($"/v1/teams/{s.B.Team}")).Expect(200).Record.Str("name"));
    }

    // (c) The database itself: roles, ownership, policies.

    [Fact]
    [Trait(PostgresOnly.Trait, PostgresOnly.Value)]
    public async Task Every_table_but_the_account_registry_has_row_level_security_enabled_and_forced()
    {
        PostgresOnly.Require();
        await using var superuser = await PostgresQueries.OpenAsync(TestServers.Shared.Database.SuperuserConnectionString!);

        var tables = await superuser.ColumnAsync<string>("""
            SELECT c.relname || ':' || c.relrowsecurity || ':' || c.relforcerowsecurity
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
              -- The registry of tenants and the migrations history are the only tables no account owns.
              AND c.relname NOT IN ('accounts', '__EFMigrationsHistory')
            ORDER BY c.relname
            """);

        Assert.Superset(new HashSet<string>
            {
                "access_tokens", "organizations", "people", "permissions", "sites", "team_members", "teams",
                "trusts", "trust_events", "services", "service_instances", "service_offerings", "slas", "sla_coverage_targets",
                "requests", "request_notes", "request_audit_entries",
            },
            tables.Select(t => t.Split(':')[0]).ToHashSet());
        Assert.All(tables, table => Assert.EndsWith(":true:true", table, StringComparison.Ordinal));

        // One policy per command on each, and no other: seeing a row must never imply changing or deleting it.
        var policies = await superuser.ColumnAsync<string>("""
            SELECT tablename || ':' || string_agg(policyname || '/' || cmd, ',' ORDER BY policyname)
            FROM pg_policies WHERE schemaname = 'public' GROUP BY tablename ORDER BY tablename
            """);
        var expected = "account_delete/DELETE,account_insert/INSERT,account_read/SELECT,account_update/UPDATE";
        Assert.Equal(tables.Select(t => t.Split(':')[0] + ":" + expected), policies);
    }

    [Fact]
    [Trait(PostgresOnly.Trait, PostgresOnly.Value)]
    public async Task The_app_role_owns_nothing_cannot_bypass_and_reads_nothing_without_settings()
    {
        PostgresOnly.Require();
        var s = await IsolationScenario.CreateAsync(TestWorld.Shared);
        var database = TestServers.Shared.Database;
        await using var superuser = await PostgresQueries.OpenAsync(database.SuperuserConnectionString!);
        await using var app = await PostgresQueries.OpenAsync(database.AppConnectionString);
        await using var owner = await PostgresQueries.OpenAsync(database.OwnerConnectionString!);
        var role = ("role", (object)database.AppRole!);

        Assert.False(await superuser.ScalarAsync<bool>("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = @role", role));
        Assert.Equal(0L, await superuser.ScalarAsync<long>("SELECT count(*) FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = @role)", role));
        Assert.NotEqual(database.AppRole, await superuser.ScalarAsync<string>("SELECT pg_get_userbyid(datdba)::text FROM pg_database WHERE datname = current_database()"));
        Assert.True(await superuser.ScalarAsync<long>("SELECT count(*) FROM people") > 0);

        // Neither the app role nor the owner (FORCE binds owners too) reads a row without the account settings.
        foreach (var table in new[] { "people", "organizations", "sites", "teams", "team_members", "permissions", "access_tokens" })
        {
            Assert.Equal(0L, await app.ScalarAsync<long>($"SELECT count(*) FROM {table}"));
            Assert.Equal(0L, await owner.ScalarAsync<long>($"SELECT count(*) FROM {table}"));
        }

        // Nor can the app role switch row-level security off.
        var disable = await Assert.ThrowsAsync<PostgresException>(() => app.ExecuteAsync("ALTER TABLE people DISABLE ROW LEVEL SECURITY"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, disable.SqlState);
        await app.ExecuteAsync("SET row_security = off");
        var refused = await Assert.ThrowsAsync<PostgresException>(() => app.ScalarAsync<long>("SELECT count(*) FROM people"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    [Fact]
    [Trait(PostgresOnly.Trait, PostgresOnly.Value)]
    public async Task With_one_accounts_settings_the_app_role_reads_and_writes_only_that_account()
    {
        PostgresOnly.Require();
        var s = await IsolationScenario.CreateAsync(TestWorld.Shared);
        await using var app = await PostgresQueries.OpenAsync(TestServers.Shared.Database.AppConnectionString);
        await using var transaction = await app.BeginTransactionAsync();
        var a = ("a", (object)s.A.Account.Id);
        var b = ("b", (object)s.B.Account.Id);
        await app.ExecuteAsync("SELECT set_config('trustdesk.account_id', @a, true), set_config('trustdesk.directory_account_id', @a, true)", a);

        Assert.Equal(0L, await app.ScalarAsync<long>("SELECT count(*) FROM people WHERE account_id <> @a", a));
        Assert.Equal(2L, await app.ScalarAsync<long>("SELECT count(*) FROM people WHERE account_id = @a", a));
        Assert.Equal(0L, await app.ScalarAsync<long>("SELECT count(*) FROM teams WHERE id = @team", ("team", s.B.Team)));
        Assert.Equal(0, await app.ExecuteAsync("UPDATE teams SET name = 'hijacked' WHERE id = @team", ("team", s.B.Team)));
        Assert.Equal(0, await app.ExecuteAsync("DELETE FROM team_members WHERE team_id = @team", ("team", s.B.Team)));

        var insert = await Assert.ThrowsAsync<PostgresException>(() => app.ExecuteAsync("""
            INSERT INTO teams (name, auto_assign, disabled, account_id, created_at, updated_at, lock_version)
            VALUES ('planted', false, false, @b, now(), now(), 0)
            """, b));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, insert.SqlState);
        await transaction.RollbackAsync();

        Assert.Equal("Team of " + s.B.Account.Id, (await s.B.Account.Owner.GetAsync($"/v1/teams/{s.B.Team}")).Expect(200).Record.Str("name"));
        Assert.Equal([s.B.Person], (await s.B.Account.Owner.GetAsync($"/v1/teams/{s.B.Team}/members")).Expect(200).Ids());
    }
}
