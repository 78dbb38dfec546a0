using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Trustdesk.Data.Isolation.Rules;

/// <summary>
/// The table a row-level security policy is written for, and the model's names for what a condition refers to, so that
/// the SQL says exactly what the EF model maps (no column name is written by hand).
/// </summary>
public sealed class PolicyTable(IModel model, Type entity)
{
    public string Name { get; } = TableOf(model, entity);

    /// <summary>The column the selector names on this table's rows (quoted as needed: our names are plain snake case).</summary>
    public string Column(LambdaExpression selector) => ColumnOf(entity, selector);

    /// <summary>A column of another entity's table.</summary>
    public string ColumnOf(Type other, LambdaExpression selector)
    {
        var property = model.FindEntityType(other)!.FindProperty(MemberName(selector))
            ?? throw new InvalidOperationException($"{other.Name} maps no property {MemberName(selector)}");
        return property.GetColumnName();
    }

    public string TableOf(Type other) => TableOf(model, other);

    /// <summary>The value as the database stores it, as an SQL literal (enums are stored as snake-case text).</summary>
    public string Literal(Type owner, LambdaExpression selector, object value)
    {
        var property = model.FindEntityType(owner)!.FindProperty(MemberName(selector))!;
        var stored = property.GetTypeMapping().Converter?.ConvertToProvider(value) ?? value;
        return stored switch
        {
            string text => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'",
            bool flag => flag ? "true" : "false",
            _ => Convert.ToString(stored, System.Globalization.CultureInfo.InvariantCulture)!,
        };
    }

    private static string TableOf(IModel model, Type entity) =>
        model.FindEntityType(entity)?.GetTableName() ?? throw new InvalidOperationException($"{entity.Name} is not in the model");

    private static string MemberName(LambdaExpression selector)
    {
        var body = selector.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : selector.Body;
        return body is MemberExpression { Member: PropertyInfo property }
            ? property.Name
            : throw new ArgumentException($"A rule's column is a property of the row, not {selector}", nameof(selector));
    }
}
