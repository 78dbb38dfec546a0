using Trustdesk.Domain.Accounts;

namespace Trustdesk.Domain.Access;

/// <summary>Who may act in an account, and with which standing (product.md §2).</summary>
public static class Standing
{
    /// <summary>
    /// An end user may act in their own account and in any support domain linked to their directory account.
    /// (Trust-based standing joins this rule when trusts exist.)
    /// </summary>
    public static bool IsEndUserOf(string personAccountId, Account account) =>
        account.Id == personAccountId || account.DirectoryAccountId == personAccountId;

    /// <summary>A person may be given roles in their own account and in support domains linked to their directory.</summary>
    public static bool MayHoldRolesIn(string personAccountId, Account account) => IsEndUserOf(personAccountId, account);

    public static readonly IReadOnlyList<string> AdministratorRoles = [Role.AccountAdministrator, Role.AccountOwner];

    public static bool IsAdministrator(IReadOnlyCollection<string> roles) =>
        roles.Contains(Role.AccountAdministrator) || roles.Contains(Role.AccountOwner)
        || roles.Contains(Role.DirectoryAdministrator);
}
