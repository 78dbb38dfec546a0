using System.Linq.Expressions;
using Trustdesk.Domain.Trusts;

namespace Trustdesk.Data.Isolation.Rules;

/// <summary>A column naming the account the caller acts in (and, for directory-shared records, its directory account).</summary>
internal sealed class InAccount<T>(Expression<Func<T, string?>> column, bool orDirectory) : Condition<T> where T : class
{
    private readonly Lazy<Func<T, string?>> _value = new(column.Compile);

    internal override Expression Filter(ParameterExpression row, TrustdeskDbContext db)
    {
        Expression<Func<string?, bool>> template = orDirectory
            ? v => v == db.CurrentAccountId || v == db.CurrentDirectoryAccountId
            : v => v == db.CurrentAccountId;
        return Inline.Apply(template, Inline.Column(column, row));
    }

    // "= ANY (ARRAY[a, d])" rather than "= a OR = d": the same rows, but one condition the planner can use on an index;
    // the OR form was checked row by row, which made counting 100,000 people take 11 ms instead of 3.
    internal override string Sql(PolicyTable table) => orDirectory
        ? $"{table.Column(column)} = ANY (ARRAY[{Settings.Account}, {Settings.Directory}])"
        : $"{table.Column(column)} = {Settings.Account}";

    public override bool Holds(T row, Viewer viewer, TrustLookup trusted)
    {
        var account = _value.Value(row);
        return account is not null && (account == viewer.AccountId || (orDirectory && account == viewer.DirectoryAccountId));
    }
}

/// <summary>
/// The account in a column is on the other side of an accepted trust of the caller's account that carries an option:
/// a provider the caller's account trusts (<c>currentIsCustomer</c>), or a customer that trusts it.
/// </summary>
/// <remarks>
/// Asked as "the column among the other sides of the current account's trusts", a list that does not depend on the row:
/// PostgreSQL computes it once per statement (an InitPlan) and can use <c>column = ANY (…)</c> as an index condition.
/// The correlated form (a trust between the row's accounts) was checked row by row after reading every request naming
/// the account in any column: counting the 100,000 requests one account sees read 190,000 index entries and their rows,
/// and PostgreSQL priced it so high that walking a list past its first page was compiled with JIT (docs/benchmarks.md).
/// The trusts read here are themselves bound by the trusts' own rule: the current account reads only its own.
/// </remarks>
internal sealed class TrustedWith<T>(Expression<Func<T, string?>> column, bool currentIsCustomer, TrustOptions option, bool honourRevoked)
    : Condition<T> where T : class
{
    private readonly Lazy<Func<T, string?>> _value = new(column.Compile);

    internal override Expression Filter(ParameterExpression row, TrustdeskDbContext db)
    {
        // The option is put in as a constant, as a hand-written filter would have it, so the SQL carries the number.
        Expression<Func<string?, TrustOptions, bool>> template = (currentIsCustomer, honourRevoked) switch
        {
            (true, false) => (v, o) => db.Trusts
                .Where(t => t.CustomerAccountId == db.CurrentAccountId && t.Status == TrustStatus.Accepted && (t.Options & o) == o)
                .Select(t => t.ProviderAccountId).Contains(v),
            (false, false) => (v, o) => db.Trusts
                .Where(t => t.ProviderAccountId == db.CurrentAccountId && t.Status == TrustStatus.Accepted && (t.Options & o) == o)
                .Select(t => t.CustomerAccountId).Contains(v),
            (true, true) => (v, o) => db.Trusts
                .Where(t => t.CustomerAccountId == db.CurrentAccountId && (t.Status == TrustStatus.Accepted || t.Status == TrustStatus.Revoked) && (t.Options & o) == o)
                .Select(t => t.ProviderAccountId).Contains(v),
            (false, true) => (v, o) => db.Trusts
                .Where(t => t.ProviderAccountId == db.CurrentAccountId && (t.Status == TrustStatus.Accepted || t.Status == TrustStatus.Revoked) && (t.Options & o) == o)
                .Select(t => t.CustomerAccountId).Contains(v),
        };
        return Inline.Apply(template, Inline.Column(column, row), Expression.Constant(option));
    }

    internal override string Sql(PolicyTable table)
    {
        var trust = typeof(Trust);
        string Of(Expression<Func<Trust, object?>> selector) => "t." + table.ColumnOf(trust, selector);
        var (other, current) = currentIsCustomer
            ? (Of(t => t.ProviderAccountId), Of(t => t.CustomerAccountId))
            : (Of(t => t.CustomerAccountId), Of(t => t.ProviderAccountId));
        Expression<Func<Trust, TrustStatus>> status = t => t.Status;
        var accepted = table.Literal(trust, status, TrustStatus.Accepted);
        var statuses = honourRevoked ? $"{Of(t => t.Status)} IN ({accepted}, {table.Literal(trust, status, TrustStatus.Revoked)})" : $"{Of(t => t.Status)} = {accepted}";
        var n = (int)option;
        return $"{table.Column(column)} = ANY (ARRAY(SELECT {other} FROM {table.TableOf(trust)} t WHERE {current} = {Settings.Account} " +
               $"AND {statuses} AND ({Of(t => t.Options)} & {n}) = {n}))";
    }

    public override bool Holds(T row, Viewer viewer, TrustLookup trusted) =>
        _value.Value(row) is { } other && (currentIsCustomer ? trusted(viewer.AccountId, other, option) : trusted(other, viewer.AccountId, option));
}
