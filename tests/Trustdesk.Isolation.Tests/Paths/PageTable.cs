using Trustdesk.Isolation.Tests.Oracle;
using Trustdesk.Isolation.Tests.World;
using V = Trustdesk.Isolation.Tests.Oracle.Visibility;

namespace Trustdesk.Isolation.Tests.Paths;

/// <summary>
/// Every page of the web UI and how the suite checks it (docs/isolation.md), beside <see cref="PathTable"/>'s API routes.
/// The console's pages read through the same seat as the API with the URL's account for the header; the portal's
/// through the person's end-user seat in their own account (<see cref="Visibility.PortalSeat"/>).
/// </summary>
public static class PageTable
{
    /// <summary>The console inbox's predefined filters (Inbox.cshtml.cs), by what it shows.</summary>
    public static readonly string[] RequestFilters = ["open", "assigned_to_me", "assigned_to_my_team", "waiting_for_me", "stranded"];
    public static readonly string[] TaskFilters = ["open", "assigned_to_me", "assigned_to_my_team", "approval_by_me", "stranded"];

    private static readonly Dictionary<string, string> Note = new(StringComparer.Ordinal) { ["NoteText"] = "Note zqat00006q" };

    // An answer with a note, from a form shown at version 1 (the handler finds the task before it looks at the version).
    private static readonly Dictionary<string, string> Answer = new(StringComparer.Ordinal)
    {
        ["Version"] = "1", ["answer"] = "approved", ["Note"] = "Note zqat00008q",
    };

    // A change of an article from a form shown at version 0: the handler finds the article before it looks at the version.
    private static readonly Dictionary<string, string> ArticleForm = new(StringComparer.Ordinal)
    {
        ["Version"] = "0", ["Form.Subject"] = "Article zqat00009q", ["Form.Instructions"] = "Instructions zqat00010q", ["Form.ServiceId"] = "1",
    };

    public static readonly IReadOnlyList<PagePath> All =
    [
        // The console: the requests, tasks and workflows the account sees, as the API's seat sees them.
        new PageByIdPath("/console/{account}/requests/{id}", Kind.Request, (v, s, r) => v.SeesRequest(s, (WRequest)r)),
        new PageByIdPath("/console/{account}/tasks/{id}", Kind.Task, (v, s, r) => v.SeesTask(s, (WTask)r)),
        new PageByIdPath("/console/{account}/workflows/{id}", Kind.Workflow, (v, s, r) => v.SeesWorkflow(s, (WWorkflow)r)),
        .. RequestFilters.Select(f => new PageListPath("/console/{account}?filter=" + f, Kind.Request, "/console/{account}/requests/{id}",
            (v, s, r) => v.ListsRequest(s, (WRequest)r, f))),
        .. TaskFilters.Select(f => new PageListPath("/console/{account}?show=tasks&filter=" + f, Kind.Task, "/console/{account}/tasks/{id}",
            (v, s, r) => v.ListsTask(s, (WTask)r, f))),
        new PageByIdPath("/console/{account}/knowledge/{id}", Kind.KnowledgeArticle, (v, s, r) => v.SeesKnowledgeArticle(s, (WArticle)r)),
        new PageListPath("/console/{account}/knowledge", Kind.KnowledgeArticle, "/console/{account}/knowledge/{id}",
            (v, s, r) => v.SeesKnowledgeArticle(s, (WArticle)r)),
        new PageScanPath("/console/{account}/trusts", AdministratorsOnly: false),
        .. new[] { "people", "teams", "services" }.Select(list => new PageScanPath("/console/{account}/" + list, AdministratorsOnly: true)),
        new PageStreamPath("/console/{account}/events"),

        // The portal: the person's catalog, own requests and approvals, across every account.
        new PageListPath("/portal", Kind.ServiceInstance, "/portal/instances/{id}/request", (v, s, r) => v.Catalog(s.Person).Contains(r.Id)),
        new PageListPath("/portal/requests", Kind.Request, "/portal/requests/{id}", (_, s, r) => V.IsOwn(s, (WRequest)r), Cap: 100),
        new PageByIdPath("/portal/requests/{id}", Kind.Request, (v, s, r) => v.SeesRequest(s, (WRequest)r)),
        new PageByIdPath("/portal/instances/{id}/request", Kind.ServiceInstance, (v, s, r) => v.Catalog(s.Person).Contains(r.Id)),
        new PageScanPath("/portal/password", AdministratorsOnly: false),
        // The knowledge articles that reach the person (product.md §7, ADR 46).
        new PageByIdPath("/portal/articles/{id}", Kind.KnowledgeArticle, (v, s, r) => v.SeesKnowledgeArticle(s, (WArticle)r)),
        // The person's approvals, across every account (ADR 29).
        new PageListPath("/portal/approvals", Kind.Task, "/portal/approvals/{id}", (v, s, r) => v.ListsTask(s, (WTask)r, "approval_by_me"), Cap: 100),
        new PageByIdPath("/portal/approvals/{id}", Kind.Task, (v, s, r) => v.SeesTask(s, (WTask)r)),

        // Forms aimed at records by id.
        new PageWritePath("/console/{account}/requests/{id}?handler=Note", Kind.Request, Note),
        new PageWritePath("/console/{account}/tasks/{id}?handler=Note", Kind.Task, Note),
        new PageWritePath("/portal/requests/{id}", Kind.Request, Note),
        new PageWritePath("/portal/approvals/{id}", Kind.Task, Answer),
        new PageWritePath("/portal/articles/{id}?handler=Solved", Kind.KnowledgeArticle, new Dictionary<string, string>()),
        new PageWritePath("/console/{account}/knowledge/{id}", Kind.KnowledgeArticle, ArticleForm),
    ];

    public static IEnumerable<T> Of<T>() where T : PagePath => All.OfType<T>();

    /// <summary>The page's address for <paramref name="account"/> and record <paramref name="id"/>.</summary>
    public static string Url(string template, string account, string id) =>
        template.Replace("{account}", account, StringComparison.Ordinal).Replace("{id}", id, StringComparison.Ordinal);
}
