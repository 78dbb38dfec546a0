namespace Trustdesk.Web.Pages.Session;

/// <summary>
/// What the layout shows of the signed-in person, read by <see cref="PageCallerFilter"/> before the page runs: views
/// never query the database (on PostgreSQL the transaction has ended when they render).
/// </summary>
public sealed class SignedInPerson
{
    public bool IsKnown { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>The accounts the person holds roles in, for the account switcher.</summary>
    public IReadOnlyList<AccountWithRoles> Accounts { get; private set; } = [];

    internal void Set(string name, IReadOnlyList<AccountWithRoles> accounts)
    {
        IsKnown = true;
        Name = name;
        Accounts = accounts;
    }
}
