using System.Linq.Expressions;
using Trustdesk.Domain.Trusts;

namespace Trustdesk.Data.Isolation.Rules;

/// <summary>The lookups that run before any account is known; never asked of a row in memory.</summary>
internal enum Scoped
{
    TokenHash,
    SignInEmail,
}

/// <summary>A column equal to the value a lookup mode sets (a token's hash, an e-mail key being signed in).</summary>
internal sealed class MatchesSetting<T>(Expression<Func<T, string?>> column, Scoped setting) : Condition<T> where T : class
{
    internal override Expression Filter(ParameterExpression row, TrustdeskDbContext db)
    {
        Expression<Func<string?, bool>> template = setting == Scoped.TokenHash ? v => v == db.CurrentTokenHash : v => v == db.CurrentSignInEmail;
        return Inline.Apply(template, Inline.Column(column, row));
    }

    internal override string Sql(PolicyTable table) =>
        $"{table.Column(column)} = {(setting == Scoped.TokenHash ? Settings.TokenHash : Settings.SignInEmail)}";

    public override bool Holds(T row, Viewer viewer, TrustLookup trusted) => false;
}

/// <summary>Every row, while a person's self-service catalog is computed.</summary>
internal sealed class BrowsingCatalogs<T> : Condition<T> where T : class
{
    internal override Expression Filter(ParameterExpression row, TrustdeskDbContext db)
    {
        Expression<Func<bool>> browsing = () => db.CatalogBrowsing;
        return browsing.Body;
    }

    internal override string Sql(PolicyTable table) => Settings.CatalogBrowsing;

    public override bool Holds(T row, Viewer viewer, TrustLookup trusted) => false;
}

/// <summary>A row naming, in one of its columns, the person whose own requests are being read.</summary>
internal sealed class NamesRequester<T>(Expression<Func<T, long>>[] people) : Condition<T> where T : class
{
    private readonly Lazy<Func<T, long>[]> _values = new(() => people.Select(p => p.Compile()).ToArray());

    internal override Expression Filter(ParameterExpression row, TrustdeskDbContext db)
    {
        Expression<Func<long, bool>> names = v => v == db.CurrentRequesterId;
        Expression<Func<bool>> reading = () => db.CurrentRequesterId != null;
        var any = people.Select(p => Inline.Apply(names, Inline.Column(p, row))).Aggregate(Expression.OrElse);
        return Expression.AndAlso(reading.Body, any);
    }

    internal override string Sql(PolicyTable table) =>
        string.Join(" OR ", people.Select(p => $"{table.Column(p)} = {Settings.Requester}"));

    public override bool Holds(T row, Viewer viewer, TrustLookup trusted) =>
        viewer.RequesterId is { } person && _values.Value.Any(value => value(row) == person);
}

/// <summary>A row listing, among its approvers, the person whose approvals are being read.</summary>
internal sealed class ListsApprover<T>(Expression<Func<T, List<long>>> approvers, bool anyApprover) : Condition<T> where T : class
{
    private readonly Lazy<Func<T, List<long>>> _values = new(approvers.Compile);

    internal override Expression Filter(ParameterExpression row, TrustdeskDbContext db)
    {
        Expression<Func<List<long>, bool>> template = anyApprover
            ? ids => db.CurrentApproverId != null && (ids.Any(a => a == db.CurrentApproverId) || ids.Count > 0)
            : ids => db.CurrentApproverId != null && ids.Any(a => a == db.CurrentApproverId);
        return Inline.Apply(template, Inline.Column(approvers, row));
    }

    internal override string Sql(PolicyTable table) => anyApprover
        ? $"{Settings.Approver} IS NOT NULL AND cardinality({table.Column(approvers)}) > 0"
        : $"{Settings.Approver} = ANY ({table.Column(approvers)})";

    public override bool Holds(T row, Viewer viewer, TrustLookup trusted) =>
        viewer.ApproverId is { } person && (_values.Value(row).Contains(person) || (anyApprover && _values.Value(row).Count > 0));
}

/// <summary>A row that is the answer of the person whose approvals are being read.</summary>
internal sealed class IsApprover<T>(Expression<Func<T, long>> approver) : Condition<T> where T : class
{
    private readonly Lazy<Func<T, long>> _value = new(approver.Compile);

    internal override Expression Filter(ParameterExpression row, TrustdeskDbContext db)
    {
        Expression<Func<long, bool>> template = v => v == db.CurrentApproverId;
        return Inline.Apply(template, Inline.Column(approver, row));
    }

    internal override string Sql(PolicyTable table) => $"{table.Column(approver)} = {Settings.Approver}";

    public override bool Holds(T row, Viewer viewer, TrustLookup trusted) => viewer.ApproverId == _value.Value(row);
}

/// <summary>Not while a person's approvals are being read: an approver reads a task, not what hangs off it.</summary>
internal sealed class NotReadingApprovals<T> : Condition<T> where T : class
{
    internal override Expression Filter(ParameterExpression row, TrustdeskDbContext db)
    {
        Expression<Func<bool>> notReading = () => db.CurrentApproverId == null;
        return notReading.Body;
    }

    internal override string Sql(PolicyTable table) => Settings.NotReadingApprovals;

    public override bool Holds(T row, Viewer viewer, TrustLookup trusted) => viewer.ApproverId is null;
}

/// <summary>While a person's own roles are read (<see cref="AccountScope.ReadOwnRoles"/>), whoever they are.</summary>
internal sealed class ReadingOwnRoles<T> : Condition<T> where T : class
{
    internal override Expression Filter(ParameterExpression row, TrustdeskDbContext db)
    {
        Expression<Func<bool>> reading = () => db.CurrentRoleHolderId != null;
        return reading.Body;
    }

    internal override string Sql(PolicyTable table) => $"{Settings.RoleHolder} IS NOT NULL";

    public override bool Holds(T row, Viewer viewer, TrustLookup trusted) => viewer.RoleHolderId is not null;
}

/// <summary>A row naming, as the person it is of, the person whose own roles are being read.</summary>
internal sealed class NamesRoleHolder<T>(Expression<Func<T, long>> person) : Condition<T> where T : class
{
    private readonly Lazy<Func<T, long>> _value = new(person.Compile);

    internal override Expression Filter(ParameterExpression row, TrustdeskDbContext db)
    {
        Expression<Func<long, bool>> template = v => db.CurrentRoleHolderId != null && v == db.CurrentRoleHolderId;
        return Inline.Apply(template, Inline.Column(person, row));
    }

    internal override string Sql(PolicyTable table) => $"{table.Column(person)} = {Settings.RoleHolder}";

    public override bool Holds(T row, Viewer viewer, TrustLookup trusted) => viewer.RoleHolderId is { } holder && _value.Value(row) == holder;
}
