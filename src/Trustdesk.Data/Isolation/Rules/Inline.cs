using System.Linq.Expressions;

namespace Trustdesk.Data.Isolation.Rules;

/// <summary>
/// Puts expressions in place of a lambda's parameters: how a condition's template (written as an ordinary C# lambda, so
/// that EF sees the same shapes as in a hand-written filter) is applied to a row's column.
/// </summary>
internal static class Inline
{
    public static Expression Apply(LambdaExpression template, params Expression[] values) =>
        new Replacing(template.Parameters, values).Visit(template.Body);

    /// <summary>The column <paramref name="column"/> selects, on <paramref name="row"/>.</summary>
    public static Expression Column(LambdaExpression column, ParameterExpression row) => Apply(column, row);

    private sealed class Replacing(IReadOnlyList<ParameterExpression> parameters, Expression[] values) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node)
        {
            for (var i = 0; i < parameters.Count; i++)
                if (parameters[i] == node) return values[i];
            return node;
        }
    }
}
