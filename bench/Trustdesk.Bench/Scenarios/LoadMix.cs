using System.Text.Json.Nodes;

namespace Trustdesk.Bench.Scenarios;

/// <summary>One call the load will make: its kind, who makes it, what it asks; <c>Customer</c> ≥ 0 for a registration.</summary>
internal sealed record PlannedCall(int Kind, Actor Actor, HttpMethod Method, string Path, string? Json, int Customer = -1);

/// <summary>
/// The mix of a working day, by weight out of 100: reads (a request, the caller, a person), lists with a filter
/// (requests, people), notes and registrations. Reads and notes aim at the requests made before the load, so every
/// call is one its caller may make (each kind is tried once before the load: <see cref="LoadScenario"/>). Seeded:
/// the same seed plans the same calls.
/// </summary>
internal static class LoadMix
{
    public static readonly (string Name, int Weight)[] Kinds =
    [
        ("GET /v1/requests/:id", 25),
        ("GET /v1/me", 10),
        ("GET /v1/people/:id", 10),
        ("GET /v1/requests?status=… (list)", 15),
        ("GET /v1/people?organization_id=… (list)", 10),
        ("POST /v1/requests/:id/notes", 15),
        ("POST /v1/requests", 15),
    ];

    public const int Create = 6;

    public static string RequestBody(long instance, string subject) =>
        new JsonObject { ["subject"] = subject, ["service_instance_id"] = instance }.ToJsonString();

    /// <summary><paramref name="count"/> calls of the mix (or of one kind only), the same for the same seed.</summary>
    public static PlannedCall[] Plan(LoadWorld world, int count, int seed, int? onlyKind = null)
    {
        var random = new Random(seed);
        var totalWeight = Kinds.Sum(k => k.Weight);
        var calls = new PlannedCall[count];
        for (var i = 0; i < count; i++)
        {
            var kind = onlyKind ?? KindAt(random.Next(totalWeight));
            calls[i] = Make(world, kind, random, $"{seed}-{i}");
        }
        return calls;
    }

    private static int KindAt(int roll)
    {
        for (var k = 0; k < Kinds.Length; k++)
        {
            if (roll < Kinds[k].Weight) return k;
            roll -= Kinds[k].Weight;
        }
        throw new InvalidOperationException("Roll past the weights.");
    }

    private static PlannedCall Make(LoadWorld world, int kind, Random random, string label)
    {
        T Any<T>(IReadOnlyList<T> list) => list[random.Next(list.Count)];
        var r = random.Next(world.Requesters.Count);
        var requester = world.Requesters[r];
        var byRequester = random.Next(2) == 0;
        switch (kind)
        {
            case 0 when byRequester:
                return new(kind, requester, HttpMethod.Get, $"/v1/requests/{Any(world.RequestsOf[r])}", null);
            case 0:
                return new(kind, Any(world.ProviderSpecialists), HttpMethod.Get, $"/v1/requests/{Any(world.AllRequests)}", null);
            case 1:
                return new(kind, byRequester ? requester : Any(world.ProviderSpecialists), HttpMethod.Get, "/v1/me", null);
            case 2:
                return new(kind, Any(world.CustomerSpecialists), HttpMethod.Get, $"/v1/people/{Any(world.People)}", null);
            case 3 when byRequester:
                return new(kind, requester, HttpMethod.Get, "/v1/requests?status=assigned&sort=-id", null);
            case 3:
                return new(kind, Any(world.ProviderSpecialists), HttpMethod.Get,
                    $"/v1/requests?status=assigned&customer_account_id={Any(world.Accounts.Customers).Id}", null);
            case 4:
                return new(kind, Any(world.CustomerSpecialists), HttpMethod.Get,
                    $"/v1/people?organization_id={world.RootOrganization}&page={1 + random.Next(5)}", null);
            case 5 when byRequester:
                return new(kind, requester, HttpMethod.Post, $"/v1/requests/{Any(world.RequestsOf[r])}/notes",
                    new JsonObject { ["text"] = $"Any news? ({label})" }.ToJsonString());
            case 5:
                return new(kind, Any(world.ProviderSpecialists), HttpMethod.Post, $"/v1/requests/{Any(world.AllRequests)}/notes",
                    new JsonObject { ["text"] = $"Looked into it ({label})", ["internal"] = true }.ToJsonString());
            case Create:
                var customer = random.Next(world.Accounts.Customers.Count);
                return new(kind, requester, HttpMethod.Post, "/v1/requests", RequestBody(world.Accounts.Instances[customer], $"Load request {label}"), customer);
            default:
                throw new ArgumentOutOfRangeException(nameof(kind));
        }
    }
}
