using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Trustdesk.Isolation.Tests.Oracle;
using Trustdesk.Isolation.Tests.Paths;
using Trustdesk.Isolation.Tests.World;
using Trustdesk.Web.Tests.Pages;

namespace Trustdesk.Isolation.Tests.Checks;

/// <summary>
/// The web UI's pages (<see cref="PageTable"/>) for a sample of actors who are people, signed in with a cookie: every
/// console page of the actor's account (the URL's account for the header) and the person's portal, against the oracle.
/// A visible record's page answers 200 with its canary; any other the 404 page byte-identical to a missing id's; with no
/// role in the account, every console URL is the 404 page of an account that does not exist. Lists are compared with the
/// oracle's sets, every answer is canary-scanned, and forms aimed at hidden records change nothing.
/// </summary>
public sealed partial class PageChecks(PersonSessions sessions, Visibility oracle, CheckRun run)
{
    public const string NoSuchAccount = "no-such-account";
    private const int HiddenPerWrite = 2;
    private const string RequestPage = "/console/{account}/requests/{id}";

    private TheWorld World => oracle.World;

    /// <summary>The actors' console pages (and writes), then each of their people's portal (and writes).</summary>
    public async Task RunAsync(IReadOnlyCollection<Actor> actors, bool writes, int concurrency = 3)
    {
        using var gate = new SemaphoreSlim(concurrency);
        async Task OneAtATimeAsync(Func<Task> check)
        {
            await gate.WaitAsync();
            try
            {
                await check();
            }
            finally
            {
                gate.Release();
            }
        }
        await Task.WhenAll(actors.Select(a => OneAtATimeAsync(() => ConsoleAsync(a, writes))));
        await Task.WhenAll(actors.Select(a => a.Person!).DistinctBy(p => p.Id).Select(p => OneAtATimeAsync(() => PortalAsync(p, writes))));
        await AnonymousAsync();
    }

    private async Task ConsoleAsync(Actor actor, bool writes)
    {
        var account = actor.Account!;
        var seat = oracle.ConsoleSeat(actor);
        var allowed = seat is null ? new HashSet<string>(StringComparer.Ordinal) { actor.Person!.Canary } : oracle.AllowedCanaries(seat);
        // A request's page offers, to hand it over, what the seat does not otherwise see (the oracle's HandOverChoices).
        var offered = seat is null ? null
            : new Dictionary<string, HashSet<string>>(StringComparer.Ordinal) { ["GET " + RequestPage] = oracle.HandOverChoices(seat) };
        var visit = new PageVisit(run, World, actor, await sessions.OfAsync(actor.Person!), allowed, offered);
        var console = PageTable.All.Where(p => !p.IsPortal && p.Method == "GET").ToList();
        if (seat is null)
        {
            foreach (var path in console) await RefusedAsync(visit, path, account);
        }
        else
        {
            foreach (var path in console.OfType<PageByIdPath>()) await ByIdAsync(visit, path, account, seat);
            foreach (var path in console.OfType<PageListPath>()) await ListAsync(visit, path, account, seat);
            foreach (var path in console.OfType<PageScanPath>()) await ScanAsync(visit, path, account, seat);
        }
        if (!writes) return;
        foreach (var path in PageTable.Of<PageWritePath>().Where(p => !p.IsPortal))
        {
            // As WriteChecks: records of other accounts that the account does not see at all, whatever the role.
            var hidden = seat is null
                ? World.OfKind(path.Kind).Where(r => r.Account == account).Take(HiddenPerWrite)
                : World.OfKind(path.Kind).Where(r => r.Account != seat.Id && !oracle.Sees(Elevated(seat), r)).Take(HiddenPerWrite);
            await WritesAsync(visit, path, account, seat is null ? NoSuchAccount : account, hidden.ToList());
        }
    }

    private async Task PortalAsync(WPerson person, bool writes)
    {
        var seat = oracle.PortalSeat(person);
        var visit = new PageVisit(run, World, $"person {person.Id} ({person.Canary}) in the portal", await sessions.OfAsync(person),
            oracle.PortalCanaries(person));
        var portal = PageTable.All.Where(p => p.IsPortal).ToList();
        foreach (var path in portal.OfType<PageByIdPath>()) await ByIdAsync(visit, path, person.Account, seat);
        foreach (var path in portal.OfType<PageListPath>()) await ListAsync(visit, path, person.Account, seat);
        foreach (var path in portal.OfType<PageScanPath>()) await ScanAsync(visit, path, person.Account, seat);
        await SwitcherAsync(visit, person);
        if (!writes) return;
        foreach (var path in portal.OfType<PageWritePath>())
        {
            // Someone else's records (requests, approvals), of the person's own account first: the portal may say no more about those.
            var hidden = World.OfKind(path.Kind).Where(r => !oracle.Sees(seat, r))
                .OrderBy(r => r.Account == person.Account ? 0 : 1).Take(HiddenPerWrite);
            await WritesAsync(visit, path, person.Account, person.Account, hidden.ToList());
        }
    }

