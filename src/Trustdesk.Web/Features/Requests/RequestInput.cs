using Trustdesk.Domain.Requests;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Requests;

/// <summary>
/// The fields a request is registered with (4me names); <c>note</c> (and a specialist's <c>internal_note</c>) is its
/// first note, as in 4me: the description.
/// </summary>
public sealed record RequestInput : INoteFields
{
    public string? Subject { get; init; }
    [EnumValues(typeof(RequestCategory))] public string? Category { get; init; }
    [EnumValues(typeof(RequestImpact))] public string? Impact { get; init; }
    public long? ServiceInstanceId { get; init; }
    public long? RequestedForId { get; init; }
    public long? TeamId { get; init; }
    public string? Note { get; init; }
    public string? InternalNote { get; init; }

    /// <summary>Whether a note field is sent: given at all (a blank one is refused, as in PATCH).</summary>
    public bool Sends(string field) => field switch
    {
        "note" => Note is not null,
        "internal_note" => InternalNote is not null,
        _ => false,
    };
}
