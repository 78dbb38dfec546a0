using System.Text.Json.Serialization;

namespace Trustdesk.Web.Features.Workflows;

/// <summary>
/// A workflow as the API answers it (4me's workflow): all of it (<see cref="FullWorkflowResponse"/>) in its own account;
/// its header (<see cref="WorkflowHeaderResponse"/>) to another account that sees one of its tasks (product.md §6), and
/// to a person who sees it only through an approval asked of them (ADR 29). Written as the one it is, with no field
/// saying which.
/// </summary>
[JsonDerivedType(typeof(FullWorkflowResponse))]
[JsonDerivedType(typeof(WorkflowHeaderResponse))]
public abstract record WorkflowResponse;
