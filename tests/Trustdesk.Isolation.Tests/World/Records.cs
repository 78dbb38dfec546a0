namespace Trustdesk.Isolation.Tests.World;

/// <summary>The kinds of record the suite plants and checks; the two letters are the kind's part of its canary.</summary>
public enum Kind
{
    Person, Organization, Site, Team, Service, ServiceInstance, ServiceOffering, Sla, Trust, Request, RequestNote,
    Workflow, Task, TaskNote, WorkflowNote, TaskTemplate, WorkflowTemplate, KnowledgeArticle, Problem, ProblemNote, ProblemSource,
    Product, ProductDetail, Ci, CiNote, CiRelation, Contract,
}

/// <summary>A record of the world: what it is, its id and the canary carried by its text fields.</summary>
public abstract class WorldRecord(Kind kind, string account, string canary)
{
    public Kind Kind { get; } = kind;
    public long Id { get; set; }
    /// <summary>The account the record lives in.</summary>
    public string Account { get; } = account;
    public string Canary { get; } = canary;

    public override string ToString() => $"{Kind} {Id} ({Account}, {Canary})";
}

public sealed class WAccount(string id, bool isDirectory, string? directory)
{
    public string Id { get; } = id;
    public bool IsDirectory { get; } = isDirectory;
    /// <summary>The directory a support domain is linked to.</summary>
    public string? Directory { get; } = directory;
    public long OwnerId { get; set; }
    public string OwnerToken { get; set; } = "";
    public long RootOrganization { get; set; }
    /// <summary>The team a support domain starts with (ADR 32), its owner the one member; none in a directory.</summary>
    public long? ServiceDeskTeam { get; set; }
    /// <summary>A person of the support domain (or its directory) given <c>knowledge_manager</c> there, who validates and archives its articles.</summary>
    public long? KnowledgeManager { get; set; }
    public override string ToString() => Id;
}

public sealed class WPerson(string account, string canary) : WorldRecord(Kind.Person, account, canary)
{
    /// <summary>Roles as granted (permission records), by account; whether they count is the oracle's business.</summary>
    public Dictionary<string, HashSet<string>> Roles { get; } = new(StringComparer.Ordinal);
    public string? Token { get; set; }
    public long? Organization { get; set; }
}

public sealed class WSimple(Kind kind, string account, string canary) : WorldRecord(kind, account, canary);

public sealed class WTeam(string account, string canary) : WorldRecord(Kind.Team, account, canary)
{
    public HashSet<long> Members { get; } = [];
}

public sealed class WInstance(string account, string canary, long service) : WorldRecord(Kind.ServiceInstance, account, canary)
{
    public long Service { get; } = service;
    public long FirstLineTeam { get; set; }
}

public sealed class WSla(string account, string canary) : WorldRecord(Kind.Sla, account, canary)
{
    public long Instance { get; init; }
    public long Offering { get; init; }
    public long CustomerOrganization { get; init; }
    public string? CustomerAccount { get; init; }
    public bool Active { get; set; }
}

public enum TrustStatus { Pending, Accepted, Rejected, Canceled, Revoked, Expired }

[Flags]
public enum TrustOptions { None = 0, Services = 1, Requests = 2, Tasks = 4, Roles = 8, Cis = 16 }

/// <summary>A trust from <see cref="Customer"/> (trusting) to <see cref="Provider"/> (trusted). It has no canary: its fields are account ids.</summary>
public sealed class WTrust(string customer, string provider, TrustOptions options) : WorldRecord(Kind.Trust, customer, "")
{
    public string Customer { get; } = customer;
    public string Provider { get; } = provider;
    /// <summary>What crosses the trust now; an amendment changes it (ADR 31).</summary>
    public TrustOptions Options { get; set; } = options;
    /// <summary>Options one side proposed to add, which cross nothing until the other side accepts them.</summary>
    public TrustOptions Proposed { get; set; }
    public string? Proposer { get; set; }
    public TrustStatus Status { get; set; }
    /// <summary>The side that invited; the other side accepts.</summary>
    public string Inviter { get; set; } = customer;
}

public sealed class WRequest(string account, string canary) : WorldRecord(Kind.Request, account, canary)
{
    public string? CustomerAccount { get; init; }
    public long Team { get; set; }
    public string TeamAccount { get; set; } = "";
    public long? Instance { get; set; }
    public string? InstanceAccount { get; set; }
    public long RequestedBy { get; init; }
    public long RequestedFor { get; init; }
    public long? Member { get; set; }
    public bool Completed { get; set; }
}

/// <summary>A note on a request or a task, written in <see cref="WorldRecord.Account"/> by <see cref="Author"/>.</summary>
public sealed class WNote(Kind kind, string account, string canary, long parent, bool isInternal, long author) : WorldRecord(kind, account, canary)
{
    public long Parent { get; } = parent;
    public bool Internal { get; } = isInternal;
    public long Author { get; } = author;
}

public sealed class WWorkflow(string account, string canary, long manager) : WorldRecord(Kind.Workflow, account, canary)
{
    public long Manager { get; } = manager;
    public bool Completed { get; set; }
}

public sealed class WTask(string account, string canary, long workflow, long team, string teamAccount) : WorldRecord(Kind.Task, account, canary)
{
    public long Workflow { get; } = workflow;
    public long Team { get; } = team;
    public string TeamAccount { get; } = teamAccount;
    public bool Activated { get; set; }
    public bool Finished { get; set; }
    public long? Predecessor { get; init; }

    /// <summary>The people named approver (an approval task's; no other task has any).</summary>
    public List<long> Approvers { get; } = [];

