using Trustdesk.Web.Tests.Infrastructure;
using DomainTrust = Trustdesk.Domain.Trusts;

namespace Trustdesk.Isolation.Tests.World;

public sealed partial class WorldBuilder
{
    private static readonly TrustOptions[] EachOption =
        [TrustOptions.Services, TrustOptions.Requests, TrustOptions.Tasks, TrustOptions.Roles, TrustOptions.Cis];

    /// <summary>
    /// Random trusts between distinct pairs of support domains, with random options, covering every state. Trusts meant
    /// to end up revoked are accepted now (so records are made across them) and revoked at the end; the returned list.
    /// </summary>
    private async Task<List<WTrust>> TrustsAsync()
    {
        var domains = SupportDomains.ToList();
        // The first two pairs (the trusts with every option, accepted and revoked) join different directories, so people
        // of one can be given roles in the other across them.
        var pairs = (from c in domains from p in domains where string.CompareOrdinal(c.Id, p.Id) < 0 select (c, p))
            .OrderBy(_ => _random.Next()).ToList();
        var apart = pairs.Where(pair => pair.c.Directory != pair.p.Directory).Take(2).ToList();
        pairs = [.. apart, .. pairs.Except(apart)];
        // Every state at least once, then mostly accepted and revoked ones, which make records cross accounts.
        TrustStatus[] first = [TrustStatus.Accepted, TrustStatus.Revoked, TrustStatus.Pending, TrustStatus.Expired, TrustStatus.Rejected, TrustStatus.Canceled];
        TrustStatus[] later = [TrustStatus.Accepted, TrustStatus.Accepted, TrustStatus.Revoked, TrustStatus.Pending];
        var revokeLater = new List<WTrust>();
        for (var i = 0; i < Math.Min(shape.Trusts, pairs.Count); i++)
        {
            var (a, b) = pairs[i];
            var (customer, provider) = _random.Next(2) == 0 ? (a, b) : (b, a);
            var status = i < first.Length ? first[i] : Pick(later);
            // The first accepted and the first revoked trust carry every option, so each option is seen both ways.
            var options = i < 2 ? EachOption.Aggregate((x, y) => x | y) : RandomOptions();
            var trust = new WTrust(customer.Id, provider.Id, options);
            await MakeTrustAsync(trust, status);
            world.Trusts.Add(trust);
            if (status == TrustStatus.Revoked) revokeLater.Add(trust);
        }
        return revokeLater;
    }

    private TrustOptions RandomOptions()
    {
        var options = EachOption.Where(_ => _random.Next(2) == 0).Aggregate(TrustOptions.None, (x, y) => x | y);
        return options == TrustOptions.None ? Pick(EachOption) : options;
    }

    private async Task MakeTrustAsync(WTrust trust, TrustStatus status)
    {
        if (status == TrustStatus.Expired)
        {
            // A pending invitation expires after 30 days; the suite does not wait, it stores one that has.
            trust.Id = await TrustSeeding.InsertAsync(server, trust.Customer, trust.Provider, DomainTrust.TrustStatus.Expired,
                (DomainTrust.TrustOptions)(int)trust.Options);
            trust.Status = TrustStatus.Expired;
            return;
        }
        var inviterIsCustomer = _random.Next(2) == 0;
        var (inviter, invitee) = inviterIsCustomer ? (trust.Customer, trust.Provider) : (trust.Provider, trust.Customer);
        trust.Inviter = inviter;
        var options = EachOption.Where(o => trust.Options.HasFlag(o)).Select(o => o.ToString().ToLowerInvariant()).ToArray();
        trust.Id = (await Owner(inviter).PostAsync("/v1/trusts",
            new { customer_account_id = trust.Customer, provider_account_id = trust.Provider, options })).Expect(201).Id;
        trust.Status = TrustStatus.Pending;
        var step = status switch
        {
            TrustStatus.Accepted or TrustStatus.Revoked => (invitee, "accept", TrustStatus.Accepted),
            TrustStatus.Rejected => (invitee, "reject", TrustStatus.Rejected),
            TrustStatus.Canceled => (inviter, "cancel", TrustStatus.Canceled),
            _ => ((string, string, TrustStatus)?)null,
        };
        if (step is var (by, action, after))
        {
            (await Owner(by).PostAsync($"/v1/trusts/{trust.Id}/{action}")).Expect(200);
            trust.Status = after;
        }
    }

