using System.Globalization;
using System.Linq.Expressions;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Trustdesk.Web.Api.Listing;

/// <summary>
/// The one implementation of 4me collection conventions: filters, <c>sort</c>, <c>fields</c>, <c>page</c> and
/// <c>per_page</c>, the <c>Link</c> header and the <c>X-Pagination-*</c> headers.
/// </summary>
public static class Listing
{
    public const int DefaultPerPage = 20;
    public const int MaxPerPage = 100;

    /// <summary>The most values one filter takes (<c>id=1,2,3</c>, repeats included): plenty for a client's list of ids.</summary>
    public const int MaxFilterValues = 500;

    private static readonly HashSet<string> Reserved = ["page", "per_page", "sort", "fields"];

    /// <summary>
    /// Answers one page of <paramref name="query"/> (already limited to what the caller may see), rendering each
    /// record with all its fields through <paramref name="render"/>.
    /// </summary>
    public static async Task<ApiResult> PageAsync<T, TResponse>(
        HttpRequest request, IQueryable<T> query, ListSpec<T> spec, Func<IReadOnlyList<T>, Task<IReadOnlyList<TResponse>>> render)
    {
        var parameters = request.Query;
        var unknown = parameters.Keys
            .Where(k => !Reserved.Contains(k) && !spec.Filters.ContainsKey(k) && !spec.CustomFilters.ContainsKey(k)).ToList();
        if (unknown.Count > 0) return ApiErrors.BadRequest($"Filtering not allowed on fields: {string.Join(", ", unknown)}");

        var (filtered, filterError) = Filter(query, spec, parameters);
        if (filterError is not null) return filterError;
        query = filtered!;

        var (ordered, sortError) = Order(query, spec, parameters["sort"].ToString());
        if (sortError is not null) return sortError;

        var (fields, fieldsError) = Fields(spec, parameters["fields"].ToString());
        if (fieldsError is not null) return fieldsError;

        if (!TryPositive(parameters["page"].ToString(), 1, out var page)) return ApiErrors.BadRequest("Invalid page");
        if (!TryPositive(parameters["per_page"].ToString(), DefaultPerPage, out var perPage)) return ApiErrors.BadRequest("Invalid per_page");
        perPage = Math.Min(perPage, MaxPerPage);

        // The page is read with the record after it, which says whether a next page exists and, when none does,
        // what the total is without counting.
        var cancel = request.HttpContext.RequestAborted;
        var offset = (long)(page - 1) * perPage;
        var (rows, hasNext) = await SliceAsync(ordered!, page, perPage, cancel);

        // A throttled total (ADR 19) stops at the record after the page: a lower bound, as 4me's X-Pagination-Throttled.
        var throttled = hasNext && spec.ThrottledTotals;
        var total = !hasNext && (rows.Count > 0 || page == 1) ? (int)offset + rows.Count
            : throttled ? (int)offset + perPage + 1
            : await query.CountAsync(cancel);
        var totalPages = Math.Max(1, (total + perPage - 1) / perPage);
        var rendered = rows.Count == 0 ? [] : await render(rows);

        var body = new JsonArray();
        foreach (var record in rendered) body.Add(Select(ApiJson.Node(record), fields));

        var result = ApiResult.Ok(body)
            .WithHeader("X-Pagination-Per-Page", perPage.ToString(CultureInfo.InvariantCulture))
            .WithHeader("X-Pagination-Current-Page", page.ToString(CultureInfo.InvariantCulture))
            .WithHeader("X-Pagination-Total-Pages", totalPages.ToString(CultureInfo.InvariantCulture))
            .WithHeader("X-Pagination-Total-Entries", total.ToString(CultureInfo.InvariantCulture));
        if (throttled) result.WithHeader("X-Pagination-Throttled", "true");
        // Where a throttled collection ends is not known, so it has no "last" link.
        var links = PageLinks.Build(request, page, perPage, throttled ? null : totalPages, hasNext);
        if (links.Length > 0) result.WithHeader("Link", links);
        return result;
    }

    /// <summary>
    /// The query with the request's filters, one <c>Where</c> per filter: its repeats (<c>id=&gt;1&amp;id=&lt;9</c>) must all
    /// hold. A filter takes at most <see cref="MaxFilterValues"/> values, its commas and repeats counted: past that SQLite
    /// refuses the query (too deep, too many parameters) and EF Core's translation runs out of stack (the process ends),
    /// so the limit is held on every database, before anything is built.
    /// </summary>
    private static (IQueryable<T>?, ApiResult?) Filter<T>(IQueryable<T> query, ListSpec<T> spec, IQueryCollection parameters)
    {
        var filters = spec.Filters.Select(f => (f.Key, Build: (Func<string, Expression<Func<T, bool>>?>)(value => FilterExpression.Build<T>(f.Value, value))))
            .Concat(spec.CustomFilters.Select(f => (f.Key, Build: f.Value)));
        foreach (var (name, build) in filters)
        {
            if (!parameters.TryGetValue(name, out var values)) continue;
            if (values.Sum(value => (value?.Count(c => c == ',') ?? 0) + 1) > MaxFilterValues)
                return (null, ApiErrors.BadRequest($"Too many values for {name}: a filter takes at most {MaxFilterValues}"));
            Expression<Func<T, bool>>? all = null;
            foreach (var value in values)
            {
                var predicate = build(value ?? "");
                if (predicate is null) return (null, ApiErrors.BadRequest($"Invalid filter value for {name}: {value}"));
                all = all is null ? predicate : Expression.Lambda<Func<T, bool>>(
                    Expression.AndAlso(all.Body, ReplacingExpressionVisitor.Replace(predicate.Parameters[0], all.Parameters[0], predicate.Body)),
                    all.Parameters);
            }
            query = query.Where(all!);
        }
        return (query, null);
    }

