using Trustdesk.Domain.ConfigurationItems;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.ConfigurationItems;

/// <summary>
/// A relation of a CI, read from that CI (<c>/v1/cis/:id/ci_relations</c>): what the CI is to <see cref="Ci"/>, the other
/// end. The same relation read from its other end has the opposite type (a parent's child is that child's parent).
/// </summary>
public sealed record CiRelationResponse
{
    public required long Id { get; init; }
    public required CiRelationType RelationType { get; init; }

    /// <summary>The related CI.</summary>
    public required RecordRef Ci { get; init; }

    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }
}

/// <summary>A new relation of a CI: what it is to the CI named by <see cref="CiId"/>, a CI of the same account.</summary>
public sealed record CiRelationInput
{
    [EnumValues(typeof(CiRelationType))] public string? RelationType { get; init; }
    public long? CiId { get; init; }
}
