using System.Text.RegularExpressions;
using Npgsql;
using Trustdesk.Bench.Scenarios;

namespace Trustdesk.Bench.Databases.Postgres;

/// <summary>
/// EXPLAIN (ANALYZE, BUFFERS) of the statements behind the portal's article search (the best matching candidates, ranked in
/// one pass of the caller's filtered query since ADR 47; their scores, by id; then the ranked articles' texts), as the app
/// role with the settings of catalog browsing (<c>VisibleArticles.Browse</c>) in the employee's directory account, so
/// row-level security adds its predicates as in production. The SQL is what the server sends (copied from
/// <c>--trace-sql</c>); keep it in step with <c>VisibleArticles</c>, <c>FullTextSearch</c> and <c>PortalSearch</c> when they change.
/// </summary>
internal static partial class PostgresKnowledgePlans
{
    private const string Account = "ef_filter__CurrentAccountId";
    private const string Browsing = "ef_filter__CatalogBrowsing2";

    // VisibleArticles.Query(reach) as EF Core renders it, the knowledge articles' account filter first.
    private static string Visible(string k) => $"""
        ({k}.account_id = @{Account} OR (@{Browsing} AND {k}.status = 'validated' AND ({k}.end_users OR {k}.covered_specialists))) AND {k}.status = 'validated' AND (({k}.end_users AND {k}.service_id = ANY (@asEndUser)) OR ({k}.covered_specialists AND {k}.service_id = ANY (@asSpecialist)))
        """;

    // FullTextSearch.ArticlesAsync: VisibleArticles.Query(reach, FullTextSearch.MatchingArticles(terms)), best first, the first N.
    private static readonly string Best = $"""
        SELECT t.id
        FROM (
            SELECT a.* FROM knowledge_articles a, to_tsquery('english', @p0) q WHERE a.search @@ q ORDER BY ts_rank(a.search, q) DESC, a.id
        ) AS t
        WHERE {Visible("t")}
        LIMIT @p4
        """;

    // FullTextSearch.RankAsync: the scores of those N, read again by id.
    private const string Scores =
        "SELECT t.id AS \"Id\", ts_rank(t.search, q)::float8 AS \"Score\" FROM knowledge_articles t, to_tsquery('english', @p0) q " +
        "WHERE t.id = ANY(@p1) AND t.search @@ q ORDER BY 2 DESC, 1 LIMIT @p2";

    private static readonly string Found =
        "SELECT k.id AS \"Id\", k.subject AS \"Subject\", k.description AS \"Description\", k.instructions AS \"Instructions\", " +
        $"k.service_id AS \"ServiceId\", k.account_id AS \"AccountId\"\nFROM knowledge_articles AS k\nWHERE {Visible("k")} AND k.id = ANY (@ids)";

    public static async Task<IReadOnlyList<QueryPlan>> ExplainAsync(
        PostgresBenchDatabase database, KnowledgeEmployee employee, string searchQuery, string typingQuery, CancellationToken cancellationToken)
    {
        var candidates = await CandidatesAsync(database, employee, cancellationToken);
        Dictionary<string, object> Parameters(params (string Name, object Value)[] more)
        {
            var parameters = new Dictionary<string, object>
            {
                [Account] = CoverageScenario.DirectoryId, [Browsing] = true,
                ["asEndUser"] = employee.ServiceIds.ToArray(), ["asSpecialist"] = Array.Empty<long>(),
            };
            foreach (var (name, value) in more) parameters[name] = value;
            return parameters;
        }

        var hits = await HitsAsync(database, employee, searchQuery, cancellationToken);
        ServerQuery[] queries =
        [
            new($"Best matches, search `{searchQuery}` (limit 20), {employee.Email}: {candidates:N0} candidates", Best,
                Parameters(("p0", searchQuery), ("p4", 20))),
            new($"Best matches, typing `{typingQuery}` (limit 5), {employee.Email}", Best, Parameters(("p0", typingQuery), ("p4", 5))),
            new("Their scores, by id", Scores, Parameters(("p0", searchQuery), ("p1", hits), ("p2", 20))),
            new("The ranked articles' subjects and texts", Found, Parameters(("ids", hits))),
        ];
        var plans = await PostgresQueryPlans.ExplainAsync(database.AppConnectionString, CoverageScenario.DirectoryId, browsingCatalog: true, queries,
            cancellationToken);
        return plans.Select(p => p with { Plan = ShortArrays().Replace(p.Plan, m => $"'{{… {m.Groups[1].Value.Count(c => c == ',') + 1:N0} ids …}}'::bigint[]") })
            .ToList();
    }

    /// <summary>How many articles reach the employee (read by the superuser, who is not bound by row-level security).</summary>
    private static async Task<int> CandidatesAsync(PostgresBenchDatabase database, KnowledgeEmployee employee, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(database.BenchConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT count(*)::int FROM knowledge_articles WHERE status = 'validated' AND end_users AND service_id = ANY (@services)", connection);
        command.Parameters.AddWithValue("services", employee.ServiceIds.ToArray());
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The ids the ranking answers the server, for the statement that reads them.</summary>
    private static async Task<long[]> HitsAsync(PostgresBenchDatabase database, KnowledgeEmployee employee, string query, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(database.BenchConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT coalesce(array_agg(id), '{}') FROM (SELECT id FROM knowledge_articles, to_tsquery('english', @query) q " +
            "WHERE status = 'validated' AND end_users AND service_id = ANY (@services) AND search @@ q ORDER BY ts_rank(search, q) DESC, id LIMIT 20) r",
            connection);
        command.Parameters.AddWithValue("query", query);
        command.Parameters.AddWithValue("services", employee.ServiceIds.ToArray());
        return (long[])(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>An array literal of more than a hundred numbers in a plan (the candidates' ids), shortened to its length.</summary>
    [GeneratedRegex(@"'\{((?:\d+,){100,}\d+)\}'::bigint\[\]")]
    private static partial Regex ShortArrays();
}
