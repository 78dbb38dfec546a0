using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using Trustdesk.Bench.Dataset;

namespace Trustdesk.Bench.Databases.Postgres;

/// <summary>How a knowledge dataset was generated; stored as the database's comment, which marks it complete.</summary>
internal sealed record KnowledgeDataset(
    string Version, int Accounts, int People, int Articles, int Slas, IReadOnlyDictionary<string, double> Steps, double GeneratedSeconds,
    DateTimeOffset GeneratedAt)
{
    public const string CurrentVersion = "knowledge-v2";

    /// <summary>The dataset's database: one per shape and version, so a changed generator never reuses old rows.</summary>
    public static string DatabaseName(int accounts, int people, int articles) =>
        $"trustdesk_bench_{CurrentVersion.Replace('-', '_')}_{accounts}a_{people}p_{articles}k";

    public static async Task<KnowledgeDataset?> FindAsync(string superuser, string database, CancellationToken cancellationToken) =>
        await DatasetMark.ReadAsync<KnowledgeDataset>(superuser, database, cancellationToken) is { Version: CurrentVersion } dataset ? dataset : null;

    public Task MarkAsync(PostgresBenchDatabase database, CancellationToken cancellationToken) => DatasetMark.WriteAsync(database, this, cancellationToken);
}

/// <summary>
/// Loads the knowledge articles of <see cref="ArticlesDataset"/> into the services of the catalog dataset
/// (<see cref="PostgresCatalogLoader"/>: one service per account <c>b-cat-N</c>) with binary COPY as the superuser, who
/// is not bound by row-level security. PostgreSQL computes the generated <c>search</c> tsvector of every row as it goes
/// in; the GIN index is built afterwards (dropped first and made again as the migration makes it: one build instead of
/// 200,000 insertions). Then VACUUM (ANALYZE) and a CHECKPOINT.
/// </summary>
internal static class PostgresArticlesLoader
{
    public const string SearchIndex = "CREATE INDEX ix_knowledge_articles_search ON knowledge_articles USING gin (search)";

    public static async Task<IReadOnlyDictionary<string, double>> LoadAsync(
        string connectionString, ArticlesDataset dataset, CancellationToken cancellationToken)
    {
        var steps = new Dictionary<string, double>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        async Task TimedAsync(string step, Func<Task> work)
        {
            var started = Stopwatch.GetTimestamp();
            await work();
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            steps[step] = Math.Round(seconds, 1);
            Console.Error.WriteLine($"  {step}: {seconds:F1} s");
        }
        async Task ExecuteAsync(string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 3600 };
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var services = new Dictionary<string, long>();
        await using (var read = new NpgsqlCommand("SELECT account_id, id FROM services WHERE account_id LIKE 'b-cat-%'", connection))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken)) services[reader.GetString(0)] = reader.GetInt64(1);

        await ExecuteAsync("DROP INDEX ix_knowledge_articles_search");
        await TimedAsync("articles (COPY, search computed)", async () =>
        {
            await using var copy = await connection.BeginBinaryImportAsync(
                "COPY knowledge_articles (service_id, subject, description, instructions, keywords, status, end_users, covered_specialists, " +
                "account_id, created_at, updated_at, lock_version, source) FROM STDIN (FORMAT BINARY)", cancellationToken);
            for (var i = 0; i < dataset.Articles; i++)
            {
                var article = dataset.Article(i);
                var account = "b-cat-" + article.Account;
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(services[account], NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(article.Subject, NpgsqlDbType.Varchar, cancellationToken);
                if (article.Description is null) await copy.WriteNullAsync(cancellationToken);
                else await copy.WriteAsync(article.Description, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(article.Instructions, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(article.Keywords, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(article.Status, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(article.EndUsers, NpgsqlDbType.Boolean, cancellationToken);
                await copy.WriteAsync(article.CoveredSpecialists, NpgsqlDbType.Boolean, cancellationToken);
                await copy.WriteAsync(account, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(article.CreatedAt, NpgsqlDbType.TimestampTz, cancellationToken);
                await copy.WriteAsync(article.CreatedAt, NpgsqlDbType.TimestampTz, cancellationToken);
                await copy.WriteAsync(0, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync("bench", NpgsqlDbType.Varchar, cancellationToken);
            }
            await copy.CompleteAsync(cancellationToken);
        });
        await TimedAsync("search index (GIN)", async () =>
        {
            await ExecuteAsync("SET maintenance_work_mem = '256MB'");
            await ExecuteAsync(SearchIndex);
        });
        await TimedAsync("vacuum analyze", () => ExecuteAsync("VACUUM (ANALYZE) knowledge_articles"));
        await TimedAsync("checkpoint", () => ExecuteAsync("CHECKPOINT"));
        return steps;
    }
}
