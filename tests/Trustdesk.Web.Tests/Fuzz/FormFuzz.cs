using System.Text;
using System.Text.RegularExpressions;

namespace Trustdesk.Web.Tests.Fuzz;

/// <summary>
/// The web UI half of the fuzz: every handler of every page (<see cref="PageHandlers"/>) called <see cref="CallsPerHandler"/>
/// times in seeded random order, one call at a time, by signed-in people and an anonymous browser. A page never answers
/// a 5xx nor shows the error page of one, and a form that does not carry its session's antiforgery token is refused
/// before anything runs (400, or the sign-in redirect of a page that needs a session), so it changes nothing.
/// </summary>
public sealed partial class FormFuzz(FuzzWorld world)
{
    public const int CallsPerHandler = 36;

    public int Handlers { get; private set; }
    public int Forms { get; private set; }
    public int Calls { get; private set; }
    public Offenses Offenses { get; } = new();
    public SortedDictionary<int, int> Statuses { get; } = [];
    public CallTimes Times { get; } = new();
    public TimeSpan Crawling { get; private set; }

    public async Task RunAsync()
    {
        var handlers = await PageHandlers.OfAsync(world.Server);
        (Handlers, Forms) = (handlers.Count, handlers.Count(h => h.IsForm));
        Assert.True(Forms >= 10, $"only {Forms} forms were found");
        var serverError = await ServerErrorTitleAsync();
        var crawling = System.Diagnostics.Stopwatch.StartNew();
        var links = await PageLinks.CrawlAsync(world.Sessions, handlers.Select(h => h.Template).Distinct().ToList(), [world.Home.Home.Id, world.Other.Home.Id]);
        Crawling = crawling.Elapsed;
        var random = FuzzSeed.For("forms");
        var calls = new FormCalls(world, links, random);

        for (var round = 0; round < CallsPerHandler; round++)
            foreach (var handler in handlers.OrderBy(_ => random.Next()).ToList())
            {
                var (call, session, carriesToken) = calls.Next(handler);
                var answer = await Times.TimeAsync(call.Operation, () => session.Http.SendAsync(call));
                var location = answer.Header("Location") ?? "";
                Statuses[answer.Status] = Statuses.GetValueOrDefault(answer.Status) + 1;
                if (answer.Failure is not null) Offenses.Add("no answer", call, answer);
                else if (answer.Status >= 500) Offenses.Add("a server error", call, answer);
                else if (Encoding.UTF8.GetString(answer.Body).Contains(serverError, StringComparison.Ordinal))
                    Offenses.Add("the error page of a server error", call, answer);
                else if (LeavesTheSite(location)) Offenses.Add("a redirect to another site", call, answer, "Location: " + location);
                else if (handler.IsForm && !carriesToken && answer.Status is not (400 or 404 or 405) && !(answer.Status == 302 && location.Contains("/sign-in", StringComparison.Ordinal)))
                    Offenses.Add("a form without its session's token was not refused", call, answer, location.Length > 0 ? "Location: " + location : null);
                Calls++;
                // A form may have ended the session (signing out is a form too): take it back, so the fuzz goes on as that person.
                world.Resume(session);
            }
    }

    /// <summary>
    /// Whether a redirect leaves the app (an open redirect, as a hostile <c>ReturnUrl</c> would make one): anything but a
    /// path of its own (<c>//host</c> and <c>/\host</c> are other hosts to a browser) or an address on its own host.
    /// </summary>
    private static bool LeavesTheSite(string location) =>
        location.Length > 0 && (location.StartsWith("//", StringComparison.Ordinal) || location.StartsWith("/\\", StringComparison.Ordinal)
            || (!location.StartsWith('/') && !location.StartsWith("http://localhost/", StringComparison.Ordinal)));

    /// <summary>The title of the page a server error shows, read from the app, so that a page showing it is caught whatever its status.</summary>
    private async Task<string> ServerErrorTitleAsync()
    {
        var anonymous = world.Sessions.Single(s => s.Email is null);
        var title = Title().Match(await anonymous.Http.GetStringAsync("/error/500"));
        Assert.True(title.Success, "the error page of a server error has no <h1>");
        Assert.DoesNotContain(title.Value, await anonymous.Http.GetStringAsync("/error/404"), StringComparison.Ordinal);
        return title.Value;
    }

    [GeneratedRegex("<h1>[^<]+</h1>")]
    private static partial Regex Title();
}
