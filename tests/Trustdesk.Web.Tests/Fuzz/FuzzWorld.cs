using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Trustdesk.Web.Tests.Conventions.EveryRoute;
using Trustdesk.Web.Tests.Features.Events;
using Trustdesk.Web.Tests.Infrastructure;
using Trustdesk.Web.Tests.Pages;

namespace Trustdesk.Web.Tests.Fuzz;

/// <summary>
/// A caller of the API: a token (none: anonymous) and the account it acts in (none: its own), and the world whose
/// records it may see as theirs (none: the operator, or nobody).
/// </summary>
public sealed record ApiCaller(string Name, string? Token, string? Account, RouteWorld? World)
{
    /// <summary>The headers that say who calls: <c>Authorization</c> and <c>X-4me-Account</c>, each when there is one.</summary>
    public List<KeyValuePair<string, string>> Credentials()
    {
        var headers = new List<KeyValuePair<string, string>>();
        if (Token is not null) headers.Add(new("Authorization", "Bearer " + Token));
        if (Account is not null) headers.Add(new("X-4me-Account", Account));
        return headers;
    }
}

/// <summary>
/// What the fuzz calls, on a server of its own (the fuzz writes whatever it gets past the API, and other tests must not
/// meet it): two <see cref="RouteWorld"/>s, each an account with records in every collection of the API — <see cref="Home"/>,
/// where the callers act, and <see cref="Other"/>, an unrelated account whose records none of them may see — and the
/// callers, people made for the fuzz so that no path it fills names them (a fuzzed write must not disable or revoke its
/// own callers): an account owner, a specialist and an end user of Home, an owner of Other, the platform operator and
/// an anonymous caller; in the web UI the same people signed in, and an anonymous browser.
/// </summary>
public sealed class FuzzWorld : IAsyncLifetime
{
    public CapturedLogs Logs { get; } = new();
    public TrustdeskServer Server { get; private set; } = null!;
    public RouteWorld Home { get; private set; } = null!;
    public RouteWorld Other { get; private set; } = null!;
    public IReadOnlyList<ApiCaller> Callers { get; private set; } = [];
    public IReadOnlyList<FormSession> Sessions { get; private set; } = [];
    public Vocabulary Words { get; private set; } = null!;

    /// <summary>How often a fuzzed call left a caller without its standing (an account disabled, a session signed out) and the world restored it.</summary>
    public int Restorations { get; private set; }

    /// <summary>How long making the world took, and its parts.</summary>
    public TimeSpan Made { get; private set; }
    public string MadeOf { get; private set; } = "";

    /// <summary>Takes a session back that a fuzzed form signed out (<see cref="FormSession.Resume"/>).</summary>
    public void Resume(FormSession session) => Restorations += session.Resume() ? 1 : 0;

    public ApiCaller Caller(string name) => Callers.Single(c => c.Name == name);

    public async Task InitializeAsync()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Server = new TrustdeskServer(services: s => s.AddSingleton<ILoggerProvider>(Logs)).Started();
        var started = clock.Elapsed;
        // One after the other, so that on its fresh database every run gets the same ids: a seed replays the same calls.
        Home = await RouteWorld.BuildOnAsync(Server);
        Other = await RouteWorld.BuildOnAsync(Server);
        var built = clock.Elapsed;

        var administrator = await PersonAsync(Home, "account_owner", "specialist", "workflow_manager");
        var specialist = await PersonAsync(Home, "specialist");
        var endUser = await PersonAsync(Home);
        var stranger = await PersonAsync(Other, "account_owner", "specialist", "workflow_manager");
        Callers =
        [
            new("administrator", administrator.Token, Home.Home.Id, Home),
            new("specialist", specialist.Token, Home.Home.Id, Home),
            new("end user", endUser.Token, Home.Home.Id, Home),
            new("stranger", stranger.Token, Other.Home.Id, Other),
            new("operator", Server.OperatorToken, null, null),
            new("anonymous", null, null, null),
        ];
        Sessions =
        [
            await SessionAsync("administrator", Home, administrator.Id), await SessionAsync("specialist", Home, specialist.Id),
            await SessionAsync("end user", Home, endUser.Id), await SessionAsync("stranger", Other, stranger.Id),
            await FormSession.OpenAsync("anonymous", Server),
        ];

        // The callers' own people and tokens are never a path's record: see the summary.
        var own = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in new[] { administrator, specialist, endUser, stranger })
        {
            own.Add(person.Id.ToString(CultureInfo.InvariantCulture));
            var tokens = (await Server.Client(person.Token).GetAsync("/v1/access_tokens")).Expect(200);
            own.UnionWith(tokens.Ids().Select(id => id.ToString(CultureInfo.InvariantCulture)));
        }
        var enums = (await Server.Operator.GetAsync("/v1/enums")).Expect(200).Record
            .GroupBy(e => e.Key.Split('.')[^1])
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.SelectMany(e => e.Value!.AsArray().Select(v => v!["id"]!.GetValue<string>())).Distinct().ToList());
        // Ids of records only (the accounts' ids are random, and would move the others in the list from one run to the next).
        IReadOnlyList<string> Records(RouteWorld world) => world.NamedIds.Where(id => id.All(char.IsAsciiDigit)).Except(own).ToList();
        Words = new Vocabulary(Records(Home), Records(Other), [Home.Home.Id, Other.Home.Id], enums);
        Made = clock.Elapsed;
        MadeOf = $"server {started.TotalSeconds:0.0} s, two worlds {(built - started).TotalSeconds:0.0} s, callers {(Made - built).TotalSeconds:0.0} s";
    }

    /// <summary>
    /// Checks that every caller still has its standing, and restores what a fuzzed call took (the operator may disable an
    /// account, a form may sign a session out): a fuzz whose callers are all refused would find nothing more.
    /// </summary>
    public async Task KeepStandingAsync()
    {
        if (!await AllStandAsync())
        {
            Restorations++;
            foreach (var account in new[] { Home.Home.Id, Other.Home.Id })
                (await Server.Operator.PatchAsync($"/v1/accounts/{account}", new { disabled = false })).Expect(200);
            if (!await AllStandAsync()) throw new InvalidOperationException("a fuzzed call took a caller's standing, and enabling the accounts did not restore it");
        }
        foreach (var session in Sessions) Resume(session);
    }

    private async Task<bool> AllStandAsync()
    {
        foreach (var caller in Callers.Where(c => c.World is not null))
            if ((await Server.Client(caller.Token, caller.Account).GetAsync("/v1/me")).Status != 200) return false;
        return true;
    }

    private async Task<(long Id, string Token)> PersonAsync(RouteWorld world, params string[] roles)
    {
        var id = await world.Home.AddPersonAsync("Fuzz caller " + Ids.Hex(4));
        if (roles.Length > 0) await world.Home.GrantAsync(id, roles);
        return (id, await ServerWrites.IssueTokenAsync(Server, world.Home.Id, id));
    }

    private async Task<FormSession> SessionAsync(string name, RouteWorld world, long personId)
    {
        var (email, password) = await ConsoleWorld.SetPasswordAsync(Server, world.Home.Id, personId);
        return await FormSession.OpenAsync(name, Server, email, password);
    }

    public Task DisposeAsync()
    {
        foreach (var session in Sessions) session.Dispose();
        Server.Dispose();
        return Task.CompletedTask;
    }
}
