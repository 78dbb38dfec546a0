using System.Text.Json.Serialization;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.ConfigurationItems;

/// <summary>A user of a CI (<c>/v1/cis/:id/users</c>): the person, named as the CI's account names them, and since when they use it.</summary>
public sealed record CiUserResponse
{
    /// <summary>The person's id.</summary>
    public required long Id { get; init; }

    public string? Name { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AccountRef? Account { get; init; }

    /// <summary>When they were made a user of the CI.</summary>
    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }
}
