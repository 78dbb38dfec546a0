namespace Trustdesk.Domain.Records;

/// <summary>
/// A record that belongs to two accounts at once (a trust and its audit trail): both sides read it, and the
/// data layer and row-level security key on both columns.
/// </summary>
public interface IBetweenAccounts
{
    string CustomerAccountId { get; }
    string ProviderAccountId { get; }
}
