namespace Trustdesk.Domain.Records;

/// <summary>
/// A record that lives in exactly one account. The data layer filters, stamps and checks
/// <see cref="AccountId"/> on every such record, and PostgreSQL row-level security keys on it.
/// </summary>
public interface IAccountOwned
{
    string AccountId { get; set; }
}

/// <summary>
/// An account-owned record that support domains linked to a directory account may also read
/// (people, organizations, sites live once in the directory).
/// </summary>
public interface IDirectoryShared : IAccountOwned;
