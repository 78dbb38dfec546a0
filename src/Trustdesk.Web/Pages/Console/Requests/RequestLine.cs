using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Contracts;
using Trustdesk.Web.Features.Requests;
using Trustdesk.Web.Pages.Portal;

namespace Trustdesk.Web.Pages.Console.Requests;

/// <summary>
/// A request as the console lists and shows it: the portal's <see cref="RequestView"/> plus what a specialist works
/// with (team, member, customer account), all read from the API's answer. <see cref="Elsewhere"/> is true when
/// the request lives in another account than the one the console acts in.
/// </summary>
public sealed record RequestLine(
    RequestView Request, string? Team, string? Member, string? CustomerAccount, string? RequestedBy, string? CompletionReason, bool Elsewhere)
{
    public static RequestLine From(RequestResponse request, Caller caller) => new(
        RequestView.From(request, caller.AccountId, caller.Account.Name),
        NameWithAccount(request.Team),
        request.Member?.Name,
        request.CustomerAccount?.Name,
        request.RequestedBy?.Name,
        request.CompletionReason is { } reason ? RequestView.Words(reason) : null,
        request.Account is not null);

    /// <summary>A name followed by its account's when that is another one: "Service Desk (Widget CC)".</summary>
    private static string? NameWithAccount(RecordRef? reference) =>
        reference?.Name is not { } name ? null : reference.Account is { } account ? $"{name} ({account.Name})" : name;
}
