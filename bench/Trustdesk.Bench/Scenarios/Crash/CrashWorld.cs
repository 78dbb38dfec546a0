using Trustdesk.Bench.Http;

namespace Trustdesk.Bench.Scenarios.Crash;

/// <summary>
/// The crash scenario's accounts, made through the API as the events and workflows scenarios make theirs: an end user
/// whose requests are routed to a provider across four customers' SLAs, and the provider's specialist
/// (<see cref="EventsWorld"/>); HR's onboarding template, worked by HR, IT and Facilities across their trusts, and HR's
/// specialist, whose requests wait for workflows (<see cref="WorkflowsWorld"/>).
/// </summary>
internal sealed record CrashWorld(EventsWorld Events, WorkflowsWorld Workflows)
{
    public Actor EndUser => new("end user", Events.Directory.OwnerToken, Events.Directory.Id);
    public Actor ProviderSpecialist => new("provider specialist", Events.Provider.OwnerToken, Events.Provider.Id);

    /// <summary>The specialists who see every request of their account: the accounts the clients register requests in.</summary>
    public IReadOnlyList<Actor> RequestAccounts => [ProviderSpecialist, Workflows.HrSpecialist];

    /// <summary>Both worlds at once, each through a connection of its own: they share nothing.</summary>
    public static async Task<CrashWorld> CreateAsync(Uri server, string operatorToken, CancellationToken cancel)
    {
        using var first = new ApiClient(server);
        using var second = new ApiClient(server);
        var events = EventsWorld.CreateAsync(first, operatorToken, cancel);
        var workflows = WorkflowsWorld.CreateAsync(second, operatorToken, cancel);
        return new(await events, await workflows);
    }
}
