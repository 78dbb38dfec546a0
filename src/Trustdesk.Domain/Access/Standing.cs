using Trustdesk.Domain.Accounts;

namespace Trustdesk.Domain.Access;

/// <summary>Who may act in an account, and with which standing (product.md §2).</summary>
public static class Standing
{
    /// <summary>
    /// An end user may act in their own account and in any support domain linked to their directory account.
    /// (Covered end users of providers across a trust will join this rule with requests.)
    /// </summary>
    public static bool IsEndUserOf(string personAccountId, Account account) =>
        account.Id == personAccountId || account.DirectoryAccountId == personAccountId;

    /// <summary>
    /// Without any trust, a person may be given roles in their own account and in support domains linked to their
    /// directory. Across an accepted trust with the <c>roles</c> option more may (Web: <c>RoleCandidates</c>,
    /// <c>TrustedRoleHolders</c>), since that needs the trusts of the database.
    /// </summary>
    public static bool MayHoldRolesIn(string personAccountId, Account account) => IsEndUserOf(personAccountId, account);

    public static bool IsAdministrator(IReadOnlyCollection<string> roles) =>
        roles.Contains(Role.AccountAdministrator) || roles.Contains(Role.AccountOwner)
        || roles.Contains(Role.DirectoryAdministrator);
}
