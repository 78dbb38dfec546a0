using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Events;

/// <summary>
/// The first row of product.md §5's visibility table, made through the API as in SubmitRequestTests: provider P
/// covers the root organization of directory D for customer account C (linked to D) across a <c>services</c> trust,
/// so an end user's request lives in P and is seen in C. Besides them an unrelated account U, and two end users of D:
/// the requester (D's owner) and a bystander who asks for nothing. Owners of P, C and U are specialists there.
/// </summary>
public sealed class EventsWorld
{
    private EventsWorld(TrustdeskServer server) => Server = server;

    public TrustdeskServer Server { get; }
    public Tenant Directory { get; private set; } = null!;
    public Tenant Customer { get; private set; } = null!;
    public Tenant Provider { get; private set; } = null!;
    public Tenant Unrelated { get; private set; } = null!;
    public long Trust { get; private set; }
    public long Instance { get; private set; }
    public long BystanderId { get; private set; }
    public string BystanderToken { get; private set; } = "";
    public string RequesterToken => Directory.OwnerToken;

    public static async Task<EventsWorld> CreateAsync(TrustdeskServer server)
    {
        var world = new TestWorld(server);
        var w = new EventsWorld(server)
        {
            Directory = await world.DirectoryAsync(),
            Provider = await world.SupportDomainAsync(),
            Unrelated = await world.SupportDomainAsync(),
        };
        w.Customer = await world.SupportDomainAsync(w.Directory);
        foreach (var specialists in new[] { w.Provider, w.Customer, w.Unrelated }) await specialists.GrantAsync(specialists.OwnerId, "specialist");

        var root = await w.Directory.AddOrganizationAsync();
        (await w.Directory.Owner.PatchAsync($"/v1/people/{w.Directory.OwnerId}", new { organization_id = root })).Expect(200);
        w.BystanderId = await w.Directory.AddPersonAsync();
        (await w.Directory.Owner.PatchAsync($"/v1/people/{w.BystanderId}", new { organization_id = root })).Expect(200);
        w.BystanderToken = await ServerWrites.IssueTokenAsync(server, w.Directory.Id, w.BystanderId);

        w.Trust = (await w.Customer.Owner.PostAsync("/v1/trusts",
            new { customer_account_id = w.Customer.Id, provider_account_id = w.Provider.Id, options = new[] { "services" } })).Expect(201).Id;
        (await w.Provider.Owner.PostAsync($"/v1/trusts/{w.Trust}/accept")).Expect(200);
        var chain = await w.Provider.AddCatalogChainAsync();
        w.Instance = chain.Instance;
        var sla = await w.Provider.AddSlaAsync(chain, root, w.Customer.Id);
        (await w.Provider.Owner.PostAsync($"/v1/slas/{sla}/organizations/{root}")).Expect(200);
        (await w.Provider.Owner.PatchAsync($"/v1/slas/{sla}", new { status = "active" })).Expect(200);
        return w;
    }

    public Task<EventStreamReader> StreamAsync(string token, string account) => EventStreamReader.OpenAsync(Server, token, account);

    /// <summary>A stream of the owner of <paramref name="account"/>, acting there.</summary>
    public Task<EventStreamReader> StreamAsync(Tenant account) => StreamAsync(account.OwnerToken, account.Id);

    /// <summary>Self-service: an end user of D asks P for help (the request lives in P, with C as its customer).</summary>
    public async Task<long> SubmitAsync(string endUserToken, TrustdeskServer? through = null) =>
        (await (through ?? Server).Client(endUserToken).PostAsync("/v1/requests",
            new { subject = "Cannot print " + Ids.Hex(4), service_instance_id = Instance })).Expect(201).Id;

    /// <summary>A specialist registers a request in their own account, seen there only.</summary>
    public async Task<long> RegisterAsync(Tenant account, TrustdeskServer? through = null) =>
        (await (through ?? Server).Client(account.OwnerToken, account.Id).PostAsync("/v1/requests",
            new { subject = "Internal " + Ids.Hex(4) })).Expect(201).Id;
}
