using System.Text.Json.Serialization;
using Trustdesk.Domain.Catalog;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Catalog;

public sealed record ServiceInstanceInput
{
    public string? Name { get; init; }
    public long? ServiceId { get; init; }
    [EnumValues(typeof(ServiceInstanceStatus))] public string? Status { get; init; }
    public long? FirstLineTeamId { get; init; }
    public long? SupportTeamId { get; init; }
    public string? Source { get; init; }
    [JsonPropertyName("sourceID")] public string? SourceId { get; init; }
}
