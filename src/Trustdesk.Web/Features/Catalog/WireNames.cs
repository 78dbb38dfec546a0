using System.Linq.Expressions;
using Trustdesk.Data.Configurations;

namespace Trustdesk.Web.Features.Catalog;

/// <summary>
/// Enum fields as their wire names inside a query, so collections can filter on them (<c>?status=active,expired</c>,
/// <c>?status=!expired</c>) with the filter operators that work on text: <c>CASE WHEN status = 'active' THEN 'active' … END</c>.
/// </summary>
internal static class WireNames
{
    public static Expression<Func<T, string?>> Of<T, TEnum>(Expression<Func<T, TEnum>> field) where TEnum : struct, Enum
    {
        Expression body = Expression.Constant(null, typeof(string));
        foreach (var value in Enum.GetValues<TEnum>().Reverse())
            body = Expression.Condition(
                Expression.Equal(field.Body, Expression.Constant(value)),
                Expression.Constant(SnakeCaseEnum<TEnum>.Name(value), typeof(string)),
                body);
        return Expression.Lambda<Func<T, string?>>(body, field.Parameters);
    }
}
