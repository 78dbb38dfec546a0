using Microsoft.EntityFrameworkCore;
using Trustdesk.Data.Isolation;
using Trustdesk.Domain.Access;
using Trustdesk.Domain.Records;
using Trustdesk.Domain.Requests;
using Trustdesk.Domain.Trusts;
using Trustdesk.Domain.Workflows;

namespace Trustdesk.Data.Postgres;

/// <summary>
/// Row-level security for every account-owned table, derived from the model so no table can be forgotten:
/// enabled and forced (the owner is bound too), one policy reading the transaction-local settings that
/// <see cref="AccountSettingsInterceptor"/> sets. Idempotent; applied by the owner right after the migrations.
/// </summary>
public static class RowLevelSecurity
{
    /// <summary>The policies every account-owned table carries, one per command.</summary>
    public static readonly string[] PolicyNames = ["account_read", "account_insert", "account_update", "account_delete"];

    // The single policy of the first releases, dropped where it still exists.
    private const string FormerPolicyName = "account_isolation";
    private const string Account = "account_id = current_setting('trustdesk.account_id', true)";
    private const string Token = "token_hash = current_setting('trustdesk.token_hash', true)";
    private const string SignInEmail = "email_key = current_setting('trustdesk.sign_in_email', true)";
    private const string EitherSide =
        "customer_account_id = current_setting('trustdesk.account_id', true) OR provider_account_id = current_setting('trustdesk.account_id', true)";
    private const string CatalogBrowsing = "current_setting('trustdesk.catalog', true) = 'on'";

    // Same rows as "account = A OR account = D", but as one ANY the planner can use as an index condition;
    // the OR form was checked row by row, which made counting 100,000 people take 11 ms instead of 3.
    private const string AccountOrDirectory =
        "account_id = ANY (ARRAY[current_setting('trustdesk.account_id', true), current_setting('trustdesk.directory_account_id', true)])";

    /// <summary>
    /// The tables that hold account-owned rows, with the condition under which a row is readable, may be inserted
    /// or deleted (<c>Writable</c>), and may be updated (<c>Updatable</c>, checked on the row before and after).
    /// </summary>
    public static IReadOnlyList<TablePolicy> Policies(DbContext db, IsolationSwitches? bugs = null) =>
        db.Model.GetEntityTypes()
            .Where(e => typeof(IAccountOwned).IsAssignableFrom(e.ClrType) || typeof(IBetweenAccounts).IsAssignableFrom(e.ClrType))
            .Select(e => new TablePolicy(e.GetTableName()!, Planted(bugs, e.ClrType) ?? ReadableWhen(e.ClrType, e.GetTableName()!),
                WritableWhen(e.ClrType), UpdatableWhen(e.ClrType)))
            .OrderBy(p => p.Table, StringComparer.Ordinal)
            .ToList();

    public sealed record TablePolicy(string Table, string Readable, string Writable, string Updatable);

    // The other side of the current account's accepted trusts that carry an option, as one array. It does not depend
    // on the row, so PostgreSQL computes it once per statement (an InitPlan) and can use "account_id = ANY (…)" as an
    // index condition beside the account column of the row. The equivalent correlated EXISTS (a trust between the
    // row's accounts) was checked row by row after reading every request naming the account in any column: counting
    // the 100,000 requests one account sees read 190,000 index entries and their rows (docs/benchmarks.md, requests).
    private static string TrustedAccounts(string select, string current, TrustOptions option) => $"""
        ARRAY(SELECT t.{select} FROM trusts t WHERE t.{current} = current_setting('trustdesk.account_id', true)
              AND t.status = 'accepted' AND (t.options & {(int)option}) = {(int)option})
        """;

    // The third row of the request visibility table: the account of the request's team or service instance, trusted
    // by the request's account with `requests`. Such a provider also works the request in place (hand-over).
    private static readonly string RequestWorkedByProvider = $"""
        ((team_account_id = current_setting('trustdesk.account_id', true)
             OR service_instance_account_id = current_setting('trustdesk.account_id', true))
         AND account_id = ANY ({TrustedAccounts("customer_account_id", "provider_account_id", TrustOptions.Requests)}))
        """;

