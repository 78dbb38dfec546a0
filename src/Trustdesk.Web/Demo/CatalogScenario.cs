using Trustdesk.Domain.Trusts;

namespace Trustdesk.Web.Demo;

/// <summary>
/// The catalog and trusts of the reference scenario (product.md §10): who trusts whom, which services each
/// account offers, and to whom. An NL employee ends up covered for NL IT, competence center, HR, Facilities, Finance
/// and printfix services, and not for the Brazil-only workplace service; the competence center's data center hosts
/// servers for the IT departments' analysts.
/// </summary>
public static class CatalogScenario
{
    public sealed record TrustSpec(string Customer, string Provider, TrustOptions Options);

    public static readonly TrustSpec[] Trusts =
    [
        new("widget-it-nl", "widget-cc", TrustOptions.Services | TrustOptions.Requests | TrustOptions.Tasks),
        new("widget-it-us", "widget-cc", TrustOptions.Services | TrustOptions.Requests | TrustOptions.Tasks),
        new("widget-it-br", "widget-cc", TrustOptions.Services | TrustOptions.Requests | TrustOptions.Tasks),
        new("widget-hr", "widget-cc", TrustOptions.Tasks),
        new("widget-hr", "widget-facilities", TrustOptions.Tasks),
        new("widget-it-nl", "printfix", TrustOptions.Services | TrustOptions.Requests | TrustOptions.Cis),
    ];

    /// <summary>
    /// One SLA: the provider offers <paramref name="Instance"/> of <paramref name="Service"/> to the people of the
    /// named directory organization and its descendants, or only to the <paramref name="People"/> named by e-mail;
    /// across a trust when <paramref name="CustomerAccount"/> is set. The service is handled by the provider's team of
    /// the same name, else by its first team.
    /// </summary>
    public sealed record OfferSpec(
        string Provider, string Service, string Instance, string CustomerOrganization, string? CustomerAccount, string[]? People = null);

    /// <summary>The IT departments' service desk analysts, who order hosting from the competence center's data center.</summary>
    private static readonly string[] ItAnalysts = ["nick.jansen@widget.example", "carla.mendes@widget.example"];

    public static readonly OfferSpec[] Offers =
    [
        new("widget-it-nl", "Workplace NL", "Laptops and desktops NL", "Widget Netherlands", null),
        new("widget-it-us", "Workplace US", "Laptops and desktops US", "Widget United States", null),
        new("widget-it-br", "Workplace BR", "Laptops and desktops BR", "Widget Brazil", null),
        new("widget-cc", "Active Directory", "Active Directory for Widget NL", "Widget Netherlands", "widget-it-nl"),
        new("widget-cc", "Active Directory", "Active Directory for Widget US", "Widget United States", "widget-it-us"),
        new("widget-cc", "Active Directory", "Active Directory for Widget BR", "Widget Brazil", "widget-it-br"),
        new("widget-cc", "E-mail", "E-mail for Widget NL", "Widget Netherlands", "widget-it-nl"),
        new("widget-cc", "E-mail", "E-mail for Widget US", "Widget United States", "widget-it-us"),
        new("widget-cc", "E-mail", "E-mail for Widget BR", "Widget Brazil", "widget-it-br"),
        new("widget-cc", "Data Center", "Server hosting for Widget NL", "Widget Netherlands", "widget-it-nl", ItAnalysts[..1]),
        new("widget-cc", "Data Center", "Server hosting for Widget BR", "Widget Brazil", "widget-it-br", ItAnalysts[1..]),
        new("widget-hr", "HR Services", "HR Service Center", "Widget International", null),
        new("widget-facilities", "Facilities", "Workplace facilities", "Widget International", null),
        new("widget-finance", "Finance", "Expense claims", "Widget International", null),
        new("widget-finance", "Finance", "Purchase requests", "Widget International", null),
        new("printfix", "Printer Repair", "Printer repair NL", "Widget Netherlands", "widget-it-nl"),
    ];
}
