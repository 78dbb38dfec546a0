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

    private static ReferenceScenario.DemoPerson Named(string email) => ReferenceScenario.People.Single(p => p.Email == email);
}
