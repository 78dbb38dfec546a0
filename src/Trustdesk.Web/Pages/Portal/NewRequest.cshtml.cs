using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Requests;
using Trustdesk.Web.Features.ConfigurationItems;
using Trustdesk.Web.Features.Coverage;
using Trustdesk.Web.Features.Requests;

namespace Trustdesk.Web.Pages.Portal;

/// <summary>
/// <c>/portal/instances/{id}/request</c>: submits a request for an instance of the person's catalog through the handler
/// of <c>POST /v1/requests</c>, which routes it to the providing account (product.md §5). Its field errors are shown
/// next to the fields; an instance outside the person's catalog answers the 404 page. The person may name one of the CIs
/// they use as affected (<see cref="UsedCis"/>), linked to the request once it is registered, in the same transaction.
/// </summary>
public sealed class NewRequestModel(ListCoveredServiceInstances catalog, SubmitRequest submit, UsedCis used) : PageModel
{
    public static readonly IReadOnlyList<string> Categories = SnakeCaseEnum<RequestCategory>.Names;
    public static readonly IReadOnlyList<string> Impacts = SnakeCaseEnum<RequestImpact>.Names;

    /// <summary>The form's fields, by the API's field names.</summary>
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["subject"] = nameof(Subject), ["category"] = nameof(Category), ["impact"] = nameof(Impact), ["note"] = nameof(Description),
    };

    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    [BindProperty]
    public string? Subject { get; set; }

    [BindProperty]
    public string? Category { get; set; } = "incident";

    [BindProperty]
    public string? Impact { get; set; }

    /// <summary>The request's first note (4me's <c>note</c>); left empty, the request has none.</summary>
    [BindProperty]
    public string? Description { get; set; }

    /// <summary>One of the person's CIs the request is about; none when empty.</summary>
    [BindProperty]
    public long? CiId { get; set; }

    public CatalogEntry? Service { get; private set; }

    /// <summary>The CIs the person uses, offered as the affected one.</summary>
    public IReadOnlyList<UsedCi> Equipment { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        if (!await FindServiceAsync(cancel)) return NotFound();
        Equipment = await used.MineAsync(cancel);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        if (!await FindServiceAsync(cancel)) return NotFound();
        Equipment = await used.MineAsync(cancel);
        var affected = Equipment.FirstOrDefault(c => c.Id == CiId);
        if (CiId is not null && affected is null)
        {
            ModelState.AddModelError(nameof(CiId), "Equipment affected must be one of yours.");
            return Page();
        }
        var input = new RequestInput
        {
            Subject = Subject, Category = Category, Impact = string.IsNullOrEmpty(Impact) ? null : Impact, ServiceInstanceId = Id,
            Note = string.IsNullOrWhiteSpace(Description) ? null : Description,
        };
        var (registered, refused) = await submit.SubmitAsync(input, cancel);
        if (registered is null)
        {
            foreach (var (field, text) in refused!.FieldErrors)
                ModelState.AddModelError(Fields.GetValueOrDefault(field, ""), $"{RequestView.Words(Fields.GetValueOrDefault(field, field))} {text}.");
            return Page();
        }
        if (affected is not null) await used.LinkAsync(affected, registered.Id, cancel);
        return Redirect($"/portal/requests/{registered.Id}?submitted=true");
    }

    private async Task<bool> FindServiceAsync(CancellationToken cancel)
    {
        Service = (await catalog.OfCallerAsync(cancel)).FirstOrDefault(e => e.InstanceId == Id);
        return Service is not null;
    }
}
