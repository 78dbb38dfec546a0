using Trustdesk.Isolation.Tests.Oracle;
using Trustdesk.Isolation.Tests.World;
using V = Trustdesk.Isolation.Tests.Oracle.Visibility;

namespace Trustdesk.Isolation.Tests.Paths;

/// <summary>
/// Every endpoint of the API with how the suite checks it (docs/isolation.md). A new endpoint must be added here, as a
/// read, a write, a creation or as not account-owned: <c>EndpointInventoryTests</c> fails otherwise. A UI page is added
/// the same way, as a path whose answer is HTML (canary-scanned like any answer).
/// </summary>
public static class PathTable
{
    private static readonly object Rename = new { name = "Renamed zqat00001q" };
    private static readonly object Subject = new { subject = "Renamed zqat00002q" };
    private static readonly object Note = new { text = "Note zqat00003q" };

    private static GetPath Get(string template, Kind kind, Func<V, Seat, WorldRecord, bool> visible) => new(template, kind, visible);

    private static bool Own(V _, Seat s, WorldRecord r) => V.SeesOwn(s, r);
    private static bool Shared(V _, Seat s, WorldRecord r) => V.SeesShared(s, r);
    private static bool Person(V _, Seat s, WorldRecord r) => V.SeesPerson(s, (WPerson)r);
    private static bool Request(V v, Seat s, WorldRecord r) => v.SeesRequest(s, (WRequest)r);
    private static bool Task(V v, Seat s, WorldRecord r) => v.SeesTask(s, (WTask)r);
    private static bool TaskByAccount(V v, Seat s, WorldRecord r) => v.SeesTaskByAccount(s, (WTask)r);
    private static bool Workflow(V v, Seat s, WorldRecord r) => v.SeesWorkflow(s, (WWorkflow)r);
    private static bool WorkflowByAccount(V v, Seat s, WorldRecord r) => v.SeesWorkflowByAccount(s, (WWorkflow)r);
    private static bool WorkflowInside(V _, Seat s, WorldRecord r) => V.SeesWorkflowInside(s, (WWorkflow)r);
    private static bool Trust(V _, Seat s, WorldRecord r) => V.SeesTrust(s, (WTrust)r);
    private static bool Article(V v, Seat s, WorldRecord r) => v.SeesKnowledgeArticle(s, (WArticle)r);
    private static bool Problem(V _, Seat s, WorldRecord r) => V.SeesProblem(s, (WProblem)r);
    private static bool Ci(V v, Seat s, WorldRecord r) => v.SeesCi(s, (WCi)r);
    private static bool Product(V _, Seat s, WorldRecord r) => V.SeesProduct(s, (WProduct)r);
    private static bool Contract(V _, Seat s, WorldRecord r) => V.SeesContract(s, (WContract)r);

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A person who uses a CI, to remove through a hidden CI: a removal that went through would take a user off it, which the next pass would find.</summary>
    private static string CiUserId(TheWorld w) => Id(w.Cis.FirstOrDefault(c => c.Users.Count > 0)?.Users[0] ?? w.People[0].Id);

    /// <summary>A relation of the world, to remove through a hidden CI: the next pass would find it gone from its CIs.</summary>
    private static string CiRelationId(TheWorld w) => Id(w.CiRelations.Count > 0 ? w.CiRelations[0].Id : 1);

    /// <summary>A CI of the world, to link through a hidden request: a link that went through would list it under the request.</summary>
    private static string CiId(TheWorld w) => Id(w.Cis.Count > 0 ? w.Cis[0].Id : 1);

    /// <summary>A CI linked to a request (when the world has a link), to unlink through a hidden request.</summary>
    private static string LinkedCiId(TheWorld w) => Id(w.RequestCis.Count > 0 ? w.RequestCis[0].Ci : w.Cis.Count > 0 ? w.Cis[0].Id : 1);

