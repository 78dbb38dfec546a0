using Trustdesk.Domain.Catalog;
using Trustdesk.Domain.Records;

namespace Trustdesk.Domain.ConfigurationItems;

/// <summary>
/// A contract (4me's) between the account and a supplier organization: its dates, its status and the CIs it covers.
/// A plain record of its account. Its notice date is the last day on which it can still be ended or renegotiated; the
/// account's managers are shown those whose notice date is near (<see cref="Contracts.NoticeWithin"/>).
/// </summary>
public sealed class Contract : Record
{
    public string Name { get; set; } = "";

    /// <summary>An organization of the account or of its directory account.</summary>
    public long SupplierId { get; set; }

    public AgreementStatus Status { get; set; } = AgreementStatus.BeingPrepared;
    public DateOnly? StartDate { get; set; }
    public DateOnly? ExpiryDate { get; set; }
    public DateOnly? NoticeDate { get; set; }
    public string? Remarks { get; set; }
}

/// <summary>A CI of the account a contract covers; lives with the contract.</summary>
public sealed class ContractCi : Record
{
    public long ContractId { get; set; }
    public long CiId { get; set; }
}

public static class Contracts
{
    /// <summary>How far ahead the managers' list of notice dates looks (issue 17: the next 90 days).</summary>
    public const int NoticeWindowDays = 90;

    /// <summary>Whether a contract not yet expired must be acted on by its notice date within the window from <paramref name="today"/>.</summary>
    public static bool NoticeWithin(this Contract contract, DateOnly today) =>
        contract.Status != AgreementStatus.Expired && contract.NoticeDate is { } notice
        && today <= notice && notice <= today.AddDays(NoticeWindowDays);
}
