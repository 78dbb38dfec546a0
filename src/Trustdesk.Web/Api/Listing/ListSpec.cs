using System.Linq.Expressions;
using Trustdesk.Domain.Records;

namespace Trustdesk.Web.Api.Listing;

public static class ListSpec
{
    /// <summary>A collection of records, ordered and filtered by their own timestamps.</summary>
    public static ListSpec<T> Of<T>() where T : Record => new(r => r.CreatedAt, r => r.UpdatedAt);
}

/// <summary>
/// What a collection endpoint allows: the fields it filters and sorts on, its default order, and which fields a
/// collection shows when the client names none (single records always show all).
/// </summary>
public sealed class ListSpec<T>
{
    /// <summary>
    /// Every collection filters and sorts on <c>created_at</c> and <c>updated_at</c> and can show both: 4me clients
    /// read every list, nested ones included, with <c>sort=updated_at</c> and poll with <c>updated_at=&gt;…</c>. So a spec
    /// cannot be made without them. A collection of link rows (a team's members) shows the linked records and uses
    /// their timestamps; a row that never changes gives its creation time for both.
    /// </summary>
    public ListSpec(Expression<Func<T, DateTime>> createdAt, Expression<Func<T, DateTime>> updatedAt)
    {
        FilterAndSort(CreatedAt, createdAt);
        FilterAndSort(UpdatedAt, updatedAt);
    }

    private const string CreatedAt = "created_at";
    private const string UpdatedAt = "updated_at";

    internal Dictionary<string, LambdaExpression> Filters { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, Func<string, Expression<Func<T, bool>>?>> CustomFilters { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, LambdaExpression> Sorts { get; } = new(StringComparer.Ordinal);
    internal List<(LambdaExpression Key, bool Descending)> DefaultOrder { get; } = [];
    public IReadOnlyList<string> DefaultFields { get; private set; } = ["id"];

    /// <summary>Whether totals stop at the record after the page instead of counting the whole collection (ADR 19).</summary>
    public bool ThrottledTotals { get; private set; }
    public IReadOnlySet<string> AllFields { get; private set; } = new HashSet<string> { "id", CreatedAt, UpdatedAt };

    /// <summary>A field usable with every filter operator of 4me (=, !, lists, empty, present, ranges).</summary>
    public ListSpec<T> Filter<TValue>(string name, Expression<Func<T, TValue>> field)
    {
        Filters[name] = field;
        return this;
    }

    /// <summary>A filter that is not one field, e.g. "either side is this account"; the builder answers null for an unreadable value.</summary>
    public ListSpec<T> Filter(string name, Func<string, Expression<Func<T, bool>>?> build)
    {
        CustomFilters[name] = build;
        return this;
    }

    public ListSpec<T> Sort<TValue>(string name, Expression<Func<T, TValue>> field)
    {
        Sorts[name] = field;
        return this;
    }

    /// <summary>A field both filterable and sortable.</summary>
    public ListSpec<T> FilterAndSort<TValue>(string name, Expression<Func<T, TValue>> field) => Filter(name, field).Sort(name, field);

    public ListSpec<T> OrderBy<TValue>(Expression<Func<T, TValue>> key, bool descending = false)
    {
        DefaultOrder.Add((key, descending));
        return this;
    }

    /// <summary>
    /// For a collection whose visibility rule makes counting it cost as much as reading all of it: a page followed by
    /// more records answers a lower bound (the records up to the one after the page) with
    /// <c>X-Pagination-Throttled: true</c> and no <c>last</c> link, instead of an exact count (ADR 19).
    /// </summary>
    public ListSpec<T> ThrottleTotals()
    {
        ThrottledTotals = true;
        return this;
    }

    /// <summary>The fields a collection shows by default, and every field <c>fields=</c> may ask for.</summary>
    public ListSpec<T> Fields(IReadOnlyList<string> collection, IReadOnlyList<string> all)
    {
        DefaultFields = ["id", .. collection.Where(f => f != "id")];
        AllFields = new HashSet<string>(all, StringComparer.Ordinal) { "id", CreatedAt, UpdatedAt };
        return this;
    }

    /// <summary>
    /// The fields a collection shows by default; <c>fields=</c> may ask for every field of the typed answer
    /// <typeparamref name="TResponse"/>, as its wire names say.
    /// </summary>
    public ListSpec<T> Fields<TResponse>(IReadOnlyList<string> collection) =>
        Fields(collection, ApiJson.Options.GetTypeInfo(typeof(TResponse)).Properties.Select(p => p.Name).ToList());
}
