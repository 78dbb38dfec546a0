using System.Text.Json.Serialization;
using Trustdesk.Domain.Catalog;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Coverage;

/// <summary>
/// A service instance of a person's self-service catalog, as <c>GET /v1/people/:id/service_instance_coverages</c>
/// answers it: what the person may ask for, and from which account. The order of the properties is the order on the wire.
/// </summary>
public sealed record CoveredServiceInstanceResponse
{
    public required long Id { get; init; }
    public required string Name { get; init; }

    /// <summary>The service the instance provides, in the providing account.</summary>
    public RecordRef? Service { get; init; }

    /// <summary>Always <c>in_production</c>: only instances in production are in a catalog.</summary>
    public required ServiceInstanceStatus Status { get; init; }

    /// <summary>
    /// The team that takes requests for the instance first, in the providing account. Not among a collection's default
    /// fields: the teams are read account by account, so only when <c>fields=</c> asks for one.
    /// </summary>
    public RecordRef? FirstLineTeam { get; init; }

    /// <summary>The team that supports the instance; named as <c>first_line_team</c> is.</summary>
    public RecordRef? SupportTeam { get; init; }

    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }

    /// <summary>The account providing the instance, when it is not the caller's.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AccountRef? Account { get; init; }
}
