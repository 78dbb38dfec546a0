using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Trustdesk.Bench.Databases.Postgres;

/// <summary>What one run of the requests scenario calls with: tokens of the measured account's people and ids to aim at.</summary>
internal sealed record RequestsRunSetup(
    string AccountId, string ReaderToken, IReadOnlyList<string> SpecialistTokens, IReadOnlyList<string> EndUserTokens,
    IReadOnlyList<long> OwnInstanceIds, IReadOnlyList<long> ProviderInstanceIds, IReadOnlyList<long> RequestedForIds,
    IReadOnlyList<long> VisibleSample, int Visible, int RemovedFromEarlierRuns);

/// <summary>
/// Prepares a run on a (possibly reused) requests dataset: removes what earlier runs registered, so every run reads
/// the same rows; gives the measured account's people fresh tokens; finds the ids the calls aim at; and counts, as
/// the app role under row-level security alone, what the measured account sees.
/// </summary>
internal static class PostgresRequestsRun
{
    private const string TokenName = "Bench requests";

    // Persons of the measured account (dataset: RequestsDataset.sql): 1-8 specialists who register, 9 the specialist
    // who reads, 10-17 end users who register through the self-service catalog, 10-50 people requests are for.
    private const int RegisteringSpecialists = 8;
    private const int Reader = 9;
    private const int FirstEndUser = 10;

    public static async Task<RequestsRunSetup> PrepareAsync(
        PostgresBenchDatabase database, RequestsDataset dataset, int clients, CancellationToken cancellationToken)
    {
        var account = PostgresRequestsLoader.AccountId(1);
        await using var connection = new NpgsqlConnection(database.BenchConnectionString);
        await connection.OpenAsync(cancellationToken);

        var removed = await RemoveRegisteredAsync(connection, dataset.LastRequestId, cancellationToken);
        var people = await IdsAsync(connection, "SELECT id FROM people WHERE account_id = @account ORDER BY id", account, cancellationToken);
        await ExecuteAsync(connection, $"DELETE FROM access_tokens WHERE name = '{TokenName}'", cancellationToken);
        var reader = await NewTokenAsync(connection, account, people[Reader - 1], cancellationToken);
        var specialists = new List<string>();
        var endUsers = new List<string>();
        for (var i = 0; i < clients; i++)
        {
            specialists.Add(await NewTokenAsync(connection, account, people[i % RegisteringSpecialists], cancellationToken));
            endUsers.Add(await NewTokenAsync(connection, account, people[FirstEndUser - 1 + i % RegisteringSpecialists], cancellationToken));
        }

        var ownInstances = await IdsAsync(connection, "SELECT id FROM service_instances WHERE account_id = @account ORDER BY id", account, cancellationToken);
        // Providers 2-11 cover the measured account's people through SLAs with customer_account = account 1.
        var providers = Enumerable.Range(2, 10).Select(PostgresRequestsLoader.AccountId).ToArray();
        var providerInstances = await IdsAsync(connection,
            "SELECT id FROM service_instances WHERE account_id = ANY (@account) ORDER BY id", providers, cancellationToken);

        var (visible, sample) = await VisibleAsync(database.AppConnectionString, account, cancellationToken);
        return new RequestsRunSetup(account, reader, specialists, endUsers, ownInstances, providerInstances,
            people.Skip(FirstEndUser - 1).ToList(), sample, visible, removed);
    }

    /// <summary>Requests registered by earlier runs (ids beyond the dataset's), with anything hanging off them.</summary>
    private static async Task<int> RemoveRegisteredAsync(NpgsqlConnection connection, long lastId, CancellationToken cancellationToken)
    {
        await using var remove = new NpgsqlCommand(
            "DELETE FROM request_audit_entries WHERE request_id > @last; DELETE FROM request_notes WHERE request_id > @last; " +
            "DELETE FROM requests WHERE id > @last", connection) { CommandTimeout = 600 };
        remove.Parameters.AddWithValue("last", lastId);
        var removed = await remove.ExecuteNonQueryAsync(cancellationToken);
        // Keeps the visibility map whole, so index-only scans stay index-only and every run plans the same.
        if (removed > 0) await ExecuteAsync(connection, "VACUUM (ANALYZE) requests, request_notes, request_audit_entries", cancellationToken);
        return removed;
    }

    /// <summary>
    /// The measured account's requests as row-level security alone decides (the app role, settings as the server
    /// sets them): their number, and a fixed spread of 1,000 of them for the single-record reads.
    /// </summary>
    private static async Task<(int Visible, List<long> Sample)> VisibleAsync(string app, string account, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(app);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await PostgresQueryPlans.EnterAccountAsync(connection, transaction, account, cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT array_agg(id ORDER BY id) FROM requests", connection, transaction) { CommandTimeout = 600 };
        var ids = (long[])(await command.ExecuteScalarAsync(cancellationToken))!;
        await transaction.RollbackAsync(cancellationToken);
        var step = Math.Max(1, ids.Length / 1_000);
        // Every step-th id, visited in a shuffled but fixed order so consecutive reads hit different pages.
        var sample = ids.Where((_, i) => i % step == 0).Take(1_000).ToList();
        var shuffled = sample.OrderBy(id => (id * 2_654_435_761L) % 1_000_003).ToList();
        return (ids.Length, shuffled);
    }

    internal static Task<string> NewTokenAsync(NpgsqlConnection connection, string account, long personId, CancellationToken cancellationToken) =>
        NewTokenAsync(connection, account, personId, TokenName, cancellationToken);

    /// <summary>A new access token of the person, valid for a day, named <paramref name="name"/> (so a later run can delete it).</summary>
    internal static async Task<string> NewTokenAsync(NpgsqlConnection connection, string account, long personId, string name, CancellationToken cancellationToken)
    {
        var token = "td_bench_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        await using var insert = new NpgsqlCommand(
            "INSERT INTO access_tokens (account_id, person_id, name, token_hash, prefix, created_at, expires_at) " +
            "VALUES (@account, @person, @name, @hash, @prefix, now(), now() + interval '1 day')", connection);
        insert.Parameters.AddWithValue("account", account);
        insert.Parameters.AddWithValue("person", personId);
        insert.Parameters.AddWithValue("name", name);
        insert.Parameters.AddWithValue("hash", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token))));
        insert.Parameters.AddWithValue("prefix", token[..10]);
        await insert.ExecuteNonQueryAsync(cancellationToken);
        return token;
    }

    private static async Task<List<long>> IdsAsync(NpgsqlConnection connection, string sql, object account, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("account", account);
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) ids.Add(reader.GetInt64(0));
        return ids;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
