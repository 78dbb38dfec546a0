namespace Trustdesk.Data.Isolation.Rules;

/// <summary>
/// The transaction-local settings through which PostgreSQL knows the <see cref="AccountScope"/>: their names, written
/// once here for the side that sets them (the PostgreSQL settings interceptor) and the row-level security policies that
/// read them (as the SQL expressions below).
/// </summary>
public static class Settings
{
    public const string AccountName = "trustdesk.account_id";
    public const string DirectoryName = "trustdesk.directory_account_id";
    public const string TokenHashName = "trustdesk.token_hash";
    public const string SignInEmailName = "trustdesk.sign_in_email";
    public const string CatalogName = "trustdesk.catalog";
    public const string RequesterName = "trustdesk.requester_id";
    public const string ApproverName = "trustdesk.approver_id";
    public const string RoleHolderName = "trustdesk.role_holder_id";

    internal const string Account = $"current_setting('{AccountName}', true)";
    internal const string Directory = $"current_setting('{DirectoryName}', true)";
    internal const string TokenHash = $"current_setting('{TokenHashName}', true)";
    internal const string SignInEmail = $"current_setting('{SignInEmailName}', true)";
    internal const string CatalogBrowsing = $"current_setting('{CatalogName}', true) = 'on'";

    // Empty, and so matching no one, outside the mode that sets them.
    internal const string Requester = $"NULLIF(current_setting('{RequesterName}', true), '')::bigint";
    internal const string Approver = $"NULLIF(current_setting('{ApproverName}', true), '')::bigint";
    internal const string RoleHolder = $"NULLIF(current_setting('{RoleHolderName}', true), '')::bigint";
    internal const string NotReadingApprovals = $"COALESCE(current_setting('{ApproverName}', true), '') = ''";
}
