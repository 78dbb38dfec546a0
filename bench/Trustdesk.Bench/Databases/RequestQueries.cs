namespace Trustdesk.Bench.Databases;

/// <summary>
/// The statements EF Core generates for the measured request reads of a specialist, copied from the server's
/// command log (<c>--trace-sql</c>), so the plans shown are those of what the server actually runs. Keep in step
/// with ListRequests, Listing and the requests filter (AccountFilters) when they change.
/// </summary>
internal static class RequestQueries
{
    private const string Account = "ef_filter__CurrentAccountId";
    private const string Browsing = "ef_filter__CatalogBrowsing13";

    private const string Columns =
        "r.id, r.account_id, r.category, r.completed_at, r.completion_reason, r.created_at, r.customer_account_id, r.impact, " +
        "r.lock_version, r.member_id, r.next_target_at, r.next_target_special, r.requested_by_id, r.requested_for_id, " +
        "r.resolution_target_at, r.responded_at, r.response_target_at, r.service_instance_account_id, r.service_instance_id, " +
        "r.sla_id, r.source, r.source_id, r.status, r.subject, r.team_account_id, r.team_id, r.updated_at";

    // The account filter of requests (the visibility rule) as EF Core renders it; the trusts inside it carry their
    // own account filter.
    private const string Visible = $"""
        r.account_id = @{Account} OR (r.customer_account_id = @{Account} AND r.account_id IN (
            SELECT t.provider_account_id
            FROM trusts AS t
            WHERE (t.customer_account_id = @{Account} OR t.provider_account_id = @{Account} OR (@{Browsing} AND t.status = 'accepted')) AND t.customer_account_id = @{Account} AND t.status = 'accepted' AND t.options & 1 = 1
        )) OR ((r.team_account_id = @{Account} OR r.service_instance_account_id = @{Account}) AND r.account_id IN (
            SELECT t0.customer_account_id
            FROM trusts AS t0
            WHERE (t0.customer_account_id = @{Account} OR t0.provider_account_id = @{Account} OR (@{Browsing} AND t0.status = 'accepted')) AND t0.provider_account_id = @{Account} AND t0.status = 'accepted' AND t0.options & 2 = 2
        ))
        """;

    public static IReadOnlyList<ServerQuery> For(string accountId, long requestId)
    {
        Dictionary<string, object> Parameters(params (string Name, object Value)[] more)
        {
            var parameters = new Dictionary<string, object> { [Account] = accountId, [Browsing] = false };
            foreach (var (name, value) in more) parameters[name] = value;
            return parameters;
        }
        const string count = "SELECT count(*)::int\nFROM requests AS r\nWHERE ";
        const string select = $"SELECT {Columns}\nFROM requests AS r\nWHERE ";
        const string open = $"({Visible}) AND r.status NOT IN ('completed', 'declined')";
        const string assigned = $"({Visible}) AND r.status = @Value";

        // A page is read with the record after it (LIMIT per_page + 1); the requests collection then sends no count
        // for a page followed by more records (ADR 15), so the counts below are what a page past the end sends, and
        // what every page sent before.
        return
        [
            new("GET /v1/requests — first page", $"{select}{Visible}\nORDER BY r.id DESC\nLIMIT @p1 OFFSET @p",
                Parameters(("p1", 21), ("p", 0))),
            new("GET /v1/requests — exact count", count + Visible, Parameters()),
            new("GET /v1/requests/open — first page", $"{select}{open}\nORDER BY r.id DESC\nLIMIT @p1 OFFSET @p",
                Parameters(("p1", 21), ("p", 0))),
            new("GET /v1/requests/open — exact count", count + open, Parameters()),
            new("GET /v1/requests?status=assigned&sort=-created_at — first page",
                $"{select}{assigned}\nORDER BY r.created_at DESC, r.id DESC\nLIMIT @p2 OFFSET @p",
                Parameters(("Value", "assigned"), ("p2", 21), ("p", 0))),
            new("GET /v1/requests/{id}", $"{select}({Visible}) AND r.id = @id\nLIMIT 1", Parameters(("id", requestId))),
        ];
    }
}
