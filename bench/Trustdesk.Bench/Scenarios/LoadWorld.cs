using System.Net;
using System.Text.Json.Nodes;
using Npgsql;
using Trustdesk.Bench.Databases.Postgres;
using Trustdesk.Bench.Http;

namespace Trustdesk.Bench.Scenarios;

/// <summary>
/// The load scenario's deployment, built on the events scenario's accounts (<see cref="EventsWorld"/>: a directory, a
/// provider trusted by four customer support domains, each covered by an SLA on an instance of its own, and an
/// unrelated account): 40 requesters in the directory's root organization and 500 more people there, 7 more
/// specialists in the provider, and 25 requests registered by each requester through the self-service catalog before
/// the load starts. Every requester and specialist calls with a token of their own (inserted as the superuser: the API
/// issues a token only to its own holder).
/// </summary>
internal sealed record LoadWorld(
    EventsWorld Accounts, long RootOrganization, IReadOnlyList<Actor> Requesters, IReadOnlyList<Actor> ProviderSpecialists,
    IReadOnlyList<Actor> CustomerSpecialists, IReadOnlyList<long> People, IReadOnlyList<IReadOnlyList<long>> RequestsOf)
{
    /// <summary>Streams one token may hold open (the server's default <c>Events:MaxStreamsPerListener</c>).</summary>
    public const int StreamsPerToken = 10;

    public const int RequesterCount = 40;
    public const int MorePeople = 500;
    public const int MoreProviderSpecialists = 7;
    public const int RequestsPerRequester = 25;

    /// <summary>Every request registered before the load (all of them the provider's specialists see).</summary>
    public IReadOnlyList<long> AllRequests { get; } = RequestsOf.SelectMany(r => r).ToList();

    public static async Task<LoadWorld> CreateAsync(
        ApiClient api, string operatorToken, PostgresBenchDatabase database, CancellationToken cancellationToken)
    {
        var accounts = await EventsWorld.CreateAsync(api, operatorToken, cancellationToken);
        var directory = accounts.Directory;
        var provider = accounts.Provider;

        async Task<JsonNode> Call(CreatedAccount caller, HttpMethod method, string path, object? body, HttpStatusCode expected)
        {
            var json = body is null ? null : System.Text.Json.JsonSerializer.Serialize(body);
            var response = (await api.SendJsonAsync(method, path, json, caller.OwnerToken, caller.Id, cancellationToken))
                .Expect(expected, $"{method} {path} ({caller.Id})");
            return response.Body.Length == 0 ? new JsonObject() : JsonNode.Parse(response.Body)!;
        }

        async Task<long> Person(CreatedAccount account, string name, long? organization) =>
            (await Call(account, HttpMethod.Post, "/v1/people", new
            {
                name, primary_email = $"{name.Replace(' ', '.').ToLowerInvariant()}@{account.Id}.bench.example", organization_id = organization,
            }, HttpStatusCode.Created))["id"]!.GetValue<long>();

        var root = (await Call(directory, HttpMethod.Get, "/v1/organizations", null, HttpStatusCode.OK)).AsArray()[0]!["id"]!.GetValue<long>();
        Console.Error.WriteLine($"  load world: {RequesterCount} requesters, {MorePeople} more people, {MoreProviderSpecialists} more specialists…");
        var requesterIds = new List<long>();
        for (var i = 1; i <= RequesterCount; i++) requesterIds.Add(await Person(directory, $"Requester {i:D3}", root));
        var people = new List<long>(requesterIds) { directory.OwnerId };
        for (var i = 1; i <= MorePeople; i++) people.Add(await Person(directory, $"Employee {i:D4}", root));
        var specialistIds = new List<long>();
        for (var i = 1; i <= MoreProviderSpecialists; i++)
        {
            var id = await Person(provider, $"Specialist {i:D2}", null);
            await Call(provider, HttpMethod.Post, $"/v1/people/{id}/permissions/{provider.Id}?roles=specialist", null, HttpStatusCode.OK);
            specialistIds.Add(id);
        }

        await using var connection = new NpgsqlConnection(database.BenchConnectionString);
        await connection.OpenAsync(cancellationToken);
        var requesters = new List<Actor>();
        foreach (var (id, i) in requesterIds.Select((id, i) => (id, i)))
            requesters.Add(new Actor($"requester {i + 1}", await PostgresRequestsRun.NewTokenAsync(connection, directory.Id, id, cancellationToken), directory.Id));
        var specialists = new List<Actor> { new("provider owner", provider.OwnerToken, provider.Id) };
        foreach (var (id, i) in specialistIds.Select((id, i) => (id, i)))
            specialists.Add(new Actor($"provider specialist {i + 1}", await PostgresRequestsRun.NewTokenAsync(connection, provider.Id, id, cancellationToken), provider.Id));
        var customerSpecialists = accounts.Customers.Select(c => new Actor($"owner of {c.Id}", c.OwnerToken, c.Id)).ToList();

        Console.Error.WriteLine($"  load world: {RequesterCount * RequestsPerRequester} requests through the self-service catalog…");
        var requestsOf = new List<IReadOnlyList<long>>();
        foreach (var (requester, r) in requesters.Select((a, r) => (a, r)))
        {
            var own = new List<long>();
            for (var i = 0; i < RequestsPerRequester; i++)
            {
                var body = LoadMix.RequestBody(accounts.Instances[(r + i) % accounts.Instances.Count], $"Prepared request {i} of {requester.Name}");
                var created = (await api.SendJsonAsync(HttpMethod.Post, "/v1/requests", body, requester.Token, null, cancellationToken))
                    .Expect(HttpStatusCode.Created, $"POST /v1/requests ({requester.Name})");
                own.Add(JsonNode.Parse(created.Body)!["id"]!.GetValue<long>());
            }
            requestsOf.Add(own);
        }
        return new LoadWorld(accounts, root, requesters, specialists, customerSpecialists, people, requestsOf)
        {
            StreamTokens = new StreamTokenIssuer(database.BenchConnectionString, specialistIds.Prepend(provider.OwnerId).ToList(), provider.Id,
                accounts.Customers.Select(c => (c.OwnerId, c.Id)).ToList()),
        };
    }

    /// <summary>Issues the held streams' tokens, at most <see cref="StreamsPerToken"/> streams on each, as a console's would be.</summary>
    public required StreamTokenIssuer StreamTokens { get; init; }
}

