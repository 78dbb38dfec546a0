using System.Text.Json.Serialization;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Workflows;

/// <summary>
/// A workflow's header: what another account that sees one of its tasks reads of it (product.md §6), and, without its
/// manager, what a person who sees it only through an approval asked of them reads (ADR 29). The order of the properties
/// is the order on the wire.
/// </summary>
public sealed record WorkflowHeaderResponse : WorkflowResponse
{
    public required long Id { get; init; }
    public required string Subject { get; init; }
    public required WorkflowStatus Status { get; init; }

    /// <summary>The person who manages the workflow; left out for a person who sees it only through an approval.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RecordRef? Manager { get; init; }

    /// <summary>The account the workflow lives in, when it is not the caller's.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AccountRef? Account { get; init; }
}