    /// <summary>Page <paramref name="page"/> (from 1) of <paramref name="ordered"/>, read with the record after it to say whether a next page exists.</summary>
    public static async Task<(List<T> Rows, bool HasNext)> SliceAsync<T>(IOrderedQueryable<T> ordered, int page, int perPage, CancellationToken cancel)
    {
        var offset = (long)(page - 1) * perPage;
        var rows = offset > int.MaxValue - MaxPerPage ? [] : await ordered.Skip((int)offset).Take(perPage + 1).ToListAsync(cancel);
        var hasNext = rows.Count > perPage;
        if (hasNext) rows.RemoveAt(perPage);
        return (rows, hasNext);
    }

    public const string LikeEscape = "\\";

    /// <summary>
    /// A <c>LIKE</c> pattern matching text that contains <paramref name="words"/> (compared in lower case, so alike on
    /// SQLite and PostgreSQL), its wildcards escaped with <see cref="LikeEscape"/>.
    /// </summary>
    public static string ContainsPattern(string words) =>
        // No stored text holds a NUL (every write refuses it) and PostgreSQL refuses one in a parameter: it is dropped.
        "%" + words.Replace("\0", "", StringComparison.Ordinal).Trim().ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";

    private static (IOrderedQueryable<T>?, ApiResult?) Order<T>(IQueryable<T> query, ListSpec<T> spec, string sort)
    {
        var keys = new List<(LambdaExpression, bool)>();
        if (sort.Length > 0)
        {
            // A field sorted on a second time changes no order; dropped, a long list of repeats cannot nest the query out of stack.
            var names = sort.Split(',').Select(s => s.Trim()).DistinctBy(s => s.TrimStart('-')).ToList();
            var notAllowed = names.Where(n => !spec.Sorts.ContainsKey(n.TrimStart('-'))).ToList();
            if (notAllowed.Count > 0)
                return (null, ApiErrors.BadRequest($"Sorting not allowed on fields: {string.Join(", ", notAllowed.Select(n => n.TrimStart('-')))}"));
            keys.AddRange(names.Select(n => (spec.Sorts[n.TrimStart('-')], n.StartsWith('-'))));
        }
        keys.AddRange(spec.DefaultOrder);
        IOrderedQueryable<T>? ordered = null;
        foreach (var (key, descending) in keys)
            ordered = ordered is null ? ApplyOrder(query, key, descending, first: true) : ApplyOrder(ordered, key, descending, first: false);
        return (ordered ?? query.OrderBy(_ => 0), null);
    }

    private static IOrderedQueryable<T> ApplyOrder<T>(IQueryable<T> query, LambdaExpression key, bool descending, bool first)
    {
        var method = (first, descending) switch
        {
            (true, false) => nameof(Queryable.OrderBy),
            (true, true) => nameof(Queryable.OrderByDescending),
            (false, false) => nameof(Queryable.ThenBy),
            _ => nameof(Queryable.ThenByDescending),
        };
        var call = Expression.Call(typeof(Queryable), method, [typeof(T), key.ReturnType], query.Expression, Expression.Quote(key));
        return (IOrderedQueryable<T>)query.Provider.CreateQuery<T>(call);
    }

    private static (IReadOnlyList<string>, ApiResult?) Fields<T>(ListSpec<T> spec, string fields)
    {
        if (fields.Length == 0) return (spec.DefaultFields, null);
        var names = fields.Split(',').Select(f => f.Trim()).Where(f => f.Length > 0).Distinct().ToList();
        var unknown = names.Where(n => !spec.AllFields.Contains(n)).ToList();
        if (unknown.Count > 0) return ([], ApiErrors.BadRequest($"Unknown fields: {string.Join(", ", unknown)}"));
        return (["id", .. names.Where(n => n != "id")], null);
    }

    /// <summary>The fields asked for, moved out of the record rendered for this answer alone (no copy); null for one it lacks.</summary>
    private static JsonObject Select(JsonObject record, IReadOnlyList<string> fields)
    {
        var selected = new JsonObject();
        foreach (var field in fields) selected[field] = record.Remove(field, out var value) ? value : null;
        return selected;
    }

    private static bool TryPositive(string text, int fallback, out int value)
    {
        if (text.Length == 0)
        {
            value = fallback;
            return true;
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 1;
    }
}
