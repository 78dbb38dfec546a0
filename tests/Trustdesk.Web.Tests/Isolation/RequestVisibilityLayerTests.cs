using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Isolation.Rules;
using Trustdesk.Domain.Requests;
using Trustdesk.Domain.Trusts;
using Trustdesk.Web.Tests.Features;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Isolation;

/// <summary>
/// The request visibility rule of product.md §5 holds in the data layer twice: in the EF account filter (both
/// databases) and in PostgreSQL row-level security alone (filter switched off). Each layer must return, for every
/// viewing account, exactly the requests the declaration (<see cref="IsolationRules.Requests"/>) grants — before and after a trust
/// is revoked.
/// </summary>
public sealed class RequestVisibilityLayerTests
{
    private static readonly TestWorld World = TestWorld.Shared;

    [Fact]
    public async Task The_account_filter_returns_exactly_what_the_visibility_rule_grants()
    {
        var world = await RequestWorld.CreateAsync();
        await using var db = DirectContext.WithoutRowLevelSecurity(TestServers.Shared.Database);
        await world.AssertEachViewerSeesExactlyAsync(db, useTransaction: false);

        await world.RevokeTeamTrustAsync();
        await world.AssertEachViewerSeesExactlyAsync(db, useTransaction: false);
    }

    [Fact]
    [Trait(PostgresOnly.Trait, PostgresOnly.Value)]
    public async Task Row_level_security_alone_returns_exactly_what_the_visibility_rule_grants()
    {
        PostgresOnly.Require();
        var world = await RequestWorld.CreateAsync();
        await using var db = DirectContext.RowLevelSecurityOnly(TestServers.Shared.Database);
        // Without the filter and without account settings the app role reads no request at all.
        await using (var unscoped = await db.Database.BeginTransactionAsync())
            Assert.Equal(0, await db.Requests.CountAsync(r => world.RequestIds.Contains(r.Id)));
        await world.AssertEachViewerSeesExactlyAsync(db, useTransaction: true);

        await world.RevokeTeamTrustAsync();
        await world.AssertEachViewerSeesExactlyAsync(db, useTransaction: true);
    }

    [Fact]
    public async Task The_account_filter_shows_notes_and_audit_lines_exactly_with_their_request_and_internal_notes_only_at_home()
    {
        var world = await RequestWorld.CreateAsync();
        await using var db = DirectContext.WithoutRowLevelSecurity(TestServers.Shared.Database);
        await world.AssertEachViewerSeesExactlyTheirNotesAsync(db, useTransaction: false);
        await world.RevokeTeamTrustAsync();
        await world.AssertEachViewerSeesExactlyTheirNotesAsync(db, useTransaction: false);
    }

    [Fact]
    [Trait(PostgresOnly.Trait, PostgresOnly.Value)]
    public async Task Row_level_security_alone_shows_notes_and_audit_lines_exactly_with_their_request_and_internal_notes_only_at_home()
    {
        PostgresOnly.Require();
        var world = await RequestWorld.CreateAsync();
        await using var db = DirectContext.RowLevelSecurityOnly(TestServers.Shared.Database);
        await world.AssertEachViewerSeesExactlyTheirNotesAsync(db, useTransaction: true);
        await world.RevokeTeamTrustAsync();
        await world.AssertEachViewerSeesExactlyTheirNotesAsync(db, useTransaction: true);
    }

    [Fact]
    [Trait(PostgresOnly.Trait, PostgresOnly.Value)]
    public async Task Row_level_security_alone_lets_a_trusted_provider_update_in_place_and_no_one_else_change_or_delete()
    {
        PostgresOnly.Require();
        var world = await RequestWorld.CreateAsync();
        await using var db = DirectContext.RowLevelSecurityOnly(TestServers.Shared.Database);

        // T works the request assigned to its team, while C trusts it with requests.
        Assert.Equal(1, await world.UpdateStatusAsync(db, world.T, "to T"));
        // C sees P's request "for C" as its customer, but neither changes nor deletes it; X changes nothing of C's.
        Assert.Equal(0, await world.UpdateStatusAsync(db, world.C, "for C"));
        Assert.Equal(0, await world.DeleteAsync(db, world.C, "for C"));
        Assert.Equal(0, await world.UpdateStatusAsync(db, world.X, "own"));
        // Nor may a provider move the request into another account.
        var moved = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => world.MoveAsync(db, world.T, "to T", world.P.Id));
        Assert.Equal("42501", moved.SqlState); // new row violates row-level security policy

