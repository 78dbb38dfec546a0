using Trustdesk.Domain.Records;

namespace Trustdesk.Domain.Requests;

/// <summary>
/// A note on a request. It lives in the account its author wrote it in (<see cref="Record.AccountId"/>, 4me's
/// <c>internal_account</c> for an internal note), which need not be the request's account: a provider's specialist
/// writes into the provider's account. A public note is seen by everyone who sees the request; an internal note
/// only in its own account.
/// </summary>
public sealed class RequestNote : Record
{
    public long RequestId { get; set; }
    public long PersonId { get; set; }
    public string Text { get; set; } = "";
    public bool Internal { get; set; }
}
