using System.Text.RegularExpressions;
using Npgsql;
using Trustdesk.Bench.Scenarios;

namespace Trustdesk.Bench.Databases.Postgres;

/// <summary>
/// EXPLAIN (ANALYZE, BUFFERS) of the statements behind the portal's article search, as the app role with the settings
/// of catalog browsing (<c>VisibleArticles.Browse</c>) in the employee's directory account, so row-level security adds
/// its predicates as in production. The SQL is what the server sends (copied from <c>--trace-sql</c>); keep it in step
/// with <c>VisibleArticles</c>, <c>FullTextSearch</c> and <c>PortalSearch</c> when they change.
/// </summary>
internal static partial class PostgresKnowledgePlans
{
    private const string Account = "ef_filter__CurrentAccountId";
    private const string Browsing = "ef_filter__CatalogBrowsing2";

    // VisibleArticles.Query(reach) as EF Core renders it, the knowledge articles' account filter first.
    private const string Visible = $"""
        (k.account_id = @{Account} OR (@{Browsing} AND k.status = 'validated' AND (k.end_users OR k.covered_specialists))) AND k.status = 'validated' AND ((k.end_users AND k.service_id = ANY (@asEndUser)) OR (k.covered_specialists AND k.service_id = ANY (@asSpecialist)))
        """;

    private const string Candidates = $"SELECT k.id\nFROM knowledge_articles AS k\nWHERE {Visible}";

    private const string Ranking =
        "SELECT t.id AS \"Id\", ts_rank(t.search, q)::float8 AS \"Score\" FROM knowledge_articles t, to_tsquery('english', @p0) q " +
        "WHERE t.id = ANY(@p1) AND t.search @@ q ORDER BY 2 DESC, 1 LIMIT @p2";

    private const string Found =
        "SELECT k.id AS \"Id\", k.subject AS \"Subject\", k.description AS \"Description\", k.instructions AS \"Instructions\", " +
        $"k.service_id AS \"ServiceId\", k.account_id AS \"AccountId\"\nFROM knowledge_articles AS k\nWHERE {Visible} AND k.id = ANY (@ids)";

    public static async Task<IReadOnlyList<QueryPlan>> ExplainAsync(
        PostgresBenchDatabase database, KnowledgeEmployee employee, string searchQuery, string typingQuery, CancellationToken cancellationToken)
    {
        var candidates = await CandidatesAsync(database, employee, cancellationToken);
        var hits = await HitsAsync(database, candidates, searchQuery, cancellationToken);
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
        Dictionary<string, object> RankingParameters(string query, int limit) => new() { ["p0"] = query, ["p1"] = candidates, ["p2"] = limit };

        ServerQuery[] queries =
        [
            new($"Candidates: the ids of the articles that reach {employee.Email} ({candidates.Length:N0})", Candidates, Parameters()),
            new($"Ranking, search `{searchQuery}` (limit 20)", Ranking, RankingParameters(searchQuery, 20)),
            new($"Ranking, typing `{typingQuery}` (limit 5)", Ranking, RankingParameters(typingQuery, 5)),
            new("The ranked articles' subjects and texts", Found, Parameters(("ids", hits))),
        ];
        var plans = await PostgresQueryPlans.ExplainAsync(database.AppConnectionString, CoverageScenario.DirectoryId, browsingCatalog: true, queries,
            cancellationToken);
        return plans.Select(p => p with { Plan = ShortArrays().Replace(p.Plan, m => $"'{{… {m.Groups[1].Value.Count(c => c == ',') + 1:N0} ids …}}'::bigint[]") })
            .ToList();
    }

    /// <summary>An array literal of more than a hundred numbers in a plan (the candidates' ids), shortened to its length.</summary>
    [GeneratedRegex(@"'\{((?:\d+,){100,}\d+)\}'::bigint\[\]")]
    private static partial Regex ShortArrays();

    /// <summary>What the candidates query answers the server (the same rows; read by the superuser, who is not bound by row-level security).</summary>
    private static async Task<long[]> CandidatesAsync(PostgresBenchDatabase database, KnowledgeEmployee employee, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(database.BenchConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT coalesce(array_agg(id), '{}') FROM knowledge_articles WHERE status = 'validated' AND end_users AND service_id = ANY (@services)", connection);
        command.Parameters.AddWithValue("services", employee.ServiceIds.ToArray());
        return (long[])(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<long[]> HitsAsync(PostgresBenchDatabase database, long[] candidates, string query, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(database.BenchConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"SELECT coalesce(array_agg(\"Id\"), '{{}}') FROM ({Ranking}) r", connection);
        command.Parameters.AddWithValue("p0", query);
        command.Parameters.AddWithValue("p1", candidates);
        command.Parameters.AddWithValue("p2", 20);
        return (long[])(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
