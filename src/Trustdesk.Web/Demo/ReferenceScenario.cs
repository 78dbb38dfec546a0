namespace Trustdesk.Web.Demo;

/// <summary>
/// The demo data of product.md §10, as plain data: the Widget directory, its support domains and printfix.
/// <see cref="ScenarioLoader"/> writes it through the same DbContext and scope rules as the API.
/// </summary>
public static class ReferenceScenario
{
    public const string Directory = "widget";

    /// <summary>
    /// The demo tokens are public (README, the start-up banner), so each works for a day from the last start that loaded
    /// the scenario (ADR 34): a database the scenario was loaded into may later serve real work.
    /// </summary>
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromDays(1);

    /// <summary>The platform operator's token in the Development settings (<c>appsettings.Development.json</c>), public too.</summary>
    public const string OperatorToken = "td_demo_operator";

    /// <summary>An account of the scenario; a support domain's first team is its service desk team.</summary>
    public sealed record AccountSpec(string Id, string Name, bool IsDirectory, string? DirectoryId, string TimeZone, string[] Teams);

    public static readonly AccountSpec[] Accounts =
    [
        new(Directory, "Widget International", true, null, "Europe/Amsterdam", []),
        new("widget-it-nl", "Widget IT Netherlands", false, Directory, "Europe/Amsterdam", ["Service Desk NL", "Workplace NL"]),
        new("widget-it-us", "Widget IT United States", false, Directory, "America/New_York", ["Service Desk US", "Workplace US"]),
        new("widget-it-br", "Widget IT Brazil", false, Directory, "America/Sao_Paulo", ["Service Desk BR", "Workplace BR"]),
        new("widget-cc", "Widget Competence Centers", false, Directory, "Europe/Amsterdam", ["Active Directory", "E-mail", "Data Center"]),
        new("widget-hr", "Widget HR", false, Directory, "Europe/Amsterdam", ["HR Service Center"]),
        new("widget-facilities", "Widget Facilities", false, Directory, "Europe/Amsterdam", ["Facilities Desk"]),
        new("widget-finance", "Widget Finance", false, Directory, "Europe/Amsterdam", ["Finance Desk"]),
        new("printfix", "Printfix", false, null, "Europe/Amsterdam", ["Printer Engineers"]),
    ];

    public sealed record CountrySpec(string Code, string Organization, string Site, string City, string TimeZone, int People);

    public static readonly CountrySpec[] Countries =
    [
        new("NL", "Widget Netherlands", "Amsterdam Office", "Amsterdam", "Europe/Amsterdam", 120),
        new("US", "Widget United States", "New York Office", "New York", "America/New_York", 120),
        new("BR", "Widget Brazil", "São Paulo Office", "São Paulo", "America/Sao_Paulo", 100),
    ];

    public static readonly string[] Departments = ["Sales", "Finance", "Operations"];

    /// <summary>Named demo people: their account, country (for directory people), roles per account, demo token and password.</summary>
    public sealed record DemoPerson(string Name, string Email, string Account, string? Country, (string Account, string[] Roles)[] Roles, string Token)
    {
        /// <summary>The web UI password: the token's name without its prefix (<c>td_demo_nl_employee</c> → <c>demo_nl_employee</c>).</summary>
        public string Password => Token["td_".Length..];
    }

    public static readonly DemoPerson[] People =
    [
        new("Wendy Admin", "wendy.admin@widget.example", Directory, "NL",
            [(Directory, ["account_owner", "directory_administrator"]), ("widget-it-nl", ["account_owner"]), ("widget-it-us", ["account_owner"]),
             ("widget-it-br", ["account_owner"]), ("widget-cc", ["account_owner"]), ("widget-hr", ["account_owner"]),
             ("widget-facilities", ["account_owner"]), ("widget-finance", ["account_owner"])], "td_demo_widget_admin"),
        new("Anna de Vries", "anna.devries@widget.example", Directory, "NL", [], "td_demo_nl_employee"),
        new("Nick Jansen", "nick.jansen@widget.example", Directory, "NL", [("widget-it-nl", ["service_desk_analyst", "specialist"])], "td_demo_nl_analyst"),
        new("Carla Mendes", "carla.mendes@widget.example", Directory, "BR", [("widget-it-br", ["service_desk_analyst", "specialist"])], "td_demo_br_analyst"),
        new("Chris Cole", "chris.cole@widget.example", Directory, "US", [("widget-cc", ["specialist"])], "td_demo_cc_specialist"),
        new("Hannah Reed", "hannah.reed@widget.example", Directory, "US", [("widget-hr", ["specialist", "workflow_manager"])], "td_demo_hr_specialist"),
        new("Frank Visser", "frank.visser@widget.example", Directory, "NL", [("widget-facilities", ["specialist"])], "td_demo_facilities_specialist"),
        new("Pieter Fix", "pieter@printfix.example", "printfix", null, [("printfix", ["account_owner", "specialist"])], "td_demo_printfix_engineer"),
    ];

    public static readonly string[] FirstNames =
        ["Emma", "Liam", "Sophie", "Noah", "Julia", "Lucas", "Mila", "Daan", "Olivia", "James", "Ava", "Mateus", "Beatriz", "Gabriel", "Laura", "Thomas", "Isabel", "Ruben", "Mia", "Pedro"];

    public static readonly string[] LastNames =
        ["Bakker", "Smith", "Silva", "de Jong", "Johnson", "Santos", "Visser", "Williams", "Oliveira", "Meijer", "Brown", "Souza", "Mulder", "Jones", "Costa"];
}
