using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using Trustdesk.Bench.Dataset;

namespace Trustdesk.Bench.Databases.Postgres;

/// <summary>
/// Loads the dataset with binary COPY as the superuser, who is not bound by row-level security; the identity
/// columns number the rows. Then VACUUM ANALYZE, so the plans are those of a table autovacuum has caught up with,
/// and a CHECKPOINT.
/// </summary>
internal static class PostgresPeopleLoader
{
    public static async Task<LoadedPeople> LoadAsync(
        string connectionString, string accountId, PeopleDataset dataset, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY organizations (name, business_unit, disabled, account_id, created_at, updated_at, lock_version) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            for (var i = 0; i < dataset.Organizations; i++)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(PeopleDataset.OrganizationName(i), NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken); // business_unit
                await copy.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken); // disabled
                await WriteRecordTailAsync(copy, accountId, cancellationToken);
            }
            await copy.CompleteAsync(cancellationToken);
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY sites (name, disabled, account_id, created_at, updated_at, lock_version) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            for (var i = 0; i < dataset.Sites; i++)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(PeopleDataset.SiteName(i), NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken); // disabled
                await WriteRecordTailAsync(copy, accountId, cancellationToken);
            }
            await copy.CompleteAsync(cancellationToken);
        }

        var organizationIds = await IdsAsync(connection, "organizations", accountId, cancellationToken);
        var siteIds = await IdsAsync(connection, "sites", accountId, cancellationToken);

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY people (name, primary_email, primary_email_key, organization_id, site_id, job_title, employee_id, vip, disabled, " +
            "account_id, created_at, updated_at, lock_version) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            for (var i = 0; i < dataset.People; i++)
            {
                var email = PeopleDataset.Email(i);
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(PeopleDataset.Name(i), NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(email, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(email.ToLowerInvariant(), NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(organizationIds[dataset.OrganizationOf(i)], NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(siteIds[dataset.SiteOf(i)], NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(PeopleDataset.JobTitle(i), NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(PeopleDataset.EmployeeId(i), NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(i % 50 == 0, NpgsqlDbType.Boolean, cancellationToken);
                await copy.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken);
                await WriteRecordTailAsync(copy, accountId, cancellationToken);
            }
            await copy.CompleteAsync(cancellationToken);
        }

        await using (var vacuum = new NpgsqlCommand("VACUUM (ANALYZE) organizations, sites, people", connection))
            await vacuum.ExecuteNonQueryAsync(cancellationToken);
        // Writes the load's dirty pages now rather than in a checkpoint during the first measured calls.
        await using (var checkpoint = new NpgsqlCommand("CHECKPOINT", connection))
            await checkpoint.ExecuteNonQueryAsync(cancellationToken);

        var personId = await PersonIdAsync(connection, accountId, PeopleDataset.Email(dataset.People / 2), cancellationToken);
        return new LoadedPeople(organizationIds[dataset.Organizations / 2], personId, dataset.People, dataset.Organizations,
            dataset.Sites, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    /// <summary>account_id, created_at, updated_at, lock_version: the columns every record ends with here.</summary>
    private static async Task WriteRecordTailAsync(NpgsqlBinaryImporter copy, string accountId, CancellationToken cancellationToken)
    {
        await copy.WriteAsync(accountId, NpgsqlDbType.Varchar, cancellationToken);
        await copy.WriteAsync(PeopleDataset.Timestamp, NpgsqlDbType.TimestampTz, cancellationToken);
        await copy.WriteAsync(PeopleDataset.Timestamp, NpgsqlDbType.TimestampTz, cancellationToken);
        await copy.WriteAsync(0, NpgsqlDbType.Integer, cancellationToken);
    }

    private static async Task<List<long>> IdsAsync(NpgsqlConnection connection, string table, string accountId, CancellationToken cancellationToken)
    {
        // Identity values follow the COPY order, so the n-th id is the n-th row of the dataset.
        await using var command = new NpgsqlCommand($"SELECT id FROM {table} WHERE account_id = $1 ORDER BY id", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = accountId });
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) ids.Add(reader.GetInt64(0));
        return ids;
    }

    private static async Task<long> PersonIdAsync(NpgsqlConnection connection, string accountId, string email, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT id FROM people WHERE account_id = $1 AND primary_email_key = $2", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = accountId });
        command.Parameters.Add(new NpgsqlParameter { Value = email.ToLowerInvariant() });
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
