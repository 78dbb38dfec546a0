using System.Globalization;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Catalog;
using Trustdesk.Web.Features.Contracts;

namespace Trustdesk.Web.Pages.Console.Contracts;

/// <summary>The console's form of a contract: every field it shows, sent whole on each save (an empty date clears it).</summary>
public sealed class ContractForm
{
    public string? Name { get; set; }
    public long? SupplierId { get; set; }
    public string? Status { get; set; } = SnakeCaseEnum<AgreementStatus>.Name(AgreementStatus.BeingPrepared);

    /// <summary>As <c>yyyy-mm-dd</c>, as a date input sends it; so are the other dates.</summary>
    public string? StartDate { get; set; }

    public string? NoticeDate { get; set; }
    public string? ExpiryDate { get; set; }
    public string? Remarks { get; set; }

    /// <summary>The API's field names and the form's, for the refusals shown next to the fields.</summary>
    public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["name"] = "Form.Name", ["supplier_id"] = "Form.SupplierId", ["status"] = "Form.Status", ["start_date"] = "Form.StartDate",
        ["notice_date"] = "Form.NoticeDate", ["expiry_date"] = "Form.ExpiryDate", ["remarks"] = "Form.Remarks",
    };

    /// <summary>The form sends all of them.</summary>
    public static readonly IReadOnlySet<string> AllFields = Fields.Keys.ToHashSet(StringComparer.Ordinal);

    public static readonly IReadOnlyList<string> Statuses = SnakeCaseEnum<AgreementStatus>.Names;

    public ContractInput Input => new()
    {
        Name = Name, SupplierId = SupplierId, Status = Status, StartDate = StartDate, NoticeDate = NoticeDate, ExpiryDate = ExpiryDate, Remarks = Remarks,
    };

    public static ContractForm Of(ContractResponse contract) => new()
    {
        Name = contract.Name, SupplierId = contract.Supplier.Id, Status = SnakeCaseEnum<AgreementStatus>.Name(contract.Status),
        StartDate = Day(contract.StartDate), NoticeDate = Day(contract.NoticeDate), ExpiryDate = Day(contract.ExpiryDate), Remarks = contract.Remarks,
    };

    private static string? Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