        await world.RevokeTeamTrustAsync();
        Assert.Equal(0, await world.UpdateStatusAsync(db, world.T, "to T"));
    }

    /// <summary>
    /// Customer C (holding requests) trusts provider P with services, T and S with requests; X shares the directory
    /// and trusts P with requests only. Requests: in P for customer C; in P for customer X; in C for a team of T;
    /// in C for an instance of S; in C for its own team.
    /// </summary>
    private sealed class RequestWorld
    {
        private readonly List<(string Customer, string Provider, TrustOptions Options, long Id)> _trusts = [];
        private readonly List<Request> _requests = [];
        private Tenant _directory = null!, _c = null!, _p = null!, _t = null!, _s = null!, _x = null!;

        private readonly List<RequestNote> _notes = [];

        public IReadOnlyList<long> RequestIds => _requests.Select(r => r.Id).ToList();
        public Tenant C => _c;
        public Tenant P => _p;
        public Tenant T => _t;
        public Tenant X => _x;

        public static async Task<RequestWorld> CreateAsync()
        {
            var w = new RequestWorld { _directory = await World.DirectoryAsync() };
            (w._c, w._p, w._t, w._s, w._x) = (await World.SupportDomainAsync(w._directory), await World.SupportDomainAsync(w._directory),
                await World.SupportDomainAsync(w._directory), await World.SupportDomainAsync(w._directory), await World.SupportDomainAsync(w._directory));
            await w.TrustAsync(w._c, w._p, TrustOptions.Services, "services");
            await w.TrustAsync(w._c, w._t, TrustOptions.Requests, "requests");
            await w.TrustAsync(w._c, w._s, TrustOptions.Requests, "requests");
            await w.TrustAsync(w._x, w._p, TrustOptions.Requests, "requests");

            var tTeam = await w._t.AddTeamAsync();
            var cTeam = await w._c.AddTeamAsync();
            var sInstance = (await w._s.AddCatalogChainAsync()).Instance;
            var person = w._directory.OwnerId;
            w._requests.AddRange(
            [
                new Request { AccountId = w._p.Id, Subject = "for C", CustomerAccountId = w._c.Id, RequestedById = person, RequestedForId = person },
                new Request { AccountId = w._p.Id, Subject = "for X", CustomerAccountId = w._x.Id, RequestedById = person, RequestedForId = person },
                new Request { AccountId = w._c.Id, Subject = "to T", TeamId = tTeam, TeamAccountId = w._t.Id, RequestedById = person, RequestedForId = person },
                new Request
                {
                    AccountId = w._c.Id, Subject = "on S", ServiceInstanceId = sInstance, ServiceInstanceAccountId = w._s.Id,
                    RequestedById = person, RequestedForId = person,
                },
                new Request { AccountId = w._c.Id, Subject = "own", TeamId = cTeam, TeamAccountId = w._c.Id, RequestedById = person, RequestedForId = person },
            ]);
            await using var db = DirectContext.WithoutRowLevelSecurity(TestServers.Shared.Database);
            foreach (var request in w._requests)
            {
                db.Scope.Enter(request.AccountId, w._directory.Id);
                db.Requests.Add(request);
                await db.SaveChangesAsync();
                db.RequestAuditEntries.Add(new RequestAuditEntry { RequestId = request.Id, PersonId = person, Action = "create", Changes = "{}" });
                await db.SaveChangesAsync();
            }
            // Each request gets a public and an internal note of its own account, and of every account working it.
            foreach (var request in w._requests)
                foreach (var author in new[] { request.AccountId, request.TeamAccountId, request.ServiceInstanceAccountId }.OfType<string>().Distinct())
                    foreach (var isInternal in new[] { false, true })
                    {
                        db.Scope.Enter(author, w._directory.Id);
                        var note = new RequestNote { RequestId = request.Id, PersonId = person, Text = $"{request.Subject} by {author}", Internal = isInternal };
                        db.RequestNotes.Add(note);
                        await db.SaveChangesAsync();
                        w._notes.Add(note);
                    }
            return w;
        }

        /// <summary>Notes: the account's own, and the public notes of visible requests. Audit lines: those of visible requests.</summary>
        public async Task AssertEachViewerSeesExactlyTheirNotesAsync(TrustdeskDbContext db, bool useTransaction)
        {
            var ids = RequestIds;
            foreach (var viewer in new[] { _c, _p, _t, _s, _x, _directory })
            {
                var visible = _requests.Where(r => IsolationRules.Requests.Granting(r, new Viewer(viewer.Id), Accepted) is not null).Select(r => r.Id).ToHashSet();
                var expected = _notes.Where(n => n.AccountId == viewer.Id || (!n.Internal && visible.Contains(n.RequestId)))
                    .Select(n => n.Id).Order().ToList();
                db.Scope.Enter(viewer.Id, _directory.Id);
                await using var transaction = useTransaction ? await db.Database.BeginTransactionAsync() : null;
                var seen = await db.RequestNotes.AsNoTracking().Where(n => ids.Contains(n.RequestId)).Select(n => n.Id).OrderBy(n => n).ToListAsync();
                Assert.True(expected.SequenceEqual(seen), $"{ViewerName(viewer)} should see notes [{string.Join(", ", expected)}] but saw [{string.Join(", ", seen)}]");
                var audited = await db.RequestAuditEntries.AsNoTracking().Where(a => ids.Contains(a.RequestId)).Select(a => a.RequestId).OrderBy(a => a).ToListAsync();
                Assert.Equal(visible.Order().ToList(), audited);
            }
            db.Scope.Leave();
        }

        public Task<int> UpdateStatusAsync(TrustdeskDbContext db, Tenant actor, string subject) =>
            InTransactionAsync(db, actor, subject, requests => requests.ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, RequestStatus.InProgress)));

        public Task<int> DeleteAsync(TrustdeskDbContext db, Tenant actor, string subject) =>
            InTransactionAsync(db, actor, subject, requests => requests.ExecuteDeleteAsync());

        public Task<int> MoveAsync(TrustdeskDbContext db, Tenant actor, string subject, string toAccount) =>
            InTransactionAsync(db, actor, subject, requests => requests.ExecuteUpdateAsync(u => u.SetProperty(r => r.AccountId, toAccount)));

        /// <summary>Runs a set-based write as <paramref name="actor"/>'s account (row-level security alone decides) and rolls it back.</summary>
        private async Task<int> InTransactionAsync(TrustdeskDbContext db, Tenant actor, string subject, Func<IQueryable<Request>, Task<int>> write)
        {
            var id = _requests.Single(r => r.Subject == subject).Id;
            db.Scope.Enter(actor.Id, _directory.Id);
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                // A command that reads first, so the account settings are in place before the write.
                await db.Requests.AsNoTracking().CountAsync(r => r.Id == id);
                var changed = await write(db.Requests.Where(r => r.Id == id));
                await transaction.RollbackAsync();
                return changed;
            }
            finally
            {
                db.Scope.Leave();
            }
        }

        public async Task RevokeTeamTrustAsync()
        {
            var trust = _trusts.Single(t => t.Provider == _t.Id);
            (await _c.Owner.PostAsync($"/v1/trusts/{trust.Id}/revoke")).Expect(200);
            _trusts.Remove(trust);
        }

        public async Task AssertEachViewerSeesExactlyAsync(TrustdeskDbContext db, bool useTransaction)
        {
            var ids = RequestIds;
            foreach (var viewer in new[] { _c, _p, _t, _s, _x, _directory })
            {
                var expected = _requests.Where(r => IsolationRules.Requests.Granting(r, new Viewer(viewer.Id), Accepted) is not null).Select(r => r.Subject).Order().ToList();
                db.Scope.Enter(viewer.Id, _directory.Id);
                await using var transaction = useTransaction ? await db.Database.BeginTransactionAsync() : null;
                var seen = await db.Requests.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(r => r.Subject).OrderBy(s => s).ToListAsync();
                Assert.True(expected.SequenceEqual(seen),
                    $"{ViewerName(viewer)} should see [{string.Join(", ", expected)}] but saw [{string.Join(", ", seen)}]");
            }
            db.Scope.Leave();
        }

        private bool Accepted(string customer, string provider, TrustOptions option) =>
            _trusts.Any(t => t.Customer == customer && t.Provider == provider && t.Options.HasFlag(option));

        private string ViewerName(Tenant viewer) =>
            viewer == _c ? "C" : viewer == _p ? "P" : viewer == _t ? "T" : viewer == _s ? "S" : viewer == _x ? "X" : "the directory";

        private async Task TrustAsync(Tenant customer, Tenant provider, TrustOptions options, string option)
        {
            var id = (await customer.Owner.PostAsync("/v1/trusts",
                new { customer_account_id = customer.Id, provider_account_id = provider.Id, options = new[] { option } })).Expect(201).Id;
            (await provider.Owner.PostAsync($"/v1/trusts/{id}/accept")).Expect(200);
            _trusts.Add((customer.Id, provider.Id, options, id));
        }
    }
}
