using System.Net;
using System.Text.Json.Nodes;
using Trustdesk.Bench.Http;

namespace Trustdesk.Bench.Scenarios;

/// <summary>
/// The accounts of the events scenario, made through the API as a customer would: directory <c>b-ev-dir</c> whose
/// owner (in its root organization) is the requester; provider <c>b-ev-p</c>; customers <c>b-ev-c1</c>…<c>c4</c>
/// linked to the directory, each trusting the provider with <c>services</c> and covered by an SLA of its own on an
/// instance of its own; and <c>b-ev-u</c>, which sees none of it. Owners of the support domains are specialists.
/// </summary>
internal sealed record EventsWorld(
    CreatedAccount Directory, CreatedAccount Provider, IReadOnlyList<CreatedAccount> Customers, CreatedAccount Unrelated,
    IReadOnlyList<long> Instances)
{
    public const int CustomerCount = 4;

    public static async Task<EventsWorld> CreateAsync(ApiClient api, string operatorToken, CancellationToken cancellationToken)
    {
        async Task<CreatedAccount> Account(string id, string kind, string? directory)
        {
            var body = JsonNode.Parse(CreatedAccount.Body(id))!.AsObject();
            body["kind"] = kind;
            if (directory is not null) body["directory_account_id"] = directory;
            var owner = JsonNode.Parse((await api.PostJsonAsync("/v1/accounts", body.ToJsonString(), operatorToken, cancellationToken))
                .Expect(HttpStatusCode.Created, $"POST /v1/accounts ({id})").Body)!["owner"]!;
            return new CreatedAccount(id, owner["id"]!.GetValue<long>(), owner["token"]!.GetValue<string>());
        }

        async Task<JsonNode> Call(CreatedAccount caller, HttpMethod method, string path, object? body, HttpStatusCode expected = HttpStatusCode.OK)
        {
            var json = body is null ? null : System.Text.Json.JsonSerializer.Serialize(body);
            var response = (await api.SendJsonAsync(method, path, json, caller.OwnerToken, caller.Id, cancellationToken))
                .Expect(expected, $"{method} {path} ({caller.Id})");
            return response.Body.Length == 0 ? new JsonObject() : JsonNode.Parse(response.Body)!;
        }

        async Task<long> Create(CreatedAccount caller, string path, object body) =>
            (await Call(caller, HttpMethod.Post, path, body, HttpStatusCode.Created))["id"]!.GetValue<long>();

        var directory = await Account("b-ev-dir", "directory", null);
        var provider = await Account("b-ev-p", "support_domain", null);
        var unrelated = await Account("b-ev-u", "support_domain", null);
        var customers = new List<CreatedAccount>();
        for (var i = 1; i <= CustomerCount; i++) customers.Add(await Account($"b-ev-c{i}", "support_domain", directory.Id));
        foreach (var specialist in customers.Append(provider).Append(unrelated))
            await Call(specialist, HttpMethod.Post, $"/v1/people/{specialist.OwnerId}/permissions/{specialist.Id}?roles=specialist", null);

        var root = await Create(directory, "/v1/organizations", new { name = "Bench root" });
        await Call(directory, HttpMethod.Patch, $"/v1/people/{directory.OwnerId}", new { organization_id = root });

        var instances = new List<long>();
        foreach (var customer in customers)
        {
            var trust = await Create(customer, "/v1/trusts",
                new { customer_account_id = customer.Id, provider_account_id = provider.Id, options = new[] { "services" } });
            await Call(provider, HttpMethod.Post, $"/v1/trusts/{trust}/accept", null);
            var service = await Create(provider, "/v1/services", new { name = $"Service for {customer.Id}" });
            var instance = await Create(provider, "/v1/service_instances", new { name = $"Instance for {customer.Id}", service_id = service });
            var offering = await Create(provider, "/v1/service_offerings", new { name = $"Offering for {customer.Id}", service_id = service });
            var sla = await Create(provider, "/v1/slas", new
            {
                name = $"SLA for {customer.Id}", service_offering_id = offering, service_instance_id = instance,
                customer_id = root, customer_account_id = customer.Id,
            });
            await Call(provider, HttpMethod.Post, $"/v1/slas/{sla}/organizations/{root}", null);
            await Call(provider, HttpMethod.Patch, $"/v1/slas/{sla}", new { status = "active" });
            instances.Add(instance);
        }
        return new EventsWorld(directory, provider, customers, unrelated, instances);
    }
}