    // A person reading their own requests, in whatever account they live (set only for those reads).
    private const string OwnRequest = $"""
        (requested_by_id = NULLIF(current_setting('trustdesk.requester_id', true), '')::bigint
         OR requested_for_id = NULLIF(current_setting('trustdesk.requester_id', true), '')::bigint)
        """;

    // The request visibility rule (product.md §5) in SQL; the trusts subqueries are themselves bound by the trusts
    // policy, which lets the current account read exactly the trusts it is a side of.
    private static readonly string RequestVisible = $"""
        account_id = current_setting('trustdesk.account_id', true)
        OR (customer_account_id = current_setting('trustdesk.account_id', true)
            AND account_id = ANY ({TrustedAccounts("provider_account_id", "customer_account_id", TrustOptions.Services)}))
        OR {RequestWorkedByProvider}
        OR {OwnRequest}
        """;

    // A task of another account's team, activated, while the task's account trusts the current one with `tasks`
    // (product.md §6). That account also works the task in place.
    private static readonly string TaskWorkedByProvider = $$"""
        (team_account_id = current_setting('trustdesk.account_id', true) AND activated_at IS NOT NULL AND EXISTS (
            SELECT 1 FROM trusts t WHERE t.customer_account_id = workflow_tasks.account_id
              AND t.provider_account_id = current_setting('trustdesk.account_id', true)
              AND t.status = 'accepted' AND (t.options & {{(int)TrustOptions.Tasks}}) = {{(int)TrustOptions.Tasks}}))
        """;

    // The person whose approvals are being read (ReadMyApprovals, ADR 29); empty, and so matching no one, otherwise.
    private const string Approver = "NULLIF(current_setting('trustdesk.approver_id', true), '')::bigint";

    // An activated task naming that person approver (TaskVisibility's approver branch). The approvers are kept on the task
    // (approver_ids): the approvals' policy asks the tasks', so the tasks' may not ask the approvals' (PostgreSQL refuses
    // policies that recurse).
    private const string NamedApprover = $"(activated_at IS NOT NULL AND {Approver} = ANY (approver_ids))";

    // An approver's own answer, which they give from whatever account they act in.
    private const string OwnAnswer = $"approver_id = {Approver}";

    // Public task notes are seen with their task, but not through an approval: an approver reads the task, not its notes.
    private const string NotReadingApprovals = "COALESCE(current_setting('trustdesk.approver_id', true), '') = ''";

    // The task visibility rule (product.md §6, TaskVisibility): home, provider, approver.
    private static readonly string TaskVisible = $"{Account} OR {TaskWorkedByProvider} OR {NamedApprover}";

    // What hangs off a request is seen with it: the subquery on requests is bound by the requests policy.
    private static string RequestSeen(string table) => $"EXISTS (SELECT 1 FROM requests r WHERE r.id = {table}.request_id)";

    /// <summary>TEST ONLY: the read policy a planted bug (<see cref="PlantedBugs"/>) puts in place of the right one.</summary>
    private static string? Planted(IsolationSwitches? bugs, Type type) => bugs?.PlantedBug switch
    {
        PlantedBugs.RlsRequestsOpen when type == typeof(Request) => "true",
        PlantedBugs.RlsInternalNotesCross when type == typeof(RequestNote) => $"{Account} OR {RequestSeen("request_notes")}",
        PlantedBugs.RlsTaskBeforeActivation when type == typeof(WorkflowTask) => TaskVisible.Replace("AND activated_at IS NOT NULL", "", StringComparison.Ordinal),
        PlantedBugs.RlsDirectorySharedOpen when typeof(IDirectoryShared).IsAssignableFrom(type) => "true",
        PlantedBugs.RlsRevokedTrustHonoured when type == typeof(Request) => RequestVisible.Replace("t.status = 'accepted'", "t.status IN ('accepted', 'revoked')", StringComparison.Ordinal),
        PlantedBugs.RlsApprovalBeforeActivation when type == typeof(WorkflowTask) => TaskVisible.Replace("activated_at IS NOT NULL AND ", "", StringComparison.Ordinal),
        _ => null,
    };

