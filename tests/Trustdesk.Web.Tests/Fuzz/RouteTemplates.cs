using Microsoft.AspNetCore.Routing.Patterns;

namespace Trustdesk.Web.Tests.Fuzz;

/// <summary>Route patterns written as the OpenAPI document writes them: <c>/v1/slas/{id}/people</c>, without constraints.</summary>
public static class RouteTemplates
{
    public static string Of(RoutePattern pattern)
    {
        var segments = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
            RoutePatternSeparatorPart separator => separator.Content,
            _ => throw new InvalidOperationException($"unknown route part in {pattern.RawText}"),
        })));
        return "/" + string.Join('/', segments);
    }
}
