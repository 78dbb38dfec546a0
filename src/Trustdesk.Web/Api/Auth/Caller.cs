using Trustdesk.Domain.Access;
using Trustdesk.Domain.Accounts;

namespace Trustdesk.Web.Api.Auth;

/// <summary>
/// Who is calling and in which account, resolved once per call (API, page or live event check) by
/// <see cref="CallerResolution"/> and unchanged from then on: a second resolution in the same call is a bug, and
/// throws. Where the call reads at a given moment is the <c>AccountScope</c>'s business, which only names its crossings
/// (ADR 43).
/// </summary>
public sealed class Caller
{
    public bool IsAuthenticated { get; private set; }

    /// <summary>The platform operator (bootstrap credential): may manage accounts, and reads no account's data.</summary>
    public bool IsOperator { get; private set; }

    public long PersonId { get; private set; }
    public string PersonAccountId => HomeAccount.Id;

    /// <summary>The person's name, read with their record when the caller is resolved.</summary>
    public string PersonName { get; private set; } = "";

    /// <summary>The account the person lives in (read once, when the caller is resolved).</summary>
    public Account HomeAccount { get; private set; } = new();
    public long TokenId { get; private set; }

    /// <summary>The account the call acts in (<c>X-4me-Account</c>, else the person's own).</summary>
    public Account Account { get; private set; } = new();

    public IReadOnlySet<string> Roles { get; private set; } = new HashSet<string>();

    public string AccountId => Account.Id;
    public bool HasAnyRole => Roles.Count > 0;
    public bool IsAdministrator => Standing.IsAdministrator(Roles);
    public bool IsOwner => Roles.Contains(Role.AccountOwner);

    internal void ActAsOperator()
    {
        RefuseSecondResolution();
        IsAuthenticated = true;
        IsOperator = true;
    }

    internal void ActAsPerson(long tokenId, long personId, string personName, Account home, Account account, IReadOnlySet<string> roles)
    {
        RefuseSecondResolution();
        IsAuthenticated = true;
        TokenId = tokenId;
        PersonId = personId;
        PersonName = personName;
        HomeAccount = home;
        Account = account;
        Roles = roles;
    }

    private void RefuseSecondResolution()
    {
        if (IsAuthenticated) throw new InvalidOperationException("A call's caller is resolved once, and stays as resolved.");
    }
}
