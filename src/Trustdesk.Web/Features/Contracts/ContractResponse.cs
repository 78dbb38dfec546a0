using System.Text.Json.Serialization;
using Trustdesk.Domain.Catalog;
using Trustdesk.Domain.ConfigurationItems;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Contracts;

/// <summary>A contract as the API answers it (4me's), to its own account only. The order of the properties is the order on the wire.</summary>
public sealed record ContractResponse
{
    public required long Id { get; init; }
    public required string Name { get; init; }

    /// <summary>The supplier organization, with its <c>account</c> when it lives in the directory.</summary>
    public required RecordRef Supplier { get; init; }

    public required AgreementStatus Status { get; init; }

    /// <summary>The first day the contract applies, as <c>yyyy-mm-dd</c>.</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>The last day it applies, as <c>yyyy-mm-dd</c>.</summary>
    public DateOnly? ExpiryDate { get; init; }

    /// <summary>The last day it can still be ended or renegotiated, as <c>yyyy-mm-dd</c>.</summary>
    public DateOnly? NoticeDate { get; init; }

    public string? Remarks { get; init; }

    /// <summary>How many of the account's CIs it covers (listed at <c>/contracts/:id/cis</c>).</summary>
    public required int CiCount { get; init; }

    public string? Source { get; init; }
    [JsonPropertyName("sourceID")] public string? SourceId { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }
}

/// <summary>A CI a contract covers, as <c>/contracts/:id/cis</c> lists it: a CI of the contract's account.</summary>
public sealed record CoveredCiResponse
{
    public required long Id { get; init; }
    public required string Name { get; init; }
    public string? Label { get; init; }
    public required CiStatus Status { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }
}
