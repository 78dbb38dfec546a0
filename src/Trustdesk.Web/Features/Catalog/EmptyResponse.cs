namespace Trustdesk.Web.Features.Catalog;

/// <summary>
/// The answer of a write that has nothing to tell but that it was done: <c>{}</c>, as 4me answers adding a record to a
/// relation (<c>POST /slas/:id/people/:person_id</c>). Local to the catalog until it is shared (team members answer it too).
/// </summary>
public sealed record EmptyResponse;
