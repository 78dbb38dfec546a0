namespace Trustdesk.Web.Pages.Console.Trusts;

/// <summary>What each option of a trust from a customer C to a provider P lets cross it, in words (product.md §3).</summary>
public static class TrustOptionWords
{
    public static readonly IReadOnlyList<(string Option, string Label, string Explained)> All =
    [
        ("services", "Services", "The provider may offer SLAs covering the customer's people; requests under them are seen in both accounts."),
        ("requests", "Requests", "The customer's specialists may hand a request to the provider's teams or service instances; it stays in the customer's account and the provider sees and works it."),
        ("tasks", "Tasks", "The customer's workflows may hold tasks for the provider's teams; the provider sees such a task once it is activated, with the workflow's header."),
        ("roles", "Roles", "People of the customer may be given roles in the provider's account."),
        ("cis", "Configuration items", "The provider's teams may support the customer's configuration items."),
    ];

    public static string Label(string option) => All.FirstOrDefault(o => o.Option == option).Label ?? option;
}
