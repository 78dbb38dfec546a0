using Trustdesk.Domain.Trusts;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.Trusts;

internal static class TrustAudit
{
    /// <summary>
    /// An audit entry for a step taken by the caller: who, when, acting in which account, and for an amendment's steps
    /// the options it concerned.
    /// </summary>
    public static TrustEvent Event(Trust trust, string action, Caller caller, DateTime now, TrustOptions? options = null) => new()
    {
        TrustId = trust.Id,
        CustomerAccountId = trust.CustomerAccountId,
        ProviderAccountId = trust.ProviderAccountId,
        Action = action,
        ActingAccountId = caller.AccountId,
        PersonId = caller.PersonId,
        CreatedAt = now,
        Options = options,
    };
}