/// <summary>
/// Tokens for held streams: stream i listens as a provider specialist (even i) or a customer's owner (odd i), with a
/// token of its own for every <see cref="LoadWorld.StreamsPerToken"/> streams, so no token goes past the server's cap
/// per listener, as in production.
/// </summary>
internal sealed class StreamTokenIssuer(string superuser, IReadOnlyList<long> providerPeople, string provider, IReadOnlyList<(long Person, string Account)> customers)
{
    public async Task<List<Actor>> IssueAsync(int streams, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(superuser);
        await connection.OpenAsync(cancellationToken);
        var tokens = new Dictionary<int, Actor>();
        var actors = new List<Actor>();
        for (var i = 0; i < streams; i++)
        {
            // Consecutive streams of one side share a token, ten at most.
            var side = i % 2;
            var group = i / 2 / LoadWorld.StreamsPerToken * 2 + side;
            if (!tokens.TryGetValue(group, out var actor))
            {
                var n = group / 2;
                var (person, account) = side == 0 ? (providerPeople[n % providerPeople.Count], provider) : customers[n % customers.Count];
                actor = new Actor($"stream listener {group}", await PostgresRequestsRun.NewTokenAsync(connection, account, person, cancellationToken), account);
                tokens[group] = actor;
            }
            actors.Add(actor);
        }
        return actors;
    }
}
