using System.Globalization;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.ConfigurationItems;
using Trustdesk.Domain.Trusts;
using Trustdesk.Web.Features.ConfigurationItems;
using Trustdesk.Web.Features.Trusts;

namespace Trustdesk.Web.Pages.Console.ConfigurationItems;

/// <summary>
/// The console's form of a CI. Its account's configuration managers and administrators send every field it shows; whoever
/// else maintains the CI (a specialist, the supporting provider) sends its status and remarks, and a note when one is typed
/// (<see cref="SaveCi.MaintainedFields"/>). <see cref="SaveCi"/> checks them all again.
/// </summary>
public sealed class CiForm
{
    public long? ProductId { get; set; }
    public string? Name { get; set; }
    public string? Label { get; set; }
    public string? Status { get; set; } = SnakeCaseEnum<CiStatus>.Name(CiStatus.InProduction);
    public string? SerialNumber { get; set; }
    public long? SiteId { get; set; }
    public long? SupplierId { get; set; }
    public long? SupportTeamId { get; set; }

    /// <summary>As <c>yyyy-mm-dd</c>, as a date input sends it.</summary>
    public string? WarrantyExpiryDate { get; set; }

    public string? Remarks { get; set; }
    public string? Note { get; set; }

    /// <summary>The API's field names and the form's, for the refusals shown next to the fields.</summary>
    public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["product_id"] = "Form.ProductId", ["name"] = "Form.Name", ["label"] = "Form.Label", ["status"] = "Form.Status",
        ["serialNr"] = "Form.SerialNumber", ["site_id"] = "Form.SiteId", ["supplier_id"] = "Form.SupplierId",
        ["support_team_id"] = "Form.SupportTeamId", ["warranty_expiry_date"] = "Form.WarrantyExpiryDate", ["remarks"] = "Form.Remarks",
        ["note"] = "Form.Note",
    };

    /// <summary>
    /// What the form sends: every field it shows to a definer, the maintained ones to anyone else, and a note when one is
    /// typed on a CI that exists. A new CI without a name takes its product's (4me's); a support team left as it is, is not
    /// sent, so a team no longer offered (a provider's, after the trust was revoked) does not stop the other changes.
    /// </summary>
    public IReadOnlySet<string> Sent(bool defines, Ci? current)
    {
        var sent = new HashSet<string>(defines ? Fields.Keys.Where(f => f != "note") : ["status", "remarks"], StringComparer.Ordinal);
        if (current is null && string.IsNullOrWhiteSpace(Name)) sent.Remove("name");
        if (current is not null && SupportTeamId == current.SupportTeamId) sent.Remove("support_team_id");
        if (current is not null && !string.IsNullOrWhiteSpace(Note)) sent.Add("note");
        return sent;
    }

    public CiInput Input => new()
    {
        ProductId = ProductId, Name = Name, Label = Label, Status = Status, SerialNumber = SerialNumber, SiteId = SiteId, SupplierId = SupplierId,
        SupportTeamId = SupportTeamId, WarrantyExpiryDate = WarrantyExpiryDate, Remarks = Remarks, Note = Note,
    };

    public static CiForm Of(CiResponse ci) => new()
    {
        ProductId = ci.Product.Id, Name = ci.Name, Label = ci.Label, Status = SnakeCaseEnum<CiStatus>.Name(ci.Status), SerialNumber = ci.SerialNumber,
        SiteId = ci.Site?.Id, SupplierId = ci.Supplier?.Id, SupportTeamId = ci.SupportTeam?.Id,
        WarrantyExpiryDate = ci.WarrantyExpiryDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Remarks = ci.Remarks,
    };
}

/// <summary>
/// What a definer's form offers: the account's products, the sites and organizations it sees, and the support teams it may
/// choose (its own, and those of providers it trusts with <c>cis</c>).
/// </summary>
public sealed record CiChoices(
    IReadOnlyList<(long Id, string Name)> Products, IReadOnlyList<(long Id, string Name)> Sites,
    IReadOnlyList<(long Id, string Name)> Suppliers, IReadOnlyList<TeamChoice> Teams)
{
    public static readonly IReadOnlyList<string> Statuses = SnakeCaseEnum<CiStatus>.Names;

    public static async Task<CiChoices> ReadAsync(AccountChoices choices, TrustedTeams teams, string accountId, CiForm form, CancellationToken cancel) => new(
        await choices.ProductsAsync(form.ProductId, cancel), await choices.SitesAsync(form.SiteId, cancel),
        await choices.OrganizationsAsync(form.SupplierId, cancel), await teams.ChoicesAsync(accountId, TrustOptions.Cis, cancel));
}

/// <summary>The CI form as a page shows it: its choices for a definer (null: the maintained fields alone), the current support team's name.</summary>
public sealed record CiFormView(CiForm Form, CiChoices? Choices, bool Creating, string? CurrentTeam);
