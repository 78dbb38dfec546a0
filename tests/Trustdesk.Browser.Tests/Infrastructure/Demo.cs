using Trustdesk.Web.Demo;

namespace Trustdesk.Browser.Tests.Infrastructure;

/// <summary>The demo people of the reference scenario that the tests act as.</summary>
public static class Demo
{
    /// <summary>Anna de Vries: an employee in the Netherlands, with no role anywhere.</summary>
    public static ReferenceScenario.DemoPerson NlEmployee => Named("anna.devries@widget.example");

    /// <summary>Nick Jansen: service desk analyst in widget-it-nl.</summary>
    public static ReferenceScenario.DemoPerson NlAnalyst => Named("nick.jansen@widget.example");

    /// <summary>Carla Mendes: service desk analyst in widget-it-br.</summary>
    public static ReferenceScenario.DemoPerson BrAnalyst => Named("carla.mendes@widget.example");

    /// <summary>Hannah Reed: specialist and workflow manager in widget-hr.</summary>
    public static ReferenceScenario.DemoPerson HrSpecialist => Named("hannah.reed@widget.example");

    /// <summary>Frank Visser: specialist in widget-facilities.</summary>
    public static ReferenceScenario.DemoPerson FacilitiesSpecialist => Named("frank.visser@widget.example");

    /// <summary>Wendy Admin: directory administrator of widget and owner of every Widget account.</summary>
    public static ReferenceScenario.DemoPerson WidgetAdmin => Named("wendy.admin@widget.example");

    private static ReferenceScenario.DemoPerson Named(string email) => ReferenceScenario.People.Single(p => p.Email == email);
}
