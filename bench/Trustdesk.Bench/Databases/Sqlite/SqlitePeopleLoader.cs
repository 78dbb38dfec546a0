using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Trustdesk.Bench.Dataset;

namespace Trustdesk.Bench.Databases.Sqlite;

/// <summary>
/// Loads the dataset with one prepared INSERT per table, re-executed with new values, committed in batches of
/// <see cref="Batch"/> rows (SQLite's fast path); then ANALYZE, as for PostgreSQL.
/// </summary>
internal static class SqlitePeopleLoader
{
    private const int Batch = 10_000;

    public static async Task<LoadedPeople> LoadAsync(
        string connectionString, string accountId, PeopleDataset dataset, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);

        await InsertAsync(connection, dataset.Organizations,
            "INSERT INTO organizations (name, business_unit, disabled, account_id, created_at, updated_at, lock_version) " +
            "VALUES ($name, 0, 0, $account, $at, $at, 0)",
            (parameters, i) =>
            {
                parameters["$name"].Value = PeopleDataset.OrganizationName(i);
                parameters["$account"].Value = accountId;
            }, cancellationToken);
        await InsertAsync(connection, dataset.Sites,
            "INSERT INTO sites (name, disabled, account_id, created_at, updated_at, lock_version) VALUES ($name, 0, $account, $at, $at, 0)",
            (parameters, i) =>
            {
                parameters["$name"].Value = PeopleDataset.SiteName(i);
                parameters["$account"].Value = accountId;
            }, cancellationToken);

        var organizationIds = await IdsAsync(connection, "organizations", accountId, cancellationToken);
        var siteIds = await IdsAsync(connection, "sites", accountId, cancellationToken);

        await InsertAsync(connection, dataset.People,
            "INSERT INTO people (name, primary_email, primary_email_key, organization_id, site_id, job_title, employee_id, vip, disabled, " +
            "account_id, created_at, updated_at, lock_version) " +
            "VALUES ($name, $email, $key, $organization, $site, $job, $employee, $vip, 0, $account, $at, $at, 0)",
            (parameters, i) =>
            {
                var email = PeopleDataset.Email(i);
                parameters["$name"].Value = PeopleDataset.Name(i);
                parameters["$email"].Value = email;
                parameters["$key"].Value = email.ToLowerInvariant();
                parameters["$organization"].Value = organizationIds[dataset.OrganizationOf(i)];
                parameters["$site"].Value = siteIds[dataset.SiteOf(i)];
                parameters["$job"].Value = PeopleDataset.JobTitle(i);
                parameters["$employee"].Value = PeopleDataset.EmployeeId(i);
                parameters["$vip"].Value = i % 50 == 0;
                parameters["$account"].Value = accountId;
            }, cancellationToken);

        await using (var analyze = new SqliteCommand("ANALYZE", connection))
            await analyze.ExecuteNonQueryAsync(cancellationToken);

        await using var find = new SqliteCommand("SELECT id FROM people WHERE account_id = $account AND primary_email_key = $key", connection);
        find.Parameters.AddWithValue("$account", accountId);
        find.Parameters.AddWithValue("$key", PeopleDataset.Email(dataset.People / 2).ToLowerInvariant());
        var personId = (long)(await find.ExecuteScalarAsync(cancellationToken))!;
        return new LoadedPeople(organizationIds[dataset.Organizations / 2], personId, dataset.People, dataset.Organizations,
            dataset.Sites, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    private static async Task InsertAsync(
        SqliteConnection connection, int rows, string sql, Action<SqliteParameterCollection, int> bind, CancellationToken cancellationToken)
    {
        using var command = new SqliteCommand(sql, connection);
        foreach (var name in ParameterNames(sql)) command.Parameters.Add(new SqliteParameter(name, null));
        // EF Core's SQLite provider stores DateTime as this text; the server reads it back as UTC.
        command.Parameters["$at"].Value = PeopleDataset.Timestamp.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        for (var first = 0; first < rows; first += Batch)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            command.Transaction = transaction;
            for (var i = first; i < Math.Min(rows, first + Batch); i++)
            {
                bind(command.Parameters, i);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
    }

    private static IEnumerable<string> ParameterNames(string sql) =>
        System.Text.RegularExpressions.Regex.Matches(sql, @"\$[a-z]+").Select(m => m.Value).Distinct();

    private static async Task<List<long>> IdsAsync(SqliteConnection connection, string table, string accountId, CancellationToken cancellationToken)
    {
        await using var command = new SqliteCommand($"SELECT id FROM {table} WHERE account_id = $account ORDER BY id", connection);
        command.Parameters.AddWithValue("$account", accountId);
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) ids.Add(reader.GetInt64(0));
        return ids;
    }
}
