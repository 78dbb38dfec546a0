using System.Text.Json.Nodes;

namespace Trustdesk.Web.Tests.Infrastructure;

/// <summary>
/// An account made for one test, with its owner as the client: <c>account_owner</c> there, and <c>specialist</c> too in a
/// support domain (ADR 30), where the owner is also the one member of the account's service desk team (ADR 32).
/// </summary>
public sealed class Tenant(string id, string name, long ownerId, string ownerToken, ApiClient owner, long? serviceDeskTeamId = null)
{
    public string Id { get; } = id;
    public string Name { get; } = name;
    public long OwnerId { get; } = ownerId;
    public string OwnerToken { get; } = ownerToken;

    /// <summary>The team requests without a team go to: a support domain starts with one, a directory without.</summary>
    public long? ServiceDeskTeamId { get; } = serviceDeskTeamId;

    /// <summary>The owner's client, acting in this account.</summary>
    public ApiClient Owner { get; } = owner;

    /// <summary>Creates a record through <c>POST path</c> as the owner; asserts 201 and returns the record.</summary>
    public async Task<JsonObject> CreateAsync(string path, object body) => (await Owner.PostAsync(path, body)).Expect(201).Record;

    public async Task<long> AddPersonAsync(string? name = null, string? email = null) =>
        (await CreateAsync("/v1/people", new { name = name ?? "Person " + Ids.Hex(6), primary_email = email ?? Ids.Email() }))["id"]!
        .GetValue<long>();

    public async Task<long> AddOrganizationAsync(string? name = null, long? parentId = null) =>
        (await CreateAsync("/v1/organizations", new { name = name ?? "Organization " + Ids.Hex(6), parent_id = parentId }))["id"]!
        .GetValue<long>();

    public async Task<long> AddSiteAsync(string? name = null) =>
        (await CreateAsync("/v1/sites", new { name = name ?? "Site " + Ids.Hex(6) }))["id"]!.GetValue<long>();

    public async Task<long> AddTeamAsync(string? name = null) =>
        (await CreateAsync("/v1/teams", new { name = name ?? "Team " + Ids.Hex(6) }))["id"]!.GetValue<long>();

    /// <summary>Gives <paramref name="personId"/> roles in this account (the owner grants them).</summary>
    public async Task GrantAsync(long personId, params string[] roles) =>
        (await Owner.PostAsync($"/v1/people/{personId}/permissions/{Id}?roles={string.Join(',', roles)}")).Expect(200);

    /// <summary>A new personal access token of this account's owner.</summary>
    public async Task<string> NewOwnerTokenAsync(string name = "extra") =>
        (await Owner.PostAsync("/v1/access_tokens", new { name })).Expect(201).Record["token"]!.GetValue<string>();
}
