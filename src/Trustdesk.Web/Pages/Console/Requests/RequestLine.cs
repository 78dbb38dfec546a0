using System.Text.Json.Nodes;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Pages.Portal;

namespace Trustdesk.Web.Pages.Console.Requests;

/// <summary>
/// A request as the console lists and shows it: the portal's <see cref="RequestView"/> plus what a specialist works
/// with (team, member, customer account), all read from the API's rendering. <see cref="Elsewhere"/> is true when
/// the request lives in another account than the one the console acts in.
/// </summary>
public sealed record RequestLine(
    RequestView Request, string? Team, string? Member, string? CustomerAccount, string? RequestedBy, string? CompletionReason, bool Elsewhere)
{
    public static RequestLine From(JsonObject json, Caller caller) => new(
        RequestView.From(json, caller.AccountId, caller.Account.Name),
        ApiFields.NameWithAccount(json, "team"),
        ApiFields.Name(json, "member"),
        ApiFields.Name(json, "customer_account"),
        ApiFields.Name(json, "requested_by"),
        RequestView.Words(ApiFields.Text(json, "completion_reason")),
        json["account"] is not null);
}
