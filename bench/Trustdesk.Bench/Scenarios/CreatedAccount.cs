using System.Net;
using System.Text.Json.Nodes;
using Trustdesk.Bench.Http;

namespace Trustdesk.Bench.Scenarios;

/// <summary>A directory account made through <c>POST /v1/accounts</c>, with its first owner's token.</summary>
internal sealed record CreatedAccount(string Id, long OwnerId, string OwnerToken)
{
    public static string Body(string id) => new JsonObject
    {
        ["id"] = id,
        ["name"] = $"Bench {id}",
        ["kind"] = "directory",
        ["owner"] = new JsonObject { ["name"] = $"Owner of {id}", ["primary_email"] = $"owner@{id}.bench.example" },
    }.ToJsonString();

    public static async Task<(CreatedAccount Account, double Milliseconds)> CreateAsync(
        ApiClient api, string operatorToken, string id, CancellationToken cancellationToken)
    {
        var response = (await api.PostJsonAsync("/v1/accounts", Body(id), operatorToken, cancellationToken))
            .Expect(HttpStatusCode.Created, $"POST /v1/accounts ({id})");
        var owner = JsonNode.Parse(response.Body)?["owner"]
            ?? throw new InvalidOperationException($"POST /v1/accounts ({id}) returned no owner.");
        var account = new CreatedAccount(id, owner["id"]!.GetValue<long>(), owner["token"]!.GetValue<string>());
        return (account, response.Milliseconds);
    }
}
