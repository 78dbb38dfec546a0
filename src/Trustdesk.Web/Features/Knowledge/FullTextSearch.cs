using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Knowledge;

namespace Trustdesk.Web.Features.Knowledge;

/// <summary>
/// Ranks knowledge articles and services by relevance to a search (ADR 46): PostgreSQL's full-text search over the stored
/// <c>search</c> tsvector ('english' configuration, <c>ts_rank</c>, subject or name weighted first), or SQLite's FTS5
/// index (<c>bm25</c>, weighted alike). It ranks only candidates the caller's own filtered queries found, so a search
/// never widens what is seen; on PostgreSQL row-level security applies to it as well.
/// </summary>
public sealed class FullTextSearch(TrustdeskDbContext db)
{
    /// <summary>A record's id and its relevance: higher is better, comparable between articles and services of one search.</summary>
    public sealed class Ranked
    {
        public long Id { get; init; }
        public double Score { get; init; }
    }

    /// <summary>A table with a search index: its name (the FTS5 table is <c>{name}_search</c>) and the bm25 weights of its columns.</summary>
    private sealed record Indexed(string Table, string Bm25Weights);

    private static readonly Indexed Articles = new("knowledge_articles", "10.0, 5.0, 2.0, 1.0");
    private static readonly Indexed Services = new("services", "10.0, 5.0, 2.0");

    /// <summary>
    /// The best <paramref name="limit"/> of <paramref name="visibleMatches"/>, a query of the caller's over
    /// <see cref="MatchingArticles"/> (such as <see cref="VisibleArticles.Query"/>), with their scores. On PostgreSQL the
    /// matches come best first, so the filtered query's first <paramref name="limit"/> are the best that reach the caller:
    /// one pass over the candidates, each read once, and only those few ids are scored again, by <c>id</c>. On SQLite the
    /// ids of every match are read first and then ranked, as for services.
    /// </summary>
    public async Task<List<Ranked>> ArticlesAsync(SearchTerms terms, IQueryable<KnowledgeArticle> visibleMatches, int limit, CancellationToken cancel)
    {
        if (terms.IsEmpty) return [];
        var ids = visibleMatches.Select(a => a.Id);
        if (IsPostgres) ids = ids.Take(limit);
        return await RankAsync(Articles, terms, await ids.ToListAsync(cancel), limit, cancel);
    }

    /// <summary>
    /// The knowledge articles matching any of <paramref name="terms"/>, as the source of a caller's filtered query
    /// (<see cref="VisibleArticles.Query"/>): the query filters and row-level security apply to it as to the table. On
    /// PostgreSQL they come best first (<c>ts_rank</c>, then <c>id</c>): the caller's conditions are pushed into this
    /// statement, so the candidates are read once, matched, ranked and kept in a bounded sort, and a <c>LIMIT</c> on the
    /// filtered query takes the best that reach the caller. Under row-level security PostgreSQL cannot use the GIN index
    /// for <c>@@</c> (not a leakproof operator; ADR 47), so the match is checked on each candidate row the filtered query
    /// reads anyway. The query is made once, in <c>FROM</c>: in a condition, a prepared statement's generic plan would make
    /// it again for every row.
    /// </summary>
    public IQueryable<KnowledgeArticle> MatchingArticles(SearchTerms terms) => IsPostgres
        ? db.KnowledgeArticles.FromSql(
            $"SELECT a.* FROM knowledge_articles a, to_tsquery('english', {terms.TsQuery}) q WHERE a.search @@ q ORDER BY ts_rank(a.search, q) DESC, a.id")
        : db.KnowledgeArticles.FromSql(
            $"SELECT * FROM knowledge_articles WHERE id IN (SELECT rowid FROM knowledge_articles_search WHERE knowledge_articles_search MATCH {terms.Fts5Query})");

    public Task<List<Ranked>> ServicesAsync(SearchTerms terms, IReadOnlyCollection<long> candidates, int limit, CancellationToken cancel) =>
        RankAsync(Services, terms, candidates, limit, cancel);

    private bool IsPostgres => db.Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    private async Task<List<Ranked>> RankAsync(Indexed index, SearchTerms terms, IReadOnlyCollection<long> candidates, int limit, CancellationToken cancel)
    {
        if (terms.IsEmpty || candidates.Count == 0) return [];
        // The table's name is ours; everything the person typed goes in as a parameter, and as words only (SearchTerms).
        var t = index.Table;
        var sql = IsPostgres
            ? FormattableStringFactory.Create(
                $"SELECT t.id AS \"Id\", ts_rank(t.search, q)::float8 AS \"Score\" FROM {t} t, to_tsquery('english', {{0}}) q "
                + "WHERE t.id = ANY({1}) AND t.search @@ q ORDER BY 2 DESC, 1 LIMIT {2}",
                terms.TsQuery, candidates.ToArray(), limit)
            : FormattableStringFactory.Create(
                $"SELECT rowid AS Id, -bm25({t}_search, {index.Bm25Weights}) AS Score FROM {t}_search "
                + $"WHERE {t}_search MATCH {{0}} AND rowid IN (SELECT value FROM json_each({{1}})) ORDER BY 2 DESC, 1 LIMIT {{2}}",
                terms.Fts5Query, JsonSerializer.Serialize(candidates), limit);
        return await db.Database.SqlQuery<Ranked>(sql).ToListAsync(cancel);
    }
}
