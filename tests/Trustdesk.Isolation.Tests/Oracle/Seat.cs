using Trustdesk.Isolation.Tests.World;

namespace Trustdesk.Isolation.Tests.Oracle;

/// <summary>An actor the API let in: the person, the account they act in, and the roles that count there now.</summary>
public sealed record Seat(WPerson Person, WAccount Account, IReadOnlySet<string> Roles)
{
    /// <summary>
    /// product.md §5: "people with a specialist-type role or <c>auditor</c> see the request". The specialist-type roles
    /// are the working roles of §1; administrators, owners, key contacts and directory roles are not among them.
    /// </summary>
    private static readonly string[] SeeingRequests =
    [
        "specialist", "service_desk_analyst", "service_desk_manager", "knowledge_manager", "problem_manager", "workflow_manager",
        "service_level_manager", "configuration_manager", "auditor",
    ];

    public string Id => Account.Id;
    public bool HasRole => Roles.Count > 0;
    public bool SeesAllRequests => SeeingRequests.Any(Roles.Contains);

    /// <summary>The accounts whose people, organizations and sites are read here: this one and its directory.</summary>
    public bool IsLocal(string account) => account == Account.Id || account == Account.Directory;
}
