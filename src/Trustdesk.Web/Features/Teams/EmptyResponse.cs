namespace Trustdesk.Web.Features.Teams;

/// <summary>
/// An empty object, <c>{}</c>: 4me's answer to adding a relation that has no fields of its own (a team's member).
/// </summary>
public sealed record EmptyResponse
{
    public static readonly EmptyResponse Instance = new();
}