    private static string ReadableWhen(Type type, string table) =>
        type == typeof(Request) ? RequestVisible
        : type == typeof(RequestNote) ? $"{Account} OR (NOT internal AND {RequestSeen(table)})"
        : type == typeof(RequestAuditEntry) ? RequestSeen(table)
        : type == typeof(WorkflowTask) ? TaskVisible
        : type == typeof(Workflow) ? $"{Account} OR EXISTS (SELECT 1 FROM workflow_tasks t WHERE t.workflow_id = workflows.id)"
        : type == typeof(TaskApproval) ? $"EXISTS (SELECT 1 FROM workflow_tasks t WHERE t.id = task_approvals.task_id)"
        : type == typeof(TaskNote) ? $"{Account} OR (NOT internal AND {NotReadingApprovals} AND EXISTS (SELECT 1 FROM workflow_tasks t WHERE t.id = task_notes.task_id))"
        : type == typeof(Trust) ? $"{EitherSide} OR ({CatalogBrowsing} AND status = 'accepted')"
        : typeof(IBetweenAccounts).IsAssignableFrom(type) ? EitherSide
        : typeof(ICatalogRecord).IsAssignableFrom(type) ? $"{Account} OR {CatalogBrowsing}"
        : typeof(IDirectoryShared).IsAssignableFrom(type) ? AccountOrDirectory
        : type == typeof(AccessToken) ? $"{Account} OR {Token}"
        : type == typeof(SignIn) ? $"{Account} OR {SignInEmail}"
        : Account;

    /// <summary>Rows are only ever added to or deleted from the current account (either side, for records between two).</summary>
    private static string WritableWhen(Type type) => typeof(IBetweenAccounts).IsAssignableFrom(type) ? EitherSide : Account;

    /// <summary>Updated in the current account too, except that a trusted provider works a request or task in place.</summary>
    private static string UpdatableWhen(Type type) =>
        type == typeof(Request) ? $"{Account} OR {RequestWorkedByProvider}"
        : type == typeof(WorkflowTask) ? $"{Account} OR {TaskWorkedByProvider}"
        // An approval of a task given to a trusted account is answered there (the task's policy checks the trust); and an
        // approver answers their own, from wherever they act (the read policy still needs the task seen).
        : type == typeof(TaskApproval) ? $"{Account} OR (team_account_id = current_setting('trustdesk.account_id', true) AND EXISTS (SELECT 1 FROM workflow_tasks t WHERE t.id = task_approvals.task_id)) OR {OwnAnswer}"
        : WritableWhen(type);

    public static async Task ApplyAsync(DbContext ownerContext, string appRole, CancellationToken cancellationToken, IsolationSwitches? bugs = null)
    {
        var role = Quote(appRole);
        var sql = new List<string>
        {
            $"GRANT USAGE ON SCHEMA public TO {role}",
            $"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
            $"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}",
            // The migrations history is the owner's business alone.
            $"REVOKE ALL ON TABLE \"__EFMigrationsHistory\" FROM {role}",
        };
        foreach (var policy in Policies(ownerContext, bugs))
        {
            var t = Quote(policy.Table);
            sql.Add($"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY");
            var notForced = bugs?.Plants(PlantedBugs.RlsNotForced) == true && policy.Table == "requests"; // TEST ONLY
            sql.Add($"ALTER TABLE {t} {(notForced ? "NO FORCE" : "FORCE")} ROW LEVEL SECURITY");
            // One policy per command, so that seeing a row never implies deleting or changing it.
            foreach (var name in PolicyNames.Append(FormerPolicyName)) sql.Add($"DROP POLICY IF EXISTS {name} ON {t}");
            sql.Add($"CREATE POLICY account_read ON {t} FOR SELECT USING ({policy.Readable})");
            sql.Add($"CREATE POLICY account_insert ON {t} FOR INSERT WITH CHECK ({policy.Writable})");
            sql.Add($"CREATE POLICY account_update ON {t} FOR UPDATE USING ({policy.Updatable}) WITH CHECK ({policy.Updatable})");
            sql.Add($"CREATE POLICY account_delete ON {t} FOR DELETE USING ({policy.Writable})");
        }
        await using var transaction = await ownerContext.Database.BeginTransactionAsync(cancellationToken);
        foreach (var statement in sql) await ownerContext.Database.ExecuteSqlRawAsync(statement, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