    /// <summary>The approvers who answered; the task is decided (finished) once all of them approved, or one rejected.</summary>
    public HashSet<long> Answered { get; } = [];
}

/// <summary>4me's knowledge article statuses (product.md §7), in the order an article goes through them.</summary>
public enum ArticleStatus { WorkInProgress, NotValidated, Validated, Archived }

/// <summary>A knowledge article for <see cref="Service"/>, a service of its account (product.md §7).</summary>
public sealed class WArticle(string account, string canary, long service) : WorldRecord(Kind.KnowledgeArticle, account, canary)
{
    public long Service { get; } = service;
    public ArticleStatus Status { get; set; }
    public bool EndUsers { get; init; }
    public bool CoveredSpecialists { get; init; }

    /// <summary>Who wrote it (<c>created_by</c>), then whoever changed it since: the people its audit trail names.</summary>
    public List<long> Editors { get; } = [];

    public long Author => Editors[0];

    /// <summary>The status as the API spells it (<c>work_in_progress</c>, …).</summary>
    public static string Wire(ArticleStatus status) => status switch
    {
        ArticleStatus.WorkInProgress => "work_in_progress",
        ArticleStatus.NotValidated => "not_validated",
        ArticleStatus.Validated => "validated",
        _ => "archived",
    };
}

/// <summary>
/// A problem of its account for <see cref="Service"/>, a service of that account (product.md §7). Its canary is in its
/// subject and workaround, the two texts a linked request's viewers see; its <c>source</c> and <c>sourceID</c> carry the
/// canary of its <see cref="Source"/> instead, which only those who see the problem itself may see.
/// </summary>
public sealed class WProblem(string account, string canary, long service) : WorldRecord(Kind.Problem, account, canary)
{
    public long Service { get; } = service;

    /// <summary>The status as the API spells it (<c>in_progress</c>, <c>solved</c>, …).</summary>
    public string Status { get; set; } = "assigned";

    public bool KnownError { get; set; }
    public long? Manager { get; set; }
    public long? Team { get; set; }
    public long? Member { get; set; }

    /// <summary>Who registered it (<c>created_by</c>).</summary>
    public long Creator { get; init; }

    /// <summary>The record of its other text fields (<see cref="Kind.ProblemSource"/>, the problem's id): the problem's alone.</summary>
    public WSimple Source { get; init; } = null!;

    /// <summary>Solved or declined: no longer active (4me's <c>/problems/active</c>).</summary>
    public bool Closed => Status is "solved" or "declined";
}

/// <summary>
/// A request linked to a problem: the link lives in the problem's account (<see cref="Account"/>), which made it, whatever
/// account the request lives in. A request has one problem at most. Not a record of its own: no path reads it by id.
/// </summary>
public sealed record WProblemLink(string Account, long Problem, long Request);

/// <summary>A contract with a supplier (ADR 52): its account's alone, its canary in its name and remarks.</summary>
public sealed class WContract(string account, string canary) : WorldRecord(Kind.Contract, account, canary);

/// <summary>
/// A product of its account (product.md §7, ADR 51). Its canary is in its name, the one field a CI of the account names
/// wherever the CI is seen; its brand, model, category, <c>source</c> and <c>sourceID</c> carry the canary of its
/// <see cref="Details"/> instead, which only its own account may see.
/// </summary>
public sealed class WProduct(string account, string canary) : WorldRecord(Kind.Product, account, canary)
{
    /// <summary>The record of its other text fields (<see cref="Kind.ProductDetail"/>, the product's id): the account's alone.</summary>
    public WSimple Details { get; init; } = null!;
}

/// <summary>
/// A configuration item of its account (product.md §7, ADR 51): its canary is in its name, label, remarks, serial number,
/// <c>source</c> and <c>sourceID</c>, all seen wherever the CI is. Its support team may be a team of a provider the
/// account trusts with <c>cis</c>.
/// </summary>
public sealed class WCi(string account, string canary, long product) : WorldRecord(Kind.Ci, account, canary)
{
    public long Product { get; } = product;

    /// <summary>The status as the API spells it (<c>in_production</c>, <c>archived</c>, …).</summary>
    public string Status { get; set; } = "in_production";

    public long? SupportTeam { get; set; }
    public string? SupportTeamAccount { get; set; }

    /// <summary>The people who use it (<c>/v1/cis/:id/users</c>), named to whoever sees it.</summary>
    public List<long> Users { get; } = [];

    /// <summary>Who registered it, then whoever changed it since: the people its audit trail names.</summary>
    public List<long> Editors { get; } = [];

    /// <summary>4me's <c>/cis/active</c>: neither archived, to be removed, lost or stolen, nor removed.</summary>
    public bool Active => Status is not ("archived" or "to_be_removed" or "lost_or_stolen" or "removed");
}

/// <summary>
/// A relation between two CIs of one account, made from <see cref="Ci"/> to <see cref="Related"/> (the CI its POST was
/// sent to, and the one the body named). It has no canary: it shows the other CI's name, which is that CI's.
/// </summary>
public sealed class WCiRelation(string account, long ci, long related) : WorldRecord(Kind.CiRelation, account, "")
{
    public long Ci { get; } = ci;
    public long Related { get; } = related;

    public bool Relates(long ci) => Ci == ci || Related == ci;
}

/// <summary>
/// A CI a request affects: the link lives in the account that made it (<see cref="Account"/>), which saw both. Not a
/// record of its own: no path reads it by id.
/// </summary>
public sealed record WRequestCi(string Account, long Request, long Ci);
