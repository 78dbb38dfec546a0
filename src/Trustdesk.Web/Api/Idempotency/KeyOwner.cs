using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Api.Idempotency;

/// <summary>
/// Whose keys these are (ADR 36): the calling person, in the account the call acts in, whichever of their tokens they
/// call with. Another person, or the same person in another account, never meets the key: to them it is new.
/// </summary>
internal readonly record struct KeyOwner(string AccountId, long PersonId)
{
    /// <summary>
    /// The platform operator acts in no account; its keys are kept under this scope, which no account can have (an
    /// account's id starts with a letter or a digit), so no person's scope ever reaches them, and no filter or policy
    /// needs a branch for them.
    /// </summary>
    public const string OperatorScope = "~operator";

    public static KeyOwner Of(Caller caller) => caller.IsOperator ? new(OperatorScope, 0) : new(caller.AccountId, caller.PersonId);
}
