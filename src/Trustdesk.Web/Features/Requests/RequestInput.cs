namespace Trustdesk.Web.Features.Requests;

/// <summary>The fields a request is registered with (4me names).</summary>
public sealed record RequestInput
{
    public string? Subject { get; init; }
    public string? Category { get; init; }
    public string? Impact { get; init; }
    public long? ServiceInstanceId { get; init; }
    public long? RequestedForId { get; init; }
    public long? TeamId { get; init; }
}
