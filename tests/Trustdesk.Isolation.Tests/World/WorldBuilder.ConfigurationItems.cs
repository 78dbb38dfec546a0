using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Isolation.Tests.World;

public sealed partial class WorldBuilder
{
    private const int CisPerDomain = 3;

    /// <summary>The statuses CIs are registered with, in turn: every world has active and inactive ones (4me's predefined filters).</summary>
    private static readonly string[] CiStatuses = ["in_production", "archived", "being_repaired", "in_stock", "lost_or_stolen", "installed", "removed"];

    /// <summary>The statuses a supporting provider sets (it maintains a CI's status, remarks and notes, ADR 51).</summary>
    private static readonly string[] MaintainedStatuses = ["being_repaired", "undergoing_maintenance", "broken_down", "to_be_removed"];

    private static readonly string[] RelationTypes = ["parent", "child", "depends_on", "dependency_of", "connected_to"];

    /// <summary>
    /// Configuration items (product.md §7, ADR 51), made after the problems with a random generator of their own, so that a
    /// seed builds the rest of the world as it did before CIs were added; the trusts meant to end revoked still stand, and
    /// are revoked after it. In every support domain its owner (an administrator, who defines CIs as a configuration
    /// manager does) makes one or two products and three CIs — statuses in turn, a team of the account as support team or
    /// none — each with a note and a user (one of the account's or its directory's people). Then, across every accepted
    /// trust carrying <c>cis</c>, one or two of the customer's CIs get a team of the provider as support team (each such
    /// trust one first, then some a second, so no provider supports all three); the provider's owner changes the status of
    /// one of them with a note, so its audit trail has an entry from the provider. Each domain relates a CI a provider
    /// supports — one whose trust stands at the end, where there is one — to a CI that provider does not support, so a
    /// provider sees one end of a relation it must not see; and the two CIs a provider supports, where it supports two,
    /// which it sees. Last, links: each provider links a CI it supports to a request it sees (one of the customer's where
    /// it sees one), each support domain one of its CIs to one of its requests (one another account sees, where it has
    /// one). Returns the accepted trust that is to lose <c>cis</c> at the end (ADR 31), once CIs cross it: one of the
    /// world's (not the two with every option), or, where there is none, one invited here with <c>cis</c> and
    /// <c>tasks</c> between two support domains with no trust in that direction, which no other record crosses.
    /// </summary>
    private async Task<WTrust> CisAsync(IReadOnlyCollection<WTrust> revokeLater)
    {
        var random = new Random(world.Seed ^ 0x6369);
        var turn = 0;
        foreach (var account in SupportDomains.ToList())
        {
            var products = new List<WProduct>();
            for (var i = 1 + random.Next(2); i > 0; i--) products.Add(await ProductAsync(account));
            await ContractAsync(account);
            var teams = world.Teams.Where(t => t.Account == account.Id).ToList();
            var locals = Locals(account);
            for (var i = 0; i < CisPerDomain; i++)
            {
                var team = random.Next(3) == 0 ? null : teams[random.Next(teams.Count)];
                var ci = new WCi(account.Id, world.Canaries.Next(Kind.Ci), products[random.Next(products.Count)].Id)
                {
                    Status = CiStatuses[turn++ % CiStatuses.Length], SupportTeam = team?.Id, SupportTeamAccount = team?.Account,
                };
                var c = ci.Canary;
                ci.Id = Created(await Owner(account.Id).PostAsync("/v1/cis", new
                {
                    product_id = ci.Product, name = "CI " + c, label = c, status = ci.Status, serialNr = "SN " + c, remarks = "Remarks " + c,
                    support_team_id = ci.SupportTeam, source = "Source " + c, sourceID = c,
                })).Number("id");
                ci.Editors.Add(account.OwnerId);
                world.Cis.Add(ci);
                var note = new WNote(Kind.CiNote, account.Id, world.Canaries.Next(Kind.CiNote), ci.Id, false, account.OwnerId);
                note.Id = Created(await Owner(account.Id).PostAsync($"/v1/cis/{ci.Id}/notes", new { text = "Note " + note.Canary })).Number("id");
                world.CiNotes.Add(note);
                var user = locals[random.Next(locals.Count)];
                (await Owner(account.Id).PostAsync($"/v1/cis/{ci.Id}/users/{user.Id}")).Expect(200);
                ci.Users.Add(user.Id);
            }
        }

        var narrowLater = NarrowableForCis(revokeLater, random) ?? await InviteCisTrustAsync(random);
        // The trust to be narrowed first, then the two with every option: each gets a CI before any gets a second.
        var trusts = Standing(TrustOptions.Cis).OrderBy(t => t == narrowLater ? 0 : 1).ToList();
        var supported = trusts.ToDictionary(t => t, _ => new List<WCi>());
        for (var round = 0; round < 2; round++)
            foreach (var trust in trusts.Where(_ => round == 0 || random.Next(2) == 0))
            {
                var open = world.Cis.Where(c => c.Account == trust.Customer && !SupportedElsewhere(c)).ToList();
                if (open.Count == 0) continue;
                var ci = open[random.Next(open.Count)];
                var providerTeams = world.Teams.Where(t => t.Account == trust.Provider).ToList();
                var team = providerTeams[random.Next(providerTeams.Count)];
                (await Owner(ci.Account).PatchAsync($"/v1/cis/{ci.Id}", new { support_team_id = team.Id })).Expect(200);
                (ci.SupportTeam, ci.SupportTeamAccount) = (team.Id, team.Account);
                supported[trust].Add(ci);
            }

        bool Stays(WCi ci) => world.Trusts.Any(t => t.Customer == ci.Account && t.Provider == ci.SupportTeamAccount
            && t.Status == TrustStatus.Accepted && t.Options.HasFlag(TrustOptions.Cis) && !revokeLater.Contains(t) && t != narrowLater);
        foreach (var account in SupportDomains.ToList())
        {
            var cis = world.Cis.Where(c => c.Account == account.Id).ToList();
            var across = cis.Where(SupportedElsewhere).OrderBy(c => Stays(c) ? 0 : 1).ThenBy(c => c.Id).ToList();
            var from = across.FirstOrDefault() ?? cis[0];
            var others = cis.Where(c => c != from && (!SupportedElsewhere(from) || c.SupportTeamAccount != from.SupportTeamAccount)).ToList();
            await RelateAsync(from, others[random.Next(others.Count)], random);
            foreach (var pair in across.GroupBy(c => c.SupportTeamAccount).Where(g => g.Count() == 2)) await RelateAsync(pair.First(), pair.Last(), random);
        }

        foreach (var (trust, cis) in supported.Where(s => s.Value.Count > 0))
        {
            var ci = cis[random.Next(cis.Count)];
            var provider = world.Account(trust.Provider);
            var status = Pick(random, MaintainedStatuses.Where(s => s != ci.Status).ToArray());
            var note = new WNote(Kind.CiNote, provider.Id, world.Canaries.Next(Kind.CiNote), ci.Id, false, provider.OwnerId);
            (await Owner(provider.Id).PatchAsync($"/v1/cis/{ci.Id}", new { status, note = "Note " + note.Canary })).Expect(200);
            ci.Status = status;
            ci.Editors.Add(provider.OwnerId);
            // The note sent with a change has no id in the answer: the provider finds it by its canary.
            note.Id = (await Owner(provider.Id).GetAsync($"/v1/cis/{ci.Id}/notes")).Expect(200).Items
                .Single(n => n!["text"]!.GetValue<string>().Contains(note.Canary, StringComparison.Ordinal))!["id"]!.GetValue<long>();
            world.CiNotes.Add(note);

            var seen = world.Requests.Where(r => SeenFrom(trust.Provider, r)).ToList();
            var customers = seen.Where(r => r.Account == trust.Customer).ToList();
            if (seen.Count > 0) await LinkCiAsync(trust.Provider, Pick(random, (customers.Count > 0 ? customers : seen).ToArray()), cis[random.Next(cis.Count)]);
        }
        foreach (var account in SupportDomains.ToList())
        {
            var own = world.Requests.Where(r => r.Account == account.Id).ToList();
            var sharing = own.Where(r => r.TeamAccount != r.Account || (r.InstanceAccount ?? r.Account) != r.Account || r.CustomerAccount is not null).ToList();
            var cis = world.Cis.Where(c => c.Account == account.Id).ToList();
            if (own.Count > 0) await LinkCiAsync(account.Id, Pick(random, (sharing.Count > 0 ? sharing : own).ToArray()), cis[random.Next(cis.Count)]);
        }
        return narrowLater;
    }

