using Trustdesk.Isolation.Tests.World;
using Trustdesk.Web.Tests.Pages;

namespace Trustdesk.Isolation.Tests.Checks;

/// <summary>
/// One actor's pages during a check pass, as <see cref="ActorSession"/> is for the API: the cookie session, the canaries
/// its answers may carry, and the answers for surely missing ids (or accounts) that refusals are compared with.
/// </summary>
public sealed class PageVisit(
    CheckRun run, TheWorld world, object actor, PageSession session, HashSet<string> allowed,
    IReadOnlyDictionary<string, HashSet<string>>? alsoOn = null)
{
    private readonly Dictionary<string, PageAnswer> _missing = new(StringComparer.Ordinal);
    private readonly HashSet<string> _scanned = new(StringComparer.Ordinal);

    public object Actor { get; } = actor;
    public PageSession Session { get; } = session;

    /// <summary>GET with the canary scan.</summary>
    public async Task<PageAnswer> GetAsync(string template, string url)
    {
        var answer = await PageAnswer.GetAsync(Session.Http, url);
        Scan(answer.Html + "\n" + answer.Headers, answer.Request, "GET " + template);
        return answer;
    }

    /// <summary>The answer for <paramref name="url"/> (a missing id or account), asked once per template.</summary>
    public async Task<PageAnswer> MissingAsync(string template, string url)
    {
        if (_missing.TryGetValue(template, out var known)) return known;
        return _missing[template] = await GetAsync(template, url);
    }

    /// <summary>Posts a form with the antiforgery token of a page every signed-in person loads (the layout's sign-out form).</summary>
    public async Task<PageResponse> PostAsync(string template, string url, IReadOnlyDictionary<string, string> fields)
    {
        var answer = await Session.PostFormAsync("/portal", url, new Dictionary<string, string>(fields, StringComparer.Ordinal));
        Scan(answer.Html + "\n" + answer.Location, "POST " + url, "POST " + template);
        return answer;
    }

    /// <summary>
    /// Any canary the actor may not see is a leak, but those <c>alsoOn</c> allows on the page's template (what a
    /// form offers); each canary checked absent counts once per template.
    /// </summary>
    private void Scan(string text, string request, string template)
    {
        var also = alsoOn?.GetValueOrDefault(template);
        foreach (var canary in Canaries.In(text).Distinct())
            if (!allowed.Contains(canary) && also?.Contains(canary) != true)
                run.Leak(Actor, world.ByCanary(canary)?.ToString() ?? "unknown canary " + canary, request, "foreign canary " + canary + " in the page");
        if (_scanned.Add(template)) run.Count(CheckRun.PageCanaryAbsent, world.All.Count(r => r.Canary.Length > 0 && !allowed.Contains(r.Canary)));
    }
}
