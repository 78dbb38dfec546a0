using System.Text.Json.Serialization;
using Trustdesk.Domain.Accounts;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Accounts;

/// <summary>
/// An account as the API answers it: a directory (which keeps people, organizations and sites) or a support domain
/// (which serves requests, and may share a directory's records). The order of the properties is the order on the wire.
/// </summary>
public sealed record AccountResponse
{
    /// <summary>The account's slug, such as widget-it-nl: the <c>X-4me-Account</c> a call acts in.</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }
    public required AccountKind Kind { get; init; }

    /// <summary>True for a directory account (the same as <c>kind</c> directory).</summary>
    public bool Directory { get; init; }

    /// <summary>The directory account a support domain shares people, organizations and sites with.</summary>
    public AccountRef? DirectoryAccount { get; init; }

    /// <summary>An IANA time zone, such as Europe/Amsterdam.</summary>
    public required string TimeZone { get; init; }

    /// <summary>The team a request without a team goes to: one of the account's own.</summary>
    public RecordRef? ServiceDeskTeam { get; init; }

    public bool Disabled { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }

    /// <summary>Only in the answer to the account's creation: its first owner and what they may do from the start.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AccountOwnerResponse? Owner { get; init; }
}