    /// <summary>Supported by a team of another account (across a <c>cis</c> trust).</summary>
    private static bool SupportedElsewhere(WCi ci) => ci.SupportTeamAccount is { } team && team != ci.Account;

    /// <summary>An active contract with a supplier the account sees (no notice date: in no notice list), its canary in its name and remarks.</summary>
    private async Task ContractAsync(WAccount account)
    {
        var supplier = (await Owner(account.Id).GetAsync("/v1/organizations?per_page=1&fields=id")).Expect(200).Items[0]!.Number("id");
        var contract = new WContract(account.Id, world.Canaries.Next(Kind.Contract));
        contract.Id = Created(await Owner(account.Id).PostAsync("/v1/contracts", new
        {
            name = "Contract " + contract.Canary, supplier_id = supplier, status = "active", remarks = "Remarks " + contract.Canary,
            source = "Source " + contract.Canary, sourceID = contract.Canary,
        })).Number("id");
        world.Contracts.Add(contract);
    }

    private async Task<WProduct> ProductAsync(WAccount account)
    {
        var product = new WProduct(account.Id, world.Canaries.Next(Kind.Product))
        {
            Details = new WSimple(Kind.ProductDetail, account.Id, world.Canaries.Next(Kind.ProductDetail)),
        };
        var d = product.Details.Canary;
        product.Id = Created(await Owner(account.Id).PostAsync("/v1/products", new
        {
            name = "Product " + product.Canary, brand = "Brand " + d, model = "Model " + d, category = "Category " + d, source = "Source " + d, sourceID = d,
        })).Number("id");
        product.Details.Id = product.Id;
        world.Products.Add(product);
        return product;
    }

