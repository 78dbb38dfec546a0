using System.Linq.Expressions;
using Trustdesk.Domain.Trusts;

namespace Trustdesk.Data.Isolation.Rules;

/// <summary>
/// One condition of a visibility rule, written once and rendered for every layer that enforces it: the EF query filter
/// (<see cref="Filter"/>, reading the context's <see cref="AccountScope"/> at each query), the PostgreSQL row-level
/// security policy (<see cref="Sql"/>, reading the transaction's <c>trustdesk.*</c> settings), and the application's
/// own questions about a row it has read (<see cref="Holds"/>: who else sees it and why, which side of it the caller is
/// on). Conditions combine with <c>&amp;</c> and <c>|</c>; the primitives are in <see cref="When{T}"/>.
/// </summary>
public abstract class Condition<T> where T : class
{
    /// <summary>The condition over <paramref name="row"/> as an expression EF translates, reading the scope of <paramref name="db"/>.</summary>
    internal abstract Expression Filter(ParameterExpression row, TrustdeskDbContext db);

    /// <summary>The condition as SQL over the row of <paramref name="table"/>, reading the transaction's settings.</summary>
    internal abstract string Sql(PolicyTable table);

    /// <summary>Whether the condition holds for a row read already, seen by <paramref name="viewer"/> with these trusts.</summary>
    public abstract bool Holds(T row, Viewer viewer, TrustLookup trusted);

    /// <summary>
    /// Whether the save-time guard lets a row through under this condition: <see cref="Holds"/> with every trust taken as
    /// standing and every parent as seen. Those are asked where they are known: the use case checks the trust before it
    /// writes, the parent was read through its own rule, and PostgreSQL's policies check both again at the statement.
    /// What the guard holds is the rest: which account's rows this scope may add, change or delete.
    /// </summary>
    internal virtual bool Permits(T row, Viewer viewer) => Holds(row, viewer, EveryTrust);

    private static readonly TrustLookup EveryTrust = (_, _, _) => true;

    public static Condition<T> operator &(Condition<T> left, Condition<T> right) => new Both<T>(left, right);

    public static Condition<T> operator |(Condition<T> left, Condition<T> right) => new Either<T>(left, right);
}

/// <summary>Who a row is looked at by, for <see cref="Condition{T}.Holds"/>: an account, and the modes a read may be in.</summary>
/// <param name="AccountId">The account the viewer acts in.</param>
/// <param name="DirectoryAccountId">Its directory account, when another.</param>
/// <param name="RequesterId">The person whose own requests are read (<see cref="AccountScope.ReadOwnRequests"/>).</param>
/// <param name="ApproverId">The person whose approvals are read (<see cref="AccountScope.ReadMyApprovals"/>).</param>
/// <param name="RoleHolderId">The person whose own roles are read (<see cref="AccountScope.ReadOwnRoles"/>).</param>
public sealed record Viewer(string AccountId, string? DirectoryAccountId = null, long? RequesterId = null, long? ApproverId = null, long? RoleHolderId = null);

internal sealed class Both<T>(Condition<T> left, Condition<T> right) : Condition<T> where T : class
{
    internal override Expression Filter(ParameterExpression row, TrustdeskDbContext db) =>
        Expression.AndAlso(left.Filter(row, db), right.Filter(row, db));

    internal override string Sql(PolicyTable table) => $"({left.Sql(table)}) AND ({right.Sql(table)})";

    public override bool Holds(T row, Viewer viewer, TrustLookup trusted) => left.Holds(row, viewer, trusted) && right.Holds(row, viewer, trusted);

    internal override bool Permits(T row, Viewer viewer) => left.Permits(row, viewer) && right.Permits(row, viewer);
}

internal sealed class Either<T>(Condition<T> left, Condition<T> right) : Condition<T> where T : class
{
    internal override Expression Filter(ParameterExpression row, TrustdeskDbContext db) =>
        Expression.OrElse(left.Filter(row, db), right.Filter(row, db));

    internal override string Sql(PolicyTable table) => $"({left.Sql(table)}) OR ({right.Sql(table)})";

    public override bool Holds(T row, Viewer viewer, TrustLookup trusted) => left.Holds(row, viewer, trusted) || right.Holds(row, viewer, trusted);

    internal override bool Permits(T row, Viewer viewer) => left.Permits(row, viewer) || right.Permits(row, viewer);
}
