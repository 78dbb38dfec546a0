using System.Globalization;
using System.Linq.Expressions;
using System.Text.RegularExpressions;
using Trustdesk.Data.Configurations;

namespace Trustdesk.Web.Api.Listing;

/// <summary>
/// Turns one 4me filter value into a predicate: <c>v</c>, <c>!v</c>, <c>a,b</c>, <c>!a,b</c>, empty (<c>f=</c>),
/// present (<c>f=!</c>), comparisons <c>&gt;v &gt;=v &lt;v &lt;=v</c> and ranges such as <c>&gt;=a&lt;b</c>.
/// </summary>
public static partial class FilterExpression
{
    [GeneratedRegex(@"^(?<op1>>=|>|<=|<)(?<v1>[^<>]*)(?:(?<op2><=|<)(?<v2>[^<>]*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Comparison();

    /// <summary>The predicate, or null when the value cannot be read as the field's type.</summary>
    public static Expression<Func<T, bool>>? Build<T>(LambdaExpression field, string raw)
    {
        var parameter = field.Parameters[0];
        var body = field.Body;
        var type = body.Type;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        var nullable = !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;

        Expression? predicate;
        if (raw.Length == 0)
            predicate = nullable ? IsEmpty(body) : Expression.Constant(false);
        else if (raw == "!")
            predicate = nullable ? Expression.Not(IsEmpty(body)) : Expression.Constant(true);
        else if (Comparison().Match(raw) is { Success: true } m && underlying != typeof(string) && underlying != typeof(bool) && !underlying.IsEnum)
        {
            predicate = Compare(body, m.Groups["op1"].Value, m.Groups["v1"].Value, underlying);
            if (predicate is not null && m.Groups["op2"].Success)
            {
                var upper = Compare(body, m.Groups["op2"].Value, m.Groups["v2"].Value, underlying);
                predicate = upper is null ? null : Expression.AndAlso(predicate, upper);
            }
        }
        else
        {
            var negate = raw.StartsWith('!');
            var values = (negate ? raw[1..] : raw).Split(',');
            Expression? any = null;
            foreach (var text in values)
            {
                if (!TryParse(text, underlying, out var value)) return null;
                var equal = Expression.Equal(body, Parameter(value, type));
                any = any is null ? equal : Expression.OrElse(any, equal);
            }
            predicate = negate ? Expression.Not(any!) : any;
            // "not a" also keeps the records where the field is empty, as a person would expect.
            if (negate && nullable) predicate = Expression.OrElse(IsEmpty(body), predicate!);
        }
        return predicate is null ? null : Expression.Lambda<Func<T, bool>>(predicate, parameter);
    }

    /// <summary>
    /// The value as a member of a captured object, which EF Core turns into a SQL parameter: one cached query plan
    /// per filter shape instead of one per value.
    /// </summary>
    private static Expression Parameter(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(ValueHolder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), "Value");
    }

    private sealed class ValueHolder<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }

    private static Expression IsEmpty(Expression body) => Expression.Equal(body, Expression.Constant(null, body.Type));

    private static Expression? Compare(Expression body, string op, string text, Type underlying)
    {
        if (!TryParse(text, underlying, out var value)) return null;
        var constant = Parameter(value, body.Type);
        if (underlying == typeof(string)) return null;
        return op switch
        {
            ">" => Expression.GreaterThan(body, constant),
            ">=" => Expression.GreaterThanOrEqual(body, constant),
            "<" => Expression.LessThan(body, constant),
            _ => Expression.LessThanOrEqual(body, constant),
        };
    }

    private static bool TryParse(string text, Type type, out object? value)
    {
        value = null;
        if (type == typeof(string))
        {
            value = text;
            // No NUL: PostgreSQL refuses it in text and SQLite ends the SQL at it; either way a 500.
            return text.Length <= 1000 && !text.Contains('\0', StringComparison.Ordinal);
        }
        if (type == typeof(long) && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l)) value = l;
        else if (type == typeof(int) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i)) value = i;
        else if (type == typeof(bool) && Truthy.TryRead(text, out var b)) value = b;
        else if (type.IsEnum)
            value = Enum.GetValues(type).Cast<object>().FirstOrDefault(v => SnakeCaseNames.ToSnake(v.ToString()!) == text);
        else if (type == typeof(DateTime) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
                     DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var d))
            value = DateTime.SpecifyKind(d.UtcDateTime, DateTimeKind.Utc);
        else if (type == typeof(DateOnly) && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            value = day; // A 4me date, yyyy-mm-dd (a contract's expiry date).
        return value is not null;
    }
}

/// <summary>4me reads 1, T, Y, TRUE, YES, ON as true (and their opposites as false).</summary>
public static class Truthy
{
    public static bool TryRead(string text, out bool value)
    {
        switch (text.ToUpperInvariant())
        {
            case "1" or "T" or "Y" or "TRUE" or "YES" or "ON": value = true; return true;
            case "0" or "F" or "N" or "FALSE" or "NO" or "OFF": value = false; return true;
            default: value = false; return false;
        }
    }
}
