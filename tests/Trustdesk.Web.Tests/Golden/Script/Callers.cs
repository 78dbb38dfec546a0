namespace Trustdesk.Web.Tests.Golden.Script;

/// <summary>
/// The people who make the golden calls: the reference scenario's demo people with their public demo tokens (fixed, so
/// the recorded requests show them as they are), each in the account they work in, and the platform operator.
/// </summary>
public static class Callers
{
    public static readonly GoldenCaller Operator = new(GoldenServer.OperatorToken);

    /// <summary>Wendy Admin: owner of every Widget account, directory administrator of <c>widget</c>.</summary>
    public static readonly GoldenCaller Wendy = new("td_demo_widget_admin", "widget");

    /// <summary>Anna de Vries: an employee in the Netherlands with no role anywhere.</summary>
    public static readonly GoldenCaller Anna = new("td_demo_nl_employee");

    /// <summary>Nick Jansen: service desk analyst and specialist of <c>widget-it-nl</c>.</summary>
    public static readonly GoldenCaller Nick = new("td_demo_nl_analyst", "widget-it-nl");

    /// <summary>Chris Cole: specialist of the competence center, <c>widget-cc</c>.</summary>
    public static readonly GoldenCaller Chris = new("td_demo_cc_specialist", "widget-cc");

    /// <summary>Hannah Reed: specialist and workflow manager of <c>widget-hr</c>, approver of the onboarding's hiring.</summary>
    public static readonly GoldenCaller Hannah = new("td_demo_hr_specialist", "widget-hr");

    /// <summary>Pieter Fix: owner and engineer of <c>printfix</c>, the outside supplier.</summary>
    public static readonly GoldenCaller Pieter = new("td_demo_printfix_engineer", "printfix");
}
