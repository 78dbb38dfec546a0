using System.Linq.Expressions;
using Trustdesk.Domain.Trusts;
using Trustdesk.Domain.Records;

namespace Trustdesk.Data.Isolation.Rules;

/// <summary>A flag of the row that is false (e.g. a note that is not internal).</summary>
internal sealed class NotFlag<T>(Expression<Func<T, bool>> flag) : Condition<T> where T : class
{
    private readonly Lazy<Func<T, bool>> _value = new(flag.Compile);

    internal override Expression Filter(ParameterExpression row, TrustdeskDbContext db) => Expression.Not(Inline.Column(flag, row));

    internal override string Sql(PolicyTable table) => $"NOT {table.Column(flag)}";

    public override bool Holds(T row, Viewer viewer, TrustLookup trusted) => !_value.Value(row);
}

/// <summary>An instant of the row that is set (e.g. a task that has been activated).</summary>
internal sealed class IsSet<T>(Expression<Func<T, DateTime?>> instant) : Condition<T> where T : class
{
    private readonly Lazy<Func<T, DateTime?>> _value = new(instant.Compile);

    internal override Expression Filter(ParameterExpression row, TrustdeskDbContext db) =>
        Expression.NotEqual(Inline.Column(instant, row), Expression.Constant(null, typeof(DateTime?)));

    internal override string Sql(PolicyTable table) => $"{table.Column(instant)} IS NOT NULL";

    public override bool Holds(T row, Viewer viewer, TrustLookup trusted) => _value.Value(row) is not null;
}

/// <summary>A column of the row holding one value (e.g. a trust that is accepted).</summary>
internal sealed class Equal<T, TValue>(Expression<Func<T, TValue>> column, TValue value) : Condition<T> where T : class where TValue : struct
{
    private readonly Lazy<Func<T, TValue>> _value = new(column.Compile);

    // As C# writes an enum comparison in an expression tree: both sides as the underlying number.
    internal override Expression Filter(ParameterExpression row, TrustdeskDbContext db)
    {
        var underlying = typeof(TValue).IsEnum ? Enum.GetUnderlyingType(typeof(TValue)) : typeof(TValue);
        Expression Number(Expression e) => underlying == typeof(TValue) ? e : Expression.Convert(e, underlying);
        return Expression.Equal(Number(Inline.Column(column, row)), Number(Expression.Constant(value, typeof(TValue))));
    }

    internal override string Sql(PolicyTable table) => $"{table.Column(column)} = {table.Literal(typeof(T), column, value)}";

    public override bool Holds(T row, Viewer viewer, TrustLookup trusted) => _value.Value(row).Equals(value);
}

/// <summary>Every row. Only a planted bug's rule uses it.</summary>
internal sealed class Always<T> : Condition<T> where T : class
{
    internal override Expression Filter(ParameterExpression row, TrustdeskDbContext db) => Expression.Constant(true);

    internal override string Sql(PolicyTable table) => "true";

    public override bool Holds(T row, Viewer viewer, TrustLookup trusted) => true;
}

/// <summary>
/// The record the row hangs off is visible. The parent's own rule answers: inside the subquery its EF filter applies, and
/// PostgreSQL applies its policy to the subquery's table. So the child's rule never restates the parent's.
/// </summary>
internal sealed class SeenWith<T, TParent>(Expression<Func<T, long>> parent) : Condition<T> where T : class where TParent : Record
{
    internal override Expression Filter(ParameterExpression row, TrustdeskDbContext db)
    {
        var p = Expression.Parameter(typeof(TParent), "p");
        var sameId = Expression.Lambda<Func<TParent, bool>>(Expression.Equal(Expression.Property(p, nameof(Record.Id)), Inline.Column(parent, row)), p);
        return Expression.Call(typeof(Queryable), nameof(Queryable.Any), [typeof(TParent)], DbSets.Of<TParent>(db), Expression.Quote(sameId));
    }

    internal override string Sql(PolicyTable table)
    {
        Expression<Func<TParent, long>> id = p => p.Id;
        return $"EXISTS (SELECT 1 FROM {table.TableOf(typeof(TParent))} p WHERE p.{table.ColumnOf(typeof(TParent), id)} = {table.Name}.{table.Column(parent)})";
    }

    public override bool Holds(T row, Viewer viewer, TrustLookup trusted) =>
        throw new NotSupportedException($"Whether a {typeof(T).Name} is seen is asked of its {typeof(TParent).Name}'s rule, with the {typeof(TParent).Name}.");

    /// <summary>The parent was read through its own rule before anything was hung off it or changed under it.</summary>
    internal override bool Permits(T row, Viewer viewer) => true;
}

/// <summary>One of the records hanging off the row is visible (e.g. a workflow's header, seen where one of its tasks is).</summary>
internal sealed class SeenThrough<T, TChild>(Expression<Func<TChild, long>> child) : Condition<T> where T : class where TChild : Record
{
    internal override Expression Filter(ParameterExpression row, TrustdeskDbContext db)
    {
        var c = Expression.Parameter(typeof(TChild), "c");
        var ofRow = Expression.Lambda<Func<TChild, bool>>(Expression.Equal(Inline.Column(child, c), Expression.Property(row, nameof(Record.Id))), c);
        return Expression.Call(typeof(Queryable), nameof(Queryable.Any), [typeof(TChild)], DbSets.Of<TChild>(db), Expression.Quote(ofRow));
    }

    internal override string Sql(PolicyTable table)
    {
        var e = Expression.Parameter(typeof(T), "e");
        var id = Expression.Lambda(Expression.Property(e, nameof(Record.Id)), e);
        return $"EXISTS (SELECT 1 FROM {table.TableOf(typeof(TChild))} c WHERE c.{table.ColumnOf(typeof(TChild), child)} = {table.Name}.{table.Column(id)})";
    }

    public override bool Holds(T row, Viewer viewer, TrustLookup trusted) =>
        throw new NotSupportedException($"Whether a {typeof(T).Name} is seen through its {typeof(TChild).Name}s is asked of theirs.");

    internal override bool Permits(T row, Viewer viewer) => true;
}

/// <summary>The context's set of an entity, as an expression EF reads as that table (the same shape as <c>db.Requests</c> in a lambda).</summary>
internal static class DbSets
{
    public static Expression Of<TEntity>(TrustdeskDbContext db) where TEntity : class
    {
        Expression<Func<TrustdeskDbContext>> context = () => db;
        var set = typeof(TrustdeskDbContext).GetProperties().Single(p => p.PropertyType == typeof(Microsoft.EntityFrameworkCore.DbSet<TEntity>));
        return Expression.Property(context.Body, set);
    }
}

/// <summary>A trust's options column carrying one option (e.g. an accepted trust that carries <c>roles</c>).</summary>
internal sealed class Carries<T>(Expression<Func<T, TrustOptions>> options, TrustOptions option) : Condition<T> where T : class
{
    private readonly Lazy<Func<T, TrustOptions>> _value = new(options.Compile);

    internal override Expression Filter(ParameterExpression row, TrustdeskDbContext db)
    {
        // The option is put in as a constant, as TrustedWith does, so the SQL carries the number.
        Expression<Func<TrustOptions, TrustOptions, bool>> template = (v, o) => (v & o) == o;
        return Inline.Apply(template, Inline.Column(options, row), Expression.Constant(option));
    }

    internal override string Sql(PolicyTable table) => $"({table.Column(options)} & {(int)option}) = {(int)option}";

    public override bool Holds(T row, Viewer viewer, TrustLookup trusted) => (_value.Value(row) & option) == option;
}
