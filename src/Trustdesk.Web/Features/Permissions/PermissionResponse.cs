using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Permissions;

/// <summary>The roles a person holds in an account (4me's permission). The order of the properties is the order on the wire.</summary>
public sealed record PermissionResponse
{
    /// <summary>The account the roles are held in: always the one the call acts in.</summary>
    public required AccountRef Account { get; init; }

    /// <summary>The roles, in alphabetical order (see <c>permission.roles</c> of <c>/v1/enums</c>).</summary>
    public required IReadOnlyList<string> Roles { get; init; }
}