    /// <summary>An article of the world, validated for end users where there is one, to link through a request the caller does not see.</summary>
    private static string ArticleId(TheWorld w) =>
        (w.Articles.FirstOrDefault(a => a.Status == ArticleStatus.Validated && a.EndUsers) ?? w.Articles[0]).Id
            .ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// A request of the world that no problem has, to link through a hidden problem: a link that went through would show
    /// the problem on the request, and in its account's <c>/problems/:id/requests</c>, which the next pass would find.
    /// </summary>
    private static string UnlinkedRequestId(TheWorld w) =>
        (w.Requests.FirstOrDefault(r => w.ProblemLinks.All(l => l.Request != r.Id)) ?? w.Requests[0]).Id
            .ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A request linked to a problem (when the world has a link), to unlink through a hidden problem.</summary>
    private static string LinkedRequestId(TheWorld w) =>
        (w.ProblemLinks.Count > 0 ? w.ProblemLinks[0].Request : w.Requests[0].Id).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static readonly string[] CiFilters = ["", "active", "inactive", "supported_by_my_teams"];

    private static readonly string[] ProblemFilters =
        ["", "active", "known_errors", "progress_halted", "solved", "managed_by_me", "assigned_to_my_team", "assigned_to_me"];

    public static readonly IReadOnlyList<ApiPath> All =
    [
        // Directory records: the account's own and its directory's.
        Get("/v1/people/{id}", Kind.Person, Person),
        new ListPath("/v1/people", Kind.Person, true, (_, s, r) => s.IsLocal(r.Account)),
        new ListPath("/v1/people/enabled", Kind.Person, true, (_, s, r) => s.IsLocal(r.Account)),
        new ListPath("/v1/people/disabled", Kind.Person, true, (_, _, _) => false),
        new ListPath("/v1/people/directory", Kind.Person, true, (_, s, r) => r.Account == s.Account.Directory),
        new ListPath("/v1/people/support_domain", Kind.Person, true, (_, s, r) => r.Account == s.Id),
        new ChildPath("/v1/people/{id}/permissions", Kind.Person, (v, s, r) => s.HasRole && v.IsRoleCandidate(s, (WPerson)r)),
        new ChildPath("/v1/people/{id}/service_instance_coverages", Kind.Person, Person, Kind.ServiceInstance,
            (v, _, parent, child) => v.Catalog((WPerson)parent).Contains(child.Id)),
        Get("/v1/organizations/{id}", Kind.Organization, Shared),
        new ListPath("/v1/organizations", Kind.Organization, true, Shared),
        new ListPath("/v1/organizations/enabled", Kind.Organization, true, Shared),
        new ListPath("/v1/organizations/disabled", Kind.Organization, true, (_, _, _) => false),
        new ChildPath("/v1/organizations/{id}/children", Kind.Organization, Shared),
        Get("/v1/sites/{id}", Kind.Site, Shared),
        new ListPath("/v1/sites", Kind.Site, true, Shared),
        Get("/v1/teams/{id}", Kind.Team, Own),
        new ListPath("/v1/teams", Kind.Team, true, Own),
        new ChildPath("/v1/teams/{id}/members", Kind.Team, Own, Kind.Person, (_, _, team, p) => ((WTeam)team).Members.Contains(p.Id)),

        // The catalog: the provider's own.
        Get("/v1/services/{id}", Kind.Service, Own),
        new ListPath("/v1/services", Kind.Service, true, Own),
        new ChildPath("/v1/services/{id}/service_instances", Kind.Service, Own),
        new ChildPath("/v1/services/{id}/service_offerings", Kind.Service, Own),
        new ChildPath("/v1/services/{id}/slas", Kind.Service, Own),
        Get("/v1/service_instances/{id}", Kind.ServiceInstance, Own),
        new ListPath("/v1/service_instances", Kind.ServiceInstance, true, Own),
        new ChildPath("/v1/service_instances/{id}/slas", Kind.ServiceInstance, Own),
        Get("/v1/service_offerings/{id}", Kind.ServiceOffering, Own),
        new ListPath("/v1/service_offerings", Kind.ServiceOffering, true, Own),
        new ListPath("/v1/service_offerings/catalog", Kind.ServiceOffering, true, Own),
        new ChildPath("/v1/service_offerings/{id}/slas", Kind.ServiceOffering, Own),
        Get("/v1/slas/{id}", Kind.Sla, Own),
        new ListPath("/v1/slas", Kind.Sla, true, Own),
        new ChildPath("/v1/slas/{id}/people", Kind.Sla, Own),
        new ChildPath("/v1/slas/{id}/organizations", Kind.Sla, Own),
        new ChildPath("/v1/slas/{id}/sites", Kind.Sla, Own),

        // Trusts: either side.
        Get("/v1/trusts/{id}", Kind.Trust, Trust),
        new ListPath("/v1/trusts", Kind.Trust, true, Trust),
        new ListPath("/v1/trusts/pending", Kind.Trust, true, (v, s, r) => Trust(v, s, r) && ((WTrust)r).Status == TrustStatus.Pending),
        new ListPath("/v1/trusts/accepted", Kind.Trust, true, (v, s, r) => Trust(v, s, r) && ((WTrust)r).Status == TrustStatus.Accepted),
        new ChildPath("/v1/trusts/{id}/audit", Kind.Trust, Trust),

        // Requests (product.md §5).
        Get("/v1/requests/{id}", Kind.Request, Request),
        .. new[] { "", "open", "completed", "requested_by_or_for_me", "assigned_to_me", "assigned_to_my_team", "waiting_for_me", "stranded" }
            .Select(f => new ListPath(f.Length == 0 ? "/v1/requests" : "/v1/requests/" + f, Kind.Request, false,
                (v, s, r) => v.ListsRequest(s, (WRequest)r, f))),
        new ChildPath("/v1/requests/{id}/notes", Kind.Request, Request, Kind.RequestNote,
            (v, s, parent, n) => ((WNote)n).Parent == parent.Id && v.SeesRequestNote(s, (WNote)n)),
        new ChildPath("/v1/requests/{id}/notes/public", Kind.Request, Request, Kind.RequestNote,
            (v, s, parent, n) => ((WNote)n).Parent == parent.Id && !((WNote)n).Internal && v.SeesRequestNote(s, (WNote)n)),
        new ChildPath("/v1/requests/{id}/notes/internal", Kind.Request, Request, Kind.RequestNote,
            (v, s, parent, n) => ((WNote)n).Parent == parent.Id && ((WNote)n).Internal && v.SeesRequestNote(s, (WNote)n)),
        new ChildPath("/v1/requests/{id}/audit", Kind.Request, Request),
        new ChildPath("/v1/requests/{id}/affected_slas", Kind.Request, Request),
        // Who sees the request and why (ADR 21): names only accounts the request itself names.
        new ChildPath("/v1/requests/{id}/audience", Kind.Request, Request),
        // The articles used on a request: the world links none, so a request seen answers an empty list, any other a 404.
        new ChildPath("/v1/requests/{id}/knowledge_articles", Kind.Request, Request, Kind.KnowledgeArticle, (_, _, _, _) => false),

        // Workflows and tasks (product.md §6). An approver reads the task, its answers and the workflow's header (ADR 29).
        Get("/v1/tasks/{id}", Kind.Task, Task),
        .. new[] { "", "open", "finished", "assigned_to_me", "assigned_to_my_team", "approval_by_me", "stranded" }
            .Select(f => new ListPath(f.Length == 0 ? "/v1/tasks" : "/v1/tasks/" + f, Kind.Task, f != "approval_by_me", (v, s, r) => v.ListsTask(s, (WTask)r, f))),
        new ChildPath("/v1/tasks/{id}/notes", Kind.Task, TaskByAccount, Kind.TaskNote,
            (v, s, parent, n) => ((WNote)n).Parent == parent.Id && v.SeesTaskNote(s, (WNote)n)),
        new ChildPath("/v1/tasks/{id}/approvals", Kind.Task, Task),
        new ChildPath("/v1/tasks/{id}/predecessors", Kind.Task, TaskByAccount),
        new ChildPath("/v1/tasks/{id}/successors", Kind.Task, TaskByAccount),
        Get("/v1/workflows/{id}", Kind.Workflow, Workflow),
        .. new[] { "", "open", "completed", "managed_by_me" }
            .Select(f => new ListPath(f.Length == 0 ? "/v1/workflows" : "/v1/workflows/" + f, Kind.Workflow, true,
                (v, s, r) => v.ListsWorkflow(s, (WWorkflow)r, f))),
        new ChildPath("/v1/workflows/{id}/tasks", Kind.Workflow, WorkflowByAccount, Kind.Task,
            (v, s, parent, t) => ((WTask)t).Workflow == parent.Id && v.SeesTaskByAccount(s, (WTask)t)),
        new ChildPath("/v1/workflows/{id}/phases", Kind.Workflow, WorkflowInside),
        new ChildPath("/v1/workflows/{id}/requests", Kind.Workflow, WorkflowInside),
        new ChildPath("/v1/workflows/{id}/notes", Kind.Workflow, WorkflowInside, Kind.WorkflowNote, (_, _, parent, n) => ((WNote)n).Parent == parent.Id),

        // Templates: the account's own.
        Get("/v1/task_templates/{id}", Kind.TaskTemplate, Own),
        new ListPath("/v1/task_templates", Kind.TaskTemplate, true, Own),
        Get("/v1/workflow_templates/{id}", Kind.WorkflowTemplate, Own),
        new ListPath("/v1/workflow_templates", Kind.WorkflowTemplate, true, Own),
        new ChildPath("/v1/workflow_templates/{id}/phases", Kind.WorkflowTemplate, Own),
        new ChildPath("/v1/workflow_templates/{id}/task_template_relations", Kind.WorkflowTemplate, Own),

        // Knowledge articles (product.md §7, ADR 46): the account's own with a role, and validated ones of any account that
        // reach the caller as a covered person or a covered specialist. The list answers everyone let in, role or not; the
        // audit trail is read in the article's own account only, as its own (else the 404 of a missing article).
        Get("/v1/knowledge_articles/{id}", Kind.KnowledgeArticle, Article),
        new ListPath("/v1/knowledge_articles", Kind.KnowledgeArticle, false, Article),
        .. Enum.GetValues<ArticleStatus>().Select(status => new ListPath("/v1/knowledge_articles/" + WArticle.Wire(status), Kind.KnowledgeArticle, false,
            (v, s, r) => Article(v, s, r) && ((WArticle)r).Status == status)),
        new ChildPath("/v1/knowledge_articles/{id}/audit", Kind.KnowledgeArticle, (_, s, r) => V.SeesArticleAtHome(s, (WArticle)r)),

        // Problems (product.md §7, ADR 47): the account's own, read by its people with a role (the lists answer 403 without
        // one), every other caller the 404 of a missing problem, wherever its requests live. What a linked request's viewers
        // see of it shows on the request (Visibility.ShownWithRequest); its linked requests are those the caller lists now.
        Get("/v1/problems/{id}", Kind.Problem, Problem),
        .. ProblemFilters.Select(f => new ListPath(f.Length == 0 ? "/v1/problems" : "/v1/problems/" + f, Kind.Problem, true,
            (v, s, r) => v.ListsProblem(s, (WProblem)r, f))),
        new ChildPath("/v1/problems/{id}/audit", Kind.Problem, Problem),
        new ChildPath("/v1/problems/{id}/notes", Kind.Problem, Problem, Kind.ProblemNote, (v, s, parent, n) => ((WNote)n).Parent == parent.Id && v.Sees(s, n)),
        new ChildPath("/v1/problems/{id}/requests", Kind.Problem, Problem, Kind.Request,
            (v, s, parent, r) => v.ListsLinkedRequest(s, (WProblem)parent, (WRequest)r)),

        // Configuration items (product.md §7, ADR 51): products are the account's own (a CI shows its product's name only);
        // a CI is read at home with a role, and by the people with a role of the provider whose team supports it while the
        // CI's account trusts that provider with cis (the lists answer 403 without a role), every other caller the 404 of a
        // missing CI. Its notes, trail and users go with it; a relation is listed to whoever sees both its CIs, a request's
        // CIs to whoever sees there both the request and the CI, whichever account linked them.
        Get("/v1/products/{id}", Kind.Product, Product),
        new ListPath("/v1/products", Kind.Product, true, Product),
        Get("/v1/cis/{id}", Kind.Ci, Ci),
        .. CiFilters.Select(f => new ListPath(f.Length == 0 ? "/v1/cis" : "/v1/cis/" + f, Kind.Ci, true, (v, s, r) => v.ListsCi(s, (WCi)r, f))),
        new ChildPath("/v1/cis/{id}/audit", Kind.Ci, (v, s, r) => v.SeesCiAudit(s, (WCi)r)),
        new ChildPath("/v1/cis/{id}/notes", Kind.Ci, Ci, Kind.CiNote, (v, s, parent, n) => ((WNote)n).Parent == parent.Id && v.SeesCiNote(s, (WNote)n)),
        new ChildPath("/v1/cis/{id}/users", Kind.Ci, Ci, Kind.Person, (v, s, parent, p) => v.SeesCiUser(s, (WCi)parent, (WPerson)p)),
        new ChildPath("/v1/cis/{id}/ci_relations", Kind.Ci, Ci, Kind.CiRelation,
            (v, s, parent, r) => ((WCiRelation)r).Relates(parent.Id) && v.SeesCiRelation(s, (WCiRelation)r)),
        // Contracts (ADR 52): their account's alone. The world's are active without a notice date, so expired and
        // notice_soon list none of them; no CI is covered by one (the covered list is empty for every caller).
        Get("/v1/contracts/{id}", Kind.Contract, Contract),
        new ListPath("/v1/contracts", Kind.Contract, true, Contract),
        new ListPath("/v1/contracts/active", Kind.Contract, true, Contract),
        .. new[] { "expired", "notice_soon" }.Select(f => new ListPath("/v1/contracts/" + f, Kind.Contract, true, (_, _, _) => false)),
        new ChildPath("/v1/contracts/{id}/audit", Kind.Contract, Contract),
        new ChildPath("/v1/contracts/{id}/cis", Kind.Contract, Contract, Kind.Ci, (_, _, _, _) => false),
        new ChildPath("/v1/requests/{id}/cis", Kind.Request, (v, s, r) => v.ReadsCisOf(s, (WRequest)r), Kind.Ci,
            (v, s, parent, c) => v.ListsRequestCi(s, (WRequest)parent, (WCi)c)),

        // About the caller.
        new CallerPath("/v1/me"),
        new CallerPath("/v1/account"),
        new CallerPath("/v1/access_tokens"),
        new StreamPath("/v1/events/stream"),

        // Changes aimed at records by id.
        new WritePath("PATCH", "/v1/people/{id}", Kind.Person, Rename),
        new WritePath("PUT", "/v1/people/{id}/password", Kind.Person, new { password = "Password zqat00007q" }),
        new WritePath("POST", "/v1/people/{id}/permissions/{accountId}", Kind.Person, new { roles = new[] { "specialist" } }),
        new WritePath("PATCH", "/v1/people/{id}/permissions/{accountId}", Kind.Person, new { roles = new[] { "specialist" } }),
        new WritePath("DELETE", "/v1/people/{id}/permissions/{accountId}", Kind.Person, null),
        new WritePath("GET", "/v1/people/{id}/permissions/{accountId}", Kind.Person, null),
        new WritePath("PATCH", "/v1/organizations/{id}", Kind.Organization, Rename),
        new WritePath("PATCH", "/v1/sites/{id}", Kind.Site, Rename),
        new WritePath("PATCH", "/v1/teams/{id}", Kind.Team, Rename),
        new WritePath("POST", "/v1/teams/{id}/members/{personId}", Kind.Team, null, w => w.People[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new WritePath("DELETE", "/v1/teams/{id}/members/{personId}", Kind.Team, null, w => w.People[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new WritePath("PATCH", "/v1/services/{id}", Kind.Service, Rename),
        new WritePath("PATCH", "/v1/service_instances/{id}", Kind.ServiceInstance, Rename),
        new WritePath("PATCH", "/v1/service_offerings/{id}", Kind.ServiceOffering, Rename),
        new WritePath("PATCH", "/v1/slas/{id}", Kind.Sla, Rename),
        .. new[] { "people", "organizations", "sites" }.SelectMany(target => new[]
        {
            new WritePath("POST", $"/v1/slas/{{id}}/{target}/{{{Singular(target)}Id}}", Kind.Sla, null, w => w.People[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new WritePath("DELETE", $"/v1/slas/{{id}}/{target}/{{{Singular(target)}Id}}", Kind.Sla, null, w => w.People[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        }),
        .. new[] { "accept", "reject", "cancel", "revoke", "accept_amendment", "reject_amendment", "cancel_amendment" }
            .Select(step => new WritePath("POST", $"/v1/trusts/{{id}}/{step}", Kind.Trust, null)),
        // An amendment of a hidden trust that went through would change what crosses it, which the next pass would find.
        new WritePath("PATCH", "/v1/trusts/{id}", Kind.Trust, new { options = new[] { "cis" } }),
        new WritePath("PATCH", "/v1/requests/{id}", Kind.Request, Subject),
        new WritePath("POST", "/v1/requests/{id}/notes", Kind.Request, Note),
        new WritePath("PATCH", "/v1/tasks/{id}", Kind.Task, Subject),
        new WritePath("POST", "/v1/tasks/{id}/notes", Kind.Task, Note),
        new WritePath("PATCH", "/v1/workflows/{id}", Kind.Workflow, Subject),
        new WritePath("POST", "/v1/workflows/{id}/notes", Kind.Workflow, Note),
        new WritePath("PATCH", "/v1/task_templates/{id}", Kind.TaskTemplate, Subject),
        new WritePath("PATCH", "/v1/workflow_templates/{id}", Kind.WorkflowTemplate, Subject),
        new WritePath("POST", "/v1/workflow_templates/{id}/phases", Kind.WorkflowTemplate, new { name = "Phase zqat00004q" }),
        new WritePath("PATCH", "/v1/workflow_templates/{id}/phases/{phaseId}", Kind.WorkflowTemplate, new { name = "Phase zqat00005q" }, _ => "1"),
        new WritePath("DELETE", "/v1/workflow_templates/{id}/phases/{phaseId}", Kind.WorkflowTemplate, null, _ => "1"),
        new WritePath("POST", "/v1/workflow_templates/{id}/task_template_relations", Kind.WorkflowTemplate, new { task_template_id = 1 }),
        new WritePath("PATCH", "/v1/workflow_templates/{id}/task_template_relations/{relationId}", Kind.WorkflowTemplate, new { position = 2 }, _ => "1"),
        new WritePath("DELETE", "/v1/workflow_templates/{id}/task_template_relations/{relationId}", Kind.WorkflowTemplate, null, _ => "1"),
        new WritePath("PATCH", "/v1/knowledge_articles/{id}", Kind.KnowledgeArticle, Subject),
        // A link through a hidden request would show under the request's articles, which the next pass would find.
        new WritePath("POST", "/v1/requests/{id}/knowledge_articles/{articleId}", Kind.Request, null, w => ArticleId(w)),
        new WritePath("DELETE", "/v1/requests/{id}/knowledge_articles/{articleId}", Kind.Request, null, w => ArticleId(w)),
        new WritePath("PATCH", "/v1/problems/{id}", Kind.Problem, new { subject = "Renamed zqat00002q", workaround = "Workaround zqat00008q" }),
        new WritePath("POST", "/v1/problems/{id}/notes", Kind.Problem, Note),
        new WritePath("POST", "/v1/problems/{id}/requests/{requestId}", Kind.Problem, null, w => UnlinkedRequestId(w)),
        new WritePath("DELETE", "/v1/problems/{id}/requests/{requestId}", Kind.Problem, null, w => LinkedRequestId(w)),
        new WritePath("PATCH", "/v1/products/{id}", Kind.Product, Rename),
        // What a supporting provider maintains of a CI: its remarks and a note (a change that went through would show both).
        new WritePath("PATCH", "/v1/cis/{id}", Kind.Ci, new { remarks = "Remarks zqat00009q", note = "Note zqat00010q" }),
        new WritePath("POST", "/v1/cis/{id}/notes", Kind.Ci, Note),
        new WritePath("POST", "/v1/cis/{id}/users/{personId}", Kind.Ci, null, w => Id(w.People[0].Id)),
        new WritePath("DELETE", "/v1/cis/{id}/users/{personId}", Kind.Ci, null, w => CiUserId(w)),
        new WritePath("POST", "/v1/cis/{id}/ci_relations", Kind.Ci, new { relation_type = "connected_to", ci_id = 1 }),
        new WritePath("DELETE", "/v1/cis/{id}/ci_relations/{relationId}", Kind.Ci, null, w => CiRelationId(w)),
        new WritePath("PATCH", "/v1/contracts/{id}", Kind.Contract, Rename),
        new WritePath("POST", "/v1/contracts/{id}/cis/{ciId}", Kind.Contract, null, w => CiId(w)),
        new WritePath("DELETE", "/v1/contracts/{id}/cis/{ciId}", Kind.Contract, null, w => CiId(w)),
        new WritePath("POST", "/v1/requests/{id}/cis/{ciId}", Kind.Request, null, w => CiId(w)),
        new WritePath("DELETE", "/v1/requests/{id}/cis/{ciId}", Kind.Request, null, w => LinkedCiId(w)),

        // Creations: the new record is stamped with the caller's account by the save-time guard (and RLS's WITH CHECK).
        .. new[] { "people", "organizations", "sites", "teams", "services", "service_instances", "service_offerings", "slas", "trusts",
                "requests", "workflows", "tasks", "task_templates", "workflow_templates", "access_tokens", "knowledge_articles", "problems",
                "products", "cis", "contracts" }
            .Select(c => new CreatePath($"/v1/{c}", "made by the world builder in the caller's account; what it makes is then checked like every record")),

        // Not account-owned.
        new NotAccountOwned("GET", "/v1", "an empty object for any authenticated caller"),
        new NotAccountOwned("GET", "/v1/enums", "the API's enumerations, the same for everyone"),
        new NotAccountOwned("GET", "/v1/accounts", "the platform's tenant registry: operator, or an owner's own account (Web.Tests AccountsTests)"),
        new NotAccountOwned("GET", "/v1/accounts/{id}", "the tenant registry, as above"),
        new NotAccountOwned("POST", "/v1/accounts", "the operator creates accounts"),
        new NotAccountOwned("PATCH", "/v1/accounts/{id}", "the tenant registry, as above"),
        new NotAccountOwned("PUT", "/v1/accounts/{id}", "the tenant registry, as above"),
        new NotAccountOwned("DELETE", "/v1/access_tokens/{id}", "a person's own tokens only, looked up among the caller's (AccessTokensTests)"),
    ];

    /// <summary>
    /// The administered records (and knowledge articles, problems, products and CIs) take PUT as an alias of PATCH: the same write, checked the same
    /// way. Requests, tasks, workflows and trusts are worked by side, not administered, and take PATCH only.
    /// </summary>
    public static readonly IReadOnlyList<ApiPath> WithPutAliases =
    [
        .. All,
        .. All.OfType<WritePath>().Where(p => p.Method == "PATCH" && !p.Template.StartsWith("/v1/requests", StringComparison.Ordinal)
                && !p.Template.StartsWith("/v1/tasks", StringComparison.Ordinal) && !p.Template.StartsWith("/v1/workflows/", StringComparison.Ordinal)
                && !p.Template.StartsWith("/v1/trusts", StringComparison.Ordinal))
            .Select(p => p with { Method = "PUT" }),
    ];

    private static string Singular(string plural) => plural switch { "people" => "person", "organizations" => "organization", _ => "site" };

    public static IEnumerable<T> Of<T>() where T : ApiPath => WithPutAliases.OfType<T>();
}
