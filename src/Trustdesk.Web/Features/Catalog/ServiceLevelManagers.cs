using Trustdesk.Domain.Access;

namespace Trustdesk.Web.Features.Catalog;

/// <summary>Service level managers maintain SLAs and offerings besides the administrators (4me's role of that name).</summary>
internal static class ServiceLevelManagers
{
    public static readonly IReadOnlyCollection<string> Write = [Role.ServiceLevelManager];
}
