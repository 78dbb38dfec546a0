namespace Trustdesk.Data.Isolation.Rules;

/// <summary>
/// The transaction-local settings a row-level security policy reads, one per value of the <see cref="AccountScope"/>
/// (set by the PostgreSQL settings interceptor before the transaction's first command).
/// </summary>
internal static class Settings
{
    public const string Account = "current_setting('trustdesk.account_id', true)";
    public const string Directory = "current_setting('trustdesk.directory_account_id', true)";
    public const string TokenHash = "current_setting('trustdesk.token_hash', true)";
    public const string SignInEmail = "current_setting('trustdesk.sign_in_email', true)";
    public const string CatalogBrowsing = "current_setting('trustdesk.catalog', true) = 'on'";

    // Empty, and so matching no one, outside the mode that sets them.
    public const string Requester = "NULLIF(current_setting('trustdesk.requester_id', true), '')::bigint";
    public const string Approver = "NULLIF(current_setting('trustdesk.approver_id', true), '')::bigint";
    public const string NotReadingApprovals = "COALESCE(current_setting('trustdesk.approver_id', true), '') = ''";
}