    /// <summary>
    /// Amendments (ADR 31), once records cross the trusts: an accepted trust loses <c>requests</c> or <c>tasks</c>, so what
    /// was handed over across it is hidden from its provider and stranded at home; another gets a proposal left pending,
    /// which must let nothing cross. The trusts with every option (the first two) keep them.
    /// </summary>
    private async Task AmendmentsAsync(List<WTrust> revokeLater)
    {
        var standing = world.Trusts.Skip(2).Where(t => t.Status == TrustStatus.Accepted && !revokeLater.Contains(t)).ToList();
        var narrowed = standing.FirstOrDefault(t => EachOption.Count(o => t.Options.HasFlag(o)) > 1 && (t.Options & (TrustOptions.Requests | TrustOptions.Tasks)) != 0);
        if (narrowed is not null)
        {
            var removed = narrowed.Options.HasFlag(TrustOptions.Requests) ? TrustOptions.Requests : TrustOptions.Tasks;
            await AmendAsync(narrowed, _random.Next(2) == 0 ? narrowed.Customer : narrowed.Provider, narrowed.Options & ~removed);
            narrowed.Options &= ~removed;
        }
        if (standing.FirstOrDefault(t => t != narrowed && EachOption.Any(o => !t.Options.HasFlag(o))) is { } proposed)
        {
            var added = Pick(EachOption.Where(o => !proposed.Options.HasFlag(o)).ToList());
            var by = _random.Next(2) == 0 ? proposed.Customer : proposed.Provider;
            await AmendAsync(proposed, by, proposed.Options | added);
            (proposed.Proposed, proposed.Proposer) = (added, by);
        }
    }

    private async Task AmendAsync(WTrust trust, string by, TrustOptions options) =>
        (await Owner(by).PatchAsync($"/v1/trusts/{trust.Id}",
            new { options = EachOption.Where(o => options.HasFlag(o)).Select(o => o.ToString().ToLowerInvariant()).ToArray() })).Expect(200);

    private IEnumerable<WTrust> Standing(TrustOptions option) =>
        world.Trusts.Where(t => t.Status == TrustStatus.Accepted && t.Options.HasFlag(option));

    /// <summary>Across each accepted trust with <c>roles</c>, a person of the customer's directory (or the customer) gets a role in the provider.</summary>
    private async Task RolesAcrossTrustsAsync()
    {
        foreach (var trust in Standing(TrustOptions.Roles).ToList())
        {
            var customer = world.Account(trust.Customer);
            var candidates = world.People.Where(p => p.Account == customer.Directory || (customer.Directory is null && p.Account == customer.Id)).ToList();
            var provider = world.Account(trust.Provider);
            candidates.RemoveAll(p => p.Account == provider.Directory || p.Account == provider.Id);
            if (candidates.Count > 0) await GrantAsync(trust.Provider, Pick(candidates), Pick(RolePool));
        }
    }

    /// <summary>
    /// Each provider covers its own directory's people (or its own) with an SLA of its instance, and, across each accepted
    /// <c>services</c> trust, the customer's directory (or the customer's own people).
    /// </summary>
    private async Task SlasAsync()
    {
        foreach (var provider in SupportDomains.ToList())
        {
            var home = provider.Directory is { } d ? world.Account(d) : provider;
            await SlaAsync(provider, home.RootOrganization, null);
        }
        foreach (var trust in Standing(TrustOptions.Services).ToList())
        {
            var customer = world.Account(trust.Customer);
            var home = customer.Directory is { } d ? world.Account(d) : customer;
            await SlaAsync(world.Account(trust.Provider), home.RootOrganization, customer.Id);
        }
    }

    private async Task SlaAsync(WAccount provider, long organization, string? customerAccount)
    {
        var instance = world.Instances.First(i => i.Account == provider.Id);
        var sla = new WSla(provider.Id, world.Canaries.Next(Kind.Sla))
        {
            Instance = instance.Id, Offering = world.Offerings.First(o => o.Account == provider.Id).Id,
            CustomerOrganization = organization, CustomerAccount = customerAccount,
        };
        var body = new Dictionary<string, object?>
        {
            ["name"] = "SLA " + sla.Canary, ["service_offering_id"] = sla.Offering, ["service_instance_id"] = sla.Instance,
            ["customer_id"] = organization, ["coverage"] = "organizations",
        };
        if (customerAccount is not null) body["customer_account_id"] = customerAccount;
        sla.Id = (await Owner(provider.Id).PostAsync("/v1/slas", body)).Expect(201).Id;
        (await Owner(provider.Id).PostAsync($"/v1/slas/{sla.Id}/organizations/{organization}")).Expect(200);
        (await Owner(provider.Id).PatchAsync($"/v1/slas/{sla.Id}", new { status = "active" })).Expect(200);
        sla.Active = true;
        world.Slas.Add(sla);
    }

    private async Task ExpiredTokenAsync()
    {
        var person = Pick(world.People.Where(p => p.Roles.Count > 0).ToList());
        world.ExpiredTokens.Add((person, await TokenWrites.IssueExpiredAsync(server, person.Account, person.Id)));
    }
}