    private static Seat Elevated(Seat seat) => seat with { Roles = new HashSet<string>(StringComparer.Ordinal) { "specialist", "account_administrator" } };

    /// <summary>A console page in an account where the person has no role: the 404 page of an account that does not exist.</summary>
    private async Task RefusedAsync(PageVisit visit, PagePath path, string account)
    {
        var missing = await visit.MissingAsync(path.Template, PageTable.Url(path.Template, NoSuchAccount, ActorSession.MissingId));
        List<WorldRecord?> records = path is PageByIdPath byId ? [.. World.OfKind(byId.Kind)] : [null];
        foreach (var record in records)
        {
            var answer = await visit.GetAsync(path.Template, PageTable.Url(path.Template, account, record is null ? "" : Id(record)));
            if (!answer.SameAs(missing)) Differs(visit, record, answer, missing);
            run.Count("ui page refused");
        }
    }

    private async Task ByIdAsync(PageVisit visit, PageByIdPath path, string account, Seat seat)
    {
        var missing = await visit.MissingAsync(path.Template, PageTable.Url(path.Template, account, ActorSession.MissingId));
        if (missing.Status != 404) run.Wrong(visit.Actor, "-", missing.Request, $"a missing id answered {missing.Status}, not the 404 page");
        foreach (var record in World.OfKind(path.Kind).ToList())
        {
            var answer = await visit.GetAsync(path.Template, PageTable.Url(path.Template, account, Id(record)));
            if (path.Visible(oracle, seat, record))
            {
                if (answer.Status != 200) run.WrongDenial(visit.Actor, record, answer.Request, $"expected 200, got {answer.Status}");
                else if (!answer.Html.Contains(record.Canary, StringComparison.Ordinal))
                    run.WrongDenial(visit.Actor, record, answer.Request, "200 without the record's canary");
            }
            else if (!answer.SameAs(missing)) Differs(visit, record, answer, missing);
            run.Count("ui page by id");
        }
    }

