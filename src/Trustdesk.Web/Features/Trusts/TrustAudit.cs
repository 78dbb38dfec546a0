using Trustdesk.Domain.Trusts;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.Trusts;

internal static class TrustAudit
{
    /// <summary>An audit entry for a step taken by the caller: who, when, acting in which account.</summary>
    public static TrustEvent Event(Trust trust, string action, Caller caller, DateTime now) => new()
    {
        TrustId = trust.Id,
        CustomerAccountId = trust.CustomerAccountId,
        ProviderAccountId = trust.ProviderAccountId,
        Action = action,
        ActingAccountId = caller.AccountId,
        PersonId = caller.PersonId,
        CreatedAt = now,
    };
}
