using System.Linq.Expressions;
using Trustdesk.Domain.Records;
using Trustdesk.Domain.Trusts;

namespace Trustdesk.Data.Isolation.Rules;

/// <summary>
/// The vocabulary visibility rules are declared in (<see cref="IsolationRules"/>): each primitive renders itself as an EF
/// expression, as SQL for row-level security and as a check of a row in memory, side by side in one class.
/// </summary>
public static class When<T> where T : class
{
    /// <summary>The column names the account the caller acts in.</summary>
    public static Condition<T> InCurrentAccount(Expression<Func<T, string?>> column) => new InAccount<T>(column, orDirectory: false);

    /// <summary>The column names the account the caller acts in, or that account's directory account.</summary>
    public static Condition<T> InCurrentAccountOrItsDirectory(Expression<Func<T, string?>> column) => new InAccount<T>(column, orDirectory: true);

    /// <summary>The row's own account column (every <see cref="IAccountOwned"/> record has one).</summary>
    public static Expression<Func<T, string?>> AccountColumn
    {
        get
        {
            var row = Expression.Parameter(typeof(T), "e");
            return Expression.Lambda<Func<T, string?>>(Expression.Property(row, nameof(IAccountOwned.AccountId)), row);
        }
    }

    /// <summary>
    /// The account in <paramref name="provider"/> is one the caller's account trusts now, as customer, with
    /// <paramref name="option"/> (an accepted trust carrying it).
    /// </summary>
    public static Condition<T> TrustedByCurrent(Expression<Func<T, string?>> provider, TrustOptions option, bool honourRevoked = false) =>
        new TrustedWith<T>(provider, currentIsCustomer: true, option, honourRevoked);

    /// <summary>The account in <paramref name="customer"/> trusts the caller's account now, as provider, with <paramref name="option"/>.</summary>
    public static Condition<T> TrustingCurrent(Expression<Func<T, string?>> customer, TrustOptions option, bool honourRevoked = false) =>
        new TrustedWith<T>(customer, currentIsCustomer: false, option, honourRevoked);

    /// <summary>While a bearer token is looked up, the row with its hash (<see cref="AccountScope.EnterTokenLookup"/>).</summary>
    public static Condition<T> IsTokenBeingLookedUp(Expression<Func<T, string?>> hash) => new MatchesSetting<T>(hash, Scoped.TokenHash);

    /// <summary>While someone signs in, the rows with their e-mail key (<see cref="AccountScope.EnterSignInLookup"/>).</summary>
    public static Condition<T> IsSignInBeingLookedUp(Expression<Func<T, string?>> emailKey) => new MatchesSetting<T>(emailKey, Scoped.SignInEmail);

    /// <summary>While a person's self-service catalog is computed (<see cref="AccountScope.BrowseCatalog"/>).</summary>
    public static Condition<T> BrowsingCatalogs => new BrowsingCatalogs<T>();

    /// <summary>While a person's own requests are read (<see cref="AccountScope.ReadOwnRequests"/>), a row naming them in one of these columns.</summary>
    public static Condition<T> NamesCurrentRequester(params Expression<Func<T, long>>[] people) => new NamesRequester<T>(people);

    /// <summary>While a person's approvals are read (<see cref="AccountScope.ReadMyApprovals"/>), a row listing them among its approvers.</summary>
    public static Condition<T> ListsCurrentApprover(Expression<Func<T, List<long>>> approvers, bool anyApprover = false) =>
        new ListsApprover<T>(approvers, anyApprover);

    /// <summary>While a person's approvals are read, a row that is that person's own answer.</summary>
    public static Condition<T> IsCurrentApprover(Expression<Func<T, long>> approver) => new IsApprover<T>(approver);

    /// <summary>While a person's own roles are read (<see cref="AccountScope.ReadOwnRoles"/>), whoever they are.</summary>
    public static Condition<T> ReadingOwnRoles => new ReadingOwnRoles<T>();

    /// <summary>While a person's own roles are read, a row that is of that person (<paramref name="person"/> names them).</summary>
    public static Condition<T> IsOfCurrentRoleHolder(Expression<Func<T, long>> person) => new NamesRoleHolder<T>(person);

    /// <summary>The row's trust options carry <paramref name="option"/>.</summary>
    public static Condition<T> Carries(Expression<Func<T, TrustOptions>> options, TrustOptions option) => new Carries<T>(options, option);

    /// <summary>Not while a person's approvals are read.</summary>
    public static Condition<T> NotReadingApprovals => new NotReadingApprovals<T>();

    /// <summary>The row's flag is false.</summary>
    public static Condition<T> Not(Expression<Func<T, bool>> flag) => new NotFlag<T>(flag);

    /// <summary>The row's instant is set.</summary>
    public static Condition<T> HasValue(Expression<Func<T, DateTime?>> instant) => new IsSet<T>(instant);

    /// <summary>The row's column holds <paramref name="value"/>.</summary>
    public static Condition<T> Is<TValue>(Expression<Func<T, TValue>> column, TValue value) where TValue : struct => new Equal<T, TValue>(column, value);

    /// <summary>
    /// The record this row hangs off (<paramref name="parent"/> names its id) is visible: asked of the parent's own rule
    /// (its filter applies inside the subquery, its policy to the subquery's table).
    /// </summary>
    public static Condition<T> SeenWith<TParent>(Expression<Func<T, long>> parent) where TParent : Record => new SeenWith<T, TParent>(parent);

    /// <summary>One of the records hanging off this row (<paramref name="child"/> names this row's id on them) is visible.</summary>
    public static Condition<T> SeenThrough<TChild>(Expression<Func<TChild, long>> child) where TChild : Record => new SeenThrough<T, TChild>(child);

    /// <summary>Every row: only ever a planted bug's rule (<see cref="PlantedBugs"/>).</summary>
    internal static Condition<T> Always => new Always<T>();
}
