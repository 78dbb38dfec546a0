namespace Trustdesk.Domain.Records;

/// <summary>
/// An account-owned record that a trusted provider may work on in place: the account of its team (or of its service
/// instance, for a record that has one) may change it, while the record stays in its own account (product.md §5,
/// "hand-over"; §6, tasks of another account's team). The trust that
/// allows it is checked by the use case and again by PostgreSQL row-level security; the save-time guard only lets
/// such a record be changed by the accounts it names.
/// </summary>
public interface IWorkedAcrossAccounts : IAccountOwned
{
    string? TeamAccountId { get; }
    string? ServiceInstanceAccountId { get; }
}
