using System.Text.Json.Serialization;

namespace Trustdesk.Web.Api.Contracts;

/// <summary>
/// Every refusal's body (product.md §9): a message, and for a 422 the faulty fields, each as
/// <c>[field, what is wrong]</c>.
/// </summary>
public sealed record ApiError(string Message)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string[]>? Errors { get; init; }
}
