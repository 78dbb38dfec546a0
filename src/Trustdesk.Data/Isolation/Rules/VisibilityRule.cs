using System.Linq.Expressions;
using Trustdesk.Domain.Trusts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Trustdesk.Data.Isolation.Rules;

/// <summary>One named way a row becomes visible, with the words the application gives it ("who can see this and why").</summary>
/// <param name="Name">A short name a newcomer can search for, e.g. <c>customer</c>.</param>
/// <param name="Reason">Why the branch grants it, in the words the console shows.</param>
/// <param name="When">The condition, over the row and the caller's scope.</param>
/// <param name="Explain">When the words depend on the row (which of the branch's columns names the viewer), how.</param>
public sealed record Branch<T>(string Name, string Reason, Condition<T> When, Func<T, Viewer, string>? Explain = null) where T : class
{
    /// <summary>Why <paramref name="viewer"/> sees <paramref name="row"/> under this branch.</summary>
    public string ReasonFor(T row, Viewer viewer) => Explain?.Invoke(row, viewer) ?? Reason;
}

/// <summary>What every layer asks of a rule without knowing its entity.</summary>
public interface IVisibilityRule
{
    Type Entity { get; }

    IReadOnlyList<string> BranchNames { get; }

    /// <summary>The EF query filter: a row is read when one of the branches holds.</summary>
    void ApplyFilter(ModelBuilder model, TrustdeskDbContext db, string filterName);

    /// <summary>The row-level security policy's conditions, from the same declaration.</summary>
    RulePolicy Policy(IModel model);

    /// <summary>Whether <paramref name="viewer"/>'s scope may add or delete <paramref name="row"/> (the save-time guard).</summary>
    bool PermitsWrite(object row, Viewer viewer);

    /// <summary>Whether <paramref name="viewer"/>'s scope may change <paramref name="row"/>, asked of it before and after the change.</summary>
    bool PermitsUpdate(object row, Viewer viewer);
}

/// <summary>A table's row-level security conditions: read, insert or delete, and update (checked before and after).</summary>
public sealed record RulePolicy(string Table, string Readable, string Writable, string Updatable);

/// <summary>
/// The one declaration of who sees a record of type <typeparamref name="T"/>: named read branches, and what may be
/// written (a row is added to or deleted from the caller's own account, or either side of a record between two) and
/// updated (the same, unless a branch lets a trusted provider work the row in place). Every layer is produced from it:
/// the EF filter, the PostgreSQL policies, and the application's questions (<see cref="Granting"/>).
/// </summary>
public sealed class VisibilityRule<T> : IVisibilityRule where T : class
{
    internal VisibilityRule(IReadOnlyList<Branch<T>> branches, Condition<T> writable, Condition<T> updatable)
    {
        if (branches.Count == 0) throw new ArgumentException("A rule has at least one branch.", nameof(branches));
        Branches = branches;
        Writable = writable;
        Updatable = updatable;
    }

    public IReadOnlyList<Branch<T>> Branches { get; }

    public Condition<T> Writable { get; }

    public Condition<T> Updatable { get; }

    public Type Entity => typeof(T);

    public IReadOnlyList<string> BranchNames => Branches.Select(b => b.Name).ToList();

    /// <summary>The branch named <paramref name="name"/>.</summary>
    public Branch<T> this[string name] => Branches.Single(b => b.Name == name);

    /// <summary>The read condition: any branch.</summary>
    public Condition<T> Readable => Branches.Select(b => b.When).Aggregate((a, b) => a | b);

    /// <summary>The EF filter as a lambda over the row, reading <paramref name="db"/>'s scope at each query.</summary>
    public Expression<Func<T, bool>> Filter(TrustdeskDbContext db)
    {
        var row = Expression.Parameter(typeof(T), "e");
        return Expression.Lambda<Func<T, bool>>(Readable.Filter(row, db), row);
    }

    public void ApplyFilter(ModelBuilder model, TrustdeskDbContext db, string filterName) =>
        model.Entity<T>().HasQueryFilter(filterName, Filter(db));

    public RulePolicy Policy(IModel model)
    {
        var table = new PolicyTable(model, typeof(T));
        return new RulePolicy(table.Name, Readable.Sql(table), Writable.Sql(table), Updatable.Sql(table));
    }

    public bool PermitsWrite(object row, Viewer viewer) => Writable.Permits((T)row, viewer);

    public bool PermitsUpdate(object row, Viewer viewer) => Updatable.Permits((T)row, viewer);

    /// <summary>
    /// The first branch under which <paramref name="viewer"/> sees <paramref name="row"/> (read already), with the trusts
    /// <paramref name="trusted"/> knows of; null when none does. For the application's own questions: who else sees a
    /// request and why, which side of it the caller is on.
    /// </summary>
    public Branch<T>? Granting(T row, Viewer viewer, TrustLookup trusted) =>
        Branches.FirstOrDefault(b => b.When.Holds(row, viewer, trusted));

    /// <summary>The same rule with the branch <paramref name="name"/> replaced (a planted bug, <see cref="PlantedBugs"/>).</summary>
    internal VisibilityRule<T> WithBranch(string name, Condition<T> when) =>
        new(Branches.Select(b => b.Name == name ? b with { When = when } : b).ToList(), Writable, Updatable);

    /// <summary>The same rule with every branch replaced by one (a planted bug).</summary>
    internal VisibilityRule<T> WithOnly(Branch<T> branch) => new([branch], Writable, Updatable);
}

/// <summary>Builds a <see cref="VisibilityRule{T}"/>, branch by branch.</summary>
public sealed class RuleBuilder<T> where T : class
{
    private readonly List<Branch<T>> _branches = [];
    private readonly List<Condition<T>> _alsoUpdated = [];
    private Condition<T>? _writable;

    /// <summary>A row is seen when <paramref name="when"/> holds (<paramref name="explain"/>: words that depend on the row).</summary>
    public RuleBuilder<T> Sees(string name, string reason, Condition<T> when, Func<T, Viewer, string>? explain = null)
    {
        _branches.Add(new Branch<T>(name, reason, when, explain));
        return this;
    }

    /// <summary>Rows are added and deleted where <paramref name="when"/> holds (default: in the caller's own account).</summary>
    public RuleBuilder<T> WrittenWhen(Condition<T> when)
    {
        _writable = when;
        return this;
    }

    /// <summary>Whoever sees the row under branch <paramref name="name"/> also changes it in place (a trusted provider's work).</summary>
    public RuleBuilder<T> AlsoUpdatedUnder(string name)
    {
        _alsoUpdated.Add(_branches.Single(b => b.Name == name).When);
        return this;
    }

    /// <summary>The row may also be changed where <paramref name="when"/> holds (and it is seen).</summary>
    public RuleBuilder<T> AlsoUpdatedWhen(Condition<T> when)
    {
        _alsoUpdated.Add(when);
        return this;
    }

    public VisibilityRule<T> Build()
    {
        var writable = _writable ?? When<T>.InCurrentAccount(When<T>.AccountColumn);
        return new VisibilityRule<T>(_branches, writable, _alsoUpdated.Aggregate(writable, (all, next) => all | next));
    }
}
