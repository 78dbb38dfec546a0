using System.Text.Json.Serialization;
using Trustdesk.Domain.Requests;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Requests;

/// <summary>The fields of <c>PATCH /v1/requests/:id</c> (4me names); <c>note</c> and <c>internal_note</c> add a note.</summary>
public sealed record RequestUpdateInput : INoteFields
{
    public string? Subject { get; init; }
    [EnumValues(typeof(RequestCategory))] public string? Category { get; init; }
    [EnumValues(typeof(RequestImpact))] public string? Impact { get; init; }
    [EnumValues(typeof(RequestStatus))] public string? Status { get; init; }
    [EnumValues(typeof(CompletionReason))] public string? CompletionReason { get; init; }
    public long? TeamId { get; init; }
    public long? MemberId { get; init; }
    public long? ServiceInstanceId { get; init; }

    /// <summary>
    /// A problem of the caller's account to link the request to, or null to remove the account's link (specialists of any
    /// account that sees the request; the link is the problem account's, the request itself does not change).
    /// </summary>
    public long? ProblemId { get; init; }
    public string? Note { get; init; }
    public string? InternalNote { get; init; }
    public string? Source { get; init; }
    [JsonPropertyName("sourceID")] public string? SourceId { get; init; }
}
