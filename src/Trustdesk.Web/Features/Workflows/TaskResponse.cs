using System.Text.Json.Serialization;

namespace Trustdesk.Web.Features.Workflows;

/// <summary>
/// A task as the API answers it (4me's task): all of it (<see cref="FullTaskResponse"/>) to the accounts that see it
/// through their work, what to decide (<see cref="TaskForApproverResponse"/>) to a person who sees it only as one of its
/// approvers (ADR 29). A list may hold both. Written as the one it is, with no field saying which.
/// </summary>
[JsonDerivedType(typeof(FullTaskResponse))]
[JsonDerivedType(typeof(TaskForApproverResponse))]
public abstract record TaskResponse;
