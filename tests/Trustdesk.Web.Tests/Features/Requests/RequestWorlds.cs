using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Requests;

/// <summary>
/// Row 1 of the visibility table, made through the API: the directory's owner (an end user in its root organization)
/// submits a request for an instance of <see cref="Provider"/>, covered by an SLA whose customer account is
/// <see cref="Customer"/> (linked to the directory) across an accepted <c>services</c> trust. The request lives in the
/// provider with <c>customer_account</c> = the customer. Both owners are specialists of their accounts.
/// </summary>
internal sealed record ServedWorld(Tenant Directory, Tenant Customer, Tenant Provider, long ServicesTrust, long ProviderTeam, long Request)
{
    public ApiClient EndUser => Directory.Owner;

    public static async Task<ServedWorld> CreateAsync(TestWorld world)
    {
        var directory = await world.DirectoryAsync();
        var root = await directory.AddOrganizationAsync();
        (await directory.Owner.PatchAsync($"/v1/people/{directory.OwnerId}", new { organization_id = root })).Expect(200);
        var customer = await world.SupportDomainAsync(directory);
        await customer.GrantAsync(customer.OwnerId, "specialist");
        var provider = await world.SupportDomainAsync();
        await provider.GrantAsync(provider.OwnerId, "specialist");
        var trust = await RequestCalls.TrustAsync(customer, provider, "services");

        var chain = await provider.AddCatalogChainAsync();
        var team = await provider.AddTeamAsync();
        (await provider.Owner.PatchAsync($"/v1/service_instances/{chain.Instance}", new { first_line_team_id = team })).Expect(200);
        var sla = await provider.AddSlaAsync(chain, root, customer.Id);
        (await provider.Owner.PostAsync($"/v1/slas/{sla}/organizations/{root}")).Expect(200);
        (await provider.Owner.PatchAsync($"/v1/slas/{sla}", new { status = "active" })).Expect(200);

        var request = (await directory.Owner.PostAsync("/v1/requests", new { subject = "Toner empty", service_instance_id = chain.Instance }))
            .Expect(201).Record;
        Assert.Equal(provider.Id, request["account"]!.Str("id"));
        Assert.Equal(customer.Id, request["customer_account"]!.Str("id"));
        return new ServedWorld(directory, customer, provider, trust, team, request.Number("id"));
    }
}

/// <summary>
/// Rows 2 and 3, made through the API: <see cref="Customer"/> (linked to the directory, its owner a specialist) registers
/// a request for <see cref="RequesterId"/>, a person of the directory without a token, with its own team.
/// <see cref="Provider"/> (not linked, its owner a specialist and member of <see cref="ProviderTeam"/>) offers that team,
/// another one, and an instance whose first line is <see cref="ProviderTeam"/>. No trust exists yet.
/// </summary>
internal sealed record HandOverWorld(
    Tenant Directory, Tenant Customer, Tenant Provider, long CustomerTeam, long ProviderTeam, long ProviderOtherTeam, long ProviderInstance,
    long RequesterId, long Request)
{
    /// <summary>The customer's specialist changes the request.</summary>
    public Task<ApiResponse> CustomerPatchAsync(object body) => Customer.Owner.PatchAsync(RequestCalls.Path(Request), body);

    /// <summary>The provider's specialist changes the request.</summary>
    public Task<ApiResponse> ProviderPatchAsync(object body) => Provider.Owner.PatchAsync(RequestCalls.Path(Request), body);

    /// <summary>What the customer's specialist reads of the request (see <see cref="RequestCalls.SnapshotAsync"/>).</summary>
    public Task<string> SnapshotAsync() => RequestCalls.SnapshotAsync(Customer.Owner, Request);

    public static async Task<HandOverWorld> CreateAsync(TestWorld world)
    {
        var directory = await world.DirectoryAsync();
        var requester = await directory.AddPersonAsync("Requester");
        var customer = await world.SupportDomainAsync(directory);
        await customer.GrantAsync(customer.OwnerId, "specialist");
        var customerTeam = await customer.AddTeamAsync();

        var provider = await world.SupportDomainAsync();
        await provider.GrantAsync(provider.OwnerId, "specialist");
        var providerTeam = await provider.AddTeamAsync("Provider first line");
        var otherTeam = await provider.AddTeamAsync("Provider second line");
        (await provider.Owner.PostAsync($"/v1/teams/{providerTeam}/members/{provider.OwnerId}")).Expect(200);
        var instance = (await provider.AddCatalogChainAsync()).Instance;
        (await provider.Owner.PatchAsync($"/v1/service_instances/{instance}", new { first_line_team_id = providerTeam })).Expect(200);

        var request = (await RequestCalls.RegisterAsync(customer.Owner,
            new { subject = "Mailbox full", requested_for_id = requester, team_id = customerTeam })).Record;
        Assert.Null(request["account"]);
        Assert.Equal(customerTeam, request["team"]!.Number("id"));
        return new HandOverWorld(directory, customer, provider, customerTeam, providerTeam, otherTeam, instance, requester, request.Number("id"));
    }
}