    private async Task ListAsync(PageVisit visit, PageListPath path, string account, Seat seat)
    {
        var url = PageTable.Url(path.Template, account, "");
        var link = new Regex(Regex.Escape(PageTable.Url(path.Link, account, "ID")).Replace("ID", @"(\d+)", StringComparison.Ordinal) + "\"");
        var listed = new HashSet<long>();
        for (var next = url; next is not null;)
        {
            var answer = await visit.GetAsync(path.Template, next);
            if (answer.Status != 200)
            {
                run.WrongDenial(visit.Actor, "-", answer.Request, $"expected 200, got {answer.Status}");
                return;
            }
            foreach (Match m in link.Matches(answer.Html)) listed.Add(long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
            next = NextPage().Match(answer.Html) is { Success: true } n ? WebUtility.HtmlDecode(n.Groups[1].Value) : null;
        }
        var records = World.OfKind(path.Kind).ToList();
        var expected = records.Where(r => path.Lists(oracle, seat, r)).Select(r => r.Id).ToHashSet();
        // A page that shows at most Cap records can only be held to showing some of the oracle's, then.
        var exact = path.Cap is not { } cap || expected.Count < cap;
        foreach (var record in records)
        {
            var (want, got) = (expected.Contains(record.Id), listed.Contains(record.Id));
            if (got && !want) run.Leak(visit.Actor, record, url, "linked, but the oracle hides it");
            if (want && !got && exact) run.WrongDenial(visit.Actor, record, url, "left out, but the oracle shows it");
            run.Count("ui page membership");
        }
        foreach (var id in listed.Where(id => records.All(r => r.Id != id)))
            run.Wrong(visit.Actor, $"unknown id {id}", url, "a record the world does not hold was linked");
    }

    /// <summary>
    /// The layout's account switcher, on the person's portal page: it offers exactly the accounts where the oracle counts
    /// their roles (<see cref="Visibility.SwitcherAccounts"/>), read by the application in a scope of their own (ADR 48).
    /// </summary>
    private async Task SwitcherAsync(PageVisit visit, WPerson person)
    {
        const string page = "/portal/password";
        var answer = await visit.GetAsync(page, page);
        if (answer.Status != 200)
        {
            run.WrongDenial(visit.Actor, "-", answer.Request, $"expected 200, got {answer.Status}");
            return;
        }
        var switcher = Switcher().Match(answer.Html);
        var offered = switcher.Success
            ? SwitcherLink().Matches(switcher.Value).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
        var expected = oracle.SwitcherAccounts(person);
        foreach (var account in World.Accounts)
        {
            var (want, got) = (expected.Contains(account.Id), offered.Contains(account.Id));
            if (got && !want) run.Leak(visit.Actor, $"account {account.Id}", answer.Request, "offered by the account switcher, but the person's roles do not count there");
            if (want && !got) run.WrongDenial(visit.Actor, $"account {account.Id}", answer.Request, "left out of the account switcher, but the person's roles count there");
            run.Count("ui switcher membership");
        }
        foreach (var id in offered.Where(id => World.FindAccount(id) is null))
            run.Wrong(visit.Actor, $"unknown account {id}", answer.Request, "the account switcher offered an account the world does not hold");
    }

    /// <summary>A page about the account: 200 (every page of it) for those it is for, else the 404 page of a missing account.</summary>
    private async Task ScanAsync(PageVisit visit, PageScanPath path, string account, Seat seat)
    {
        if (path.AdministratorsOnly && !Visibility.IsAdministrator(seat))
        {
            // The person works here, so the account is no secret to them: the page is the 404 page of a missing record here.
            var missing = await visit.MissingAsync(RequestPage, PageTable.Url(RequestPage, account, ActorSession.MissingId));
            var answer = await visit.GetAsync(path.Template, PageTable.Url(path.Template, account, ""));
            if (!answer.SameAs(missing)) Differs(visit, null, answer, missing);
            run.Count("ui page refused");
            return;
        }
        for (var next = PageTable.Url(path.Template, account, ""); next is not null;)
        {
            var answer = await visit.GetAsync(path.Template, next);
            if (answer.Status != 200) run.WrongDenial(visit.Actor, "-", answer.Request, $"expected 200, got {answer.Status}");
            run.Count("ui page status");
            next = answer.Status == 200 && NextPage().Match(answer.Html) is { Success: true } n ? WebUtility.HtmlDecode(n.Groups[1].Value) : null;
        }
    }

    /// <summary>
    /// Forms posted at hidden records: the 404 page, as for a missing id in <paramref name="missingAccount"/>; what they would
    /// write carries a canary no record owns, so a change that went through shows in the owners' re-read.
    /// </summary>
    private async Task WritesAsync(PageVisit visit, PageWritePath path, string account, string missingAccount, List<WorldRecord> hidden)
    {
        if (hidden.Count == 0) return;
        var missing = await visit.PostAsync(path.Template, PageTable.Url(path.Template, missingAccount, ActorSession.MissingId), path.Fields);
        foreach (var record in hidden)
        {
            var url = PageTable.Url(path.Template, account, Id(record));
            var answer = await visit.PostAsync(path.Template, url, path.Fields);
            if (answer.Status is >= HttpStatusCode.OK and < HttpStatusCode.BadRequest)
                run.Leak(visit.Actor, record, "POST " + url, $"a form aimed at a hidden record answered {(int)answer.Status} {answer.Location}");
            else if ((answer.Status, answer.Location, PageAnswer.WithoutToken(answer.Html))
                     != (missing.Status, missing.Location, PageAnswer.WithoutToken(missing.Html)))
                run.Wrong(visit.Actor, record, "POST " + url, $"refusal differs from a missing id's: {(int)answer.Status} vs {(int)missing.Status}");
            run.Count("ui write on a hidden record");
        }
    }

    /// <summary>Without a session every page signs in first: a redirect to the sign-in page, never the page.</summary>
    private async Task AnonymousAsync()
    {
        using var session = PageSession.Anonymous(sessions.Server);
        var visit = new PageVisit(run, World, "anonymous page visitor", session, new HashSet<string>(StringComparer.Ordinal));
        var account = World.Accounts[0].Id;
        foreach (var path in PageTable.All.Where(p => p.Method == "GET"))
        {
            var record = path is PageByIdPath byId ? Id(World.OfKind(byId.Kind).First()) : "";
            var answer = await visit.GetAsync(path.Template, PageTable.Url(path.Template, account, record));
            if (answer.Status != 302 || answer.Location?.StartsWith("/sign-in?ReturnUrl=", StringComparison.Ordinal) != true)
                (answer.Status == 200 ? (Action<object, object, string, string>)run.Leak : run.Wrong)(
                    visit.Actor, record, answer.Request, $"expected a redirect to the sign-in page, got {answer.Status} {answer.Location}");
            run.Count("ui page refused");
        }
    }

    private void Differs(PageVisit visit, WorldRecord? record, PageAnswer answer, PageAnswer missing) =>
        (answer.Status == 200 ? (Action<object, object, string, string>)run.Leak : run.Wrong)(visit.Actor, record?.ToString() ?? "-", answer.Request,
            $"expected the 404 page of {missing.Request}, got {answer.Status} {answer.ContentType} ({answer.Body.Length} bytes vs {missing.Body.Length})");

    private static string Id(WorldRecord record) => record.Id.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("""<details class="switcher">.*?</details>""", RegexOptions.Singleline)]
    private static partial Regex Switcher();

    [GeneratedRegex("""<a href="/console/([^"/]+)"[^>]*>""")]
    private static partial Regex SwitcherLink();

    [GeneratedRegex("""<a href="([^"]+)" rel="next">""")]
    private static partial Regex NextPage();
}
