using Trustdesk.Domain.Access;

namespace Trustdesk.Web.Features.WorkflowTemplates;

/// <summary>Workflow managers maintain templates besides the administrators (4me's role of that name).</summary>
internal static class TemplateWriters
{
    public static readonly IReadOnlyCollection<string> Write = [Role.WorkflowManager];
}
