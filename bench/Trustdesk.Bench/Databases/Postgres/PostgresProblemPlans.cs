using Npgsql;

namespace Trustdesk.Bench.Databases.Postgres;

/// <summary>
/// EXPLAIN (ANALYZE, BUFFERS) of the statements behind a problem's linked requests, as the app role with the settings the
/// server sets for the competence center, so row-level security adds its predicates as in production. The SQL is what the
/// server sends (copied from <c>--trace-sql</c>, the EF filters' parameters named by what they hold); keep it in step with
/// <c>ProblemLinks</c>, <c>LinkedProblems</c> and the request rule (<c>IsolationRules.Requests</c>) when they change.
/// </summary>
internal static class PostgresProblemPlans
{
    /// <summary>The requests rule's EF filter on alias <paramref name="r"/>, as the server renders it (trust aliases numbered apart).</summary>
    private static string VisibleRequest(string r, string t1, string t2) => $"""
        ({r}.account_id = @account OR ({r}.customer_account_id = @account AND {r}.account_id IN (
            SELECT {t1}.provider_account_id
            FROM trusts AS {t1}
            WHERE ({t1}.customer_account_id = @account OR {t1}.provider_account_id = @account OR (@catalog AND {t1}.status = 'accepted') OR (@roles AND {t1}.status = 'accepted' AND {t1}.options & 8 = 8)) AND {t1}.customer_account_id = @account AND {t1}.status = 'accepted' AND {t1}.options & 1 = 1
        )) OR (({r}.team_account_id = @account OR {r}.service_instance_account_id = @account) AND {r}.account_id IN (
            SELECT {t2}.customer_account_id
            FROM trusts AS {t2}
            WHERE ({t2}.customer_account_id = @account OR {t2}.provider_account_id = @account OR (@catalog AND {t2}.status = 'accepted') OR (@roles AND {t2}.status = 'accepted' AND {t2}.options & 8 = 8)) AND {t2}.provider_account_id = @account AND {t2}.status = 'accepted' AND {t2}.options & 2 = 2
        )))
        """;

    /// <summary>The problem links' EF filter on alias <paramref name="p"/>: the account's own, or seen with a request it sees.</summary>
    private static string VisibleLink(string p, string r, string t1, string t2) => $"""
        ({p}.account_id = @account OR EXISTS (
            SELECT 1
            FROM requests AS {r}
            WHERE {VisibleRequest(r, t1, t2)} AND {r}.id = {p}.request_id))
        """;

    // ProblemLinks.CountsByAccountAsync: the linked requests the caller sees, per account they live in (the problem page).
    private static readonly string CountsByAccount = $"""
        SELECT r.account_id AS "Key", count(*)::int AS "Count"
        FROM requests AS r
        WHERE {VisibleRequest("r", "t", "t0")} AND EXISTS (
            SELECT 1
            FROM problem_requests AS p
            WHERE {VisibleLink("p", "r0", "t1", "t2")} AND p.problem_id = @problemId AND p.request_id = r.id)
        GROUP BY r.account_id
        """;

    // ProblemLinks.LinkedRequests(problemId), newest first, one page: per_page + 1 rows (the API's throttled total; the
    // problem page's Listing.SliceAsync asks 51 for its pager).
    private static readonly string LinkedPage = $"""
        SELECT r.id, r.account_id, r.category, r.completed_at, r.completion_reason, r.created_at, r.customer_account_id, r.impact, r.lock_version, r.member_id, r.next_target_at, r.next_target_special, r.requested_by_id, r.requested_for_id, r.resolution_target_at, r.responded_at, r.response_target_at, r.service_instance_account_id, r.service_instance_id, r.sla_id, r.source, r.source_id, r.status, r.subject, r.team_account_id, r.team_id, r.updated_at, r.workflow_id
        FROM requests AS r
        WHERE {VisibleRequest("r", "t", "t0")} AND EXISTS (
            SELECT 1
            FROM problem_requests AS p
            WHERE {VisibleLink("p", "r0", "t1", "t2")} AND p.problem_id = @problemId AND p.request_id = r.id)
        ORDER BY r.id DESC
        LIMIT @limit OFFSET @offset
        """;

    // LinkedProblems.OfRequestsAsync: the links of the page's requests (RequestJson renders every request's problem).
    private static readonly string LinksOfPage = $"""
        SELECT p.id AS "Id", p.request_id AS "RequestId", p.problem_id AS "ProblemId", p.account_id AS "AccountId"
        FROM problem_requests AS p
        WHERE {VisibleLink("p", "r", "t", "t0")} AND p.request_id = ANY (@requestIds)
        """;

    public static async Task<IReadOnlyList<QueryPlan>> ExplainAsync(PostgresBenchDatabase database, long problemId, int linked, CancellationToken cancellationToken)
    {
        var newest = await NewestLinkedAsync(database, problemId, 100, cancellationToken);
        Dictionary<string, object> Parameters(params (string Name, object Value)[] more)
        {
            var parameters = new Dictionary<string, object> { ["account"] = ProblemsDataset.CompetenceCenter, ["catalog"] = false, ["roles"] = false };
            foreach (var (name, value) in more) parameters[name] = value;
            return parameters;
        }
        ServerQuery[] queries =
        [
            new($"Problem page: the linked requests it sees, counted per account ({linked:N0} in all)", CountsByAccount, Parameters(("problemId", problemId))),
            new("Problem page: the newest 50 linked requests (+1 for the pager)", LinkedPage, Parameters(("problemId", problemId), ("limit", 51), ("offset", 0))),
            new($"API: linked requests, first page of 100 (+1 for the throttled total) of {linked:N0}", LinkedPage,
                Parameters(("problemId", problemId), ("limit", 101), ("offset", 0))),
            new($"API: linked requests, the last page (offset {Math.Max(0, linked - 100):N0})", LinkedPage,
                Parameters(("problemId", problemId), ("limit", 101), ("offset", Math.Max(0, linked - 100)))),
            new("API: the problem links of the page's 100 requests (RequestJson)", LinksOfPage, Parameters(("requestIds", newest))),
        ];
        return await PostgresQueryPlans.ExplainAsync(database.AppConnectionString, ProblemsDataset.CompetenceCenter, queries, cancellationToken);
    }

    /// <summary>The ids of the problem's newest linked requests (read by the superuser: every link is the competence center's own).</summary>
    private static async Task<long[]> NewestLinkedAsync(PostgresBenchDatabase database, long problemId, int count, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(database.BenchConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT coalesce(array_agg(request_id ORDER BY request_id DESC), '{}') FROM (SELECT request_id FROM problem_requests " +
            "WHERE problem_id = @problem ORDER BY request_id DESC LIMIT @count) l", connection);
        command.Parameters.AddWithValue("problem", problemId);
        command.Parameters.AddWithValue("count", count);
        return (long[])(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