    private async Task RelateAsync(WCi from, WCi to, Random random)
    {
        var relation = new WCiRelation(from.Account, from.Id, to.Id);
        relation.Id = Created(await Owner(from.Account).PostAsync($"/v1/cis/{from.Id}/ci_relations",
            new { relation_type = Pick(random, RelationTypes), ci_id = to.Id })).Number("id");
        world.CiRelations.Add(relation);
    }

    private async Task LinkCiAsync(string account, WRequest request, WCi ci)
    {
        (await Owner(account).PostAsync($"/v1/requests/{request.Id}/cis/{ci.Id}")).Expect(200);
        world.RequestCis.Add(new WRequestCi(account, request.Id, ci.Id));
    }

    /// <summary>
    /// An accepted trust with <c>cis</c> and another option that stays accepted and has no proposal pending, other than the
    /// two with every option: the one that loses <c>cis</c> at the end; null when the world has none.
    /// </summary>
    private WTrust? NarrowableForCis(IReadOnlyCollection<WTrust> revokeLater, Random random)
    {
        var candidates = world.Trusts.Skip(2).Where(t => t.Status == TrustStatus.Accepted && !revokeLater.Contains(t) && t.Proposed == TrustOptions.None
            && t.Options.HasFlag(TrustOptions.Cis) && EachOption.Count(o => t.Options.HasFlag(o)) > 1).ToList();
        return candidates.Count == 0 ? null : candidates[random.Next(candidates.Count)];
    }

    /// <summary>
    /// A trust with <c>cis</c> and <c>tasks</c> between two support domains with no trust in that direction (the reverse of
    /// one, where every pair has one), invited by the customer and accepted by the provider: no task crosses it, so it adds
    /// nothing but the CIs it is to carry until it loses <c>cis</c>.
    /// </summary>
    private async Task<WTrust> InviteCisTrustAsync(Random random)
    {
        var domains = SupportDomains.ToList();
        var open = (from c in domains from p in domains
                    where c != p && !world.Trusts.Any(t => t.Customer == c.Id && t.Provider == p.Id)
                    select (Customer: c.Id, Provider: p.Id)).ToList();
        var (customer, provider) = open[random.Next(open.Count)];
        var trust = new WTrust(customer, provider, TrustOptions.Cis | TrustOptions.Tasks) { Inviter = customer };
        trust.Id = (await Owner(customer).PostAsync("/v1/trusts",
            new { customer_account_id = customer, provider_account_id = provider, options = new[] { "tasks", "cis" } })).Expect(201).Id;
        (await Owner(provider).PostAsync($"/v1/trusts/{trust.Id}/accept")).Expect(200);
        trust.Status = TrustStatus.Accepted;
        world.Trusts.Add(trust);
        return trust;
    }

    /// <summary>ADR 31: the customer takes <c>cis</c> away from <paramref name="trust"/>, once CIs cross it: at once, for the next read.</summary>
    private async Task TakeCisAwayAsync(WTrust trust)
    {
        await AmendAsync(trust, trust.Customer, trust.Options & ~TrustOptions.Cis);
        trust.Options &= ~TrustOptions.Cis;
    }
}
