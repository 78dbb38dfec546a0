using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Trustdesk.Bench.Databases.Postgres;

/// <summary>What the catalog load produced: the measured person, their token, and the dataset's sizes.</summary>
internal sealed record LoadedCatalog(long PersonId, string PersonToken, int Accounts, int Slas, int Trusts, double Seconds);

/// <summary>
/// The self-service catalog dataset, written as the superuser (around row-level security) with set-based SQL: the
/// directory's flat organizations become a tree (each organization under the one with a tenth of its number),
/// then <c>accounts</c> support domains linked to the directory each offer one service with ten instances and ten
/// active SLAs. The SLAs cycle through the coverage kinds (organizations and descendants, organizations, sites,
/// people); every second one is offered across a <c>services</c> trust from one of 50 customer accounts.
/// </summary>
internal static class PostgresCatalogLoader
{
    public const int InstancesPerAccount = 10;
    public const int CustomerAccounts = 50;

    public static async Task<LoadedCatalog> LoadAsync(
        string connectionString, string directoryId, long personId, int accounts, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var token = "bench-person-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var tokenHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

        await using (var load = new NpgsqlCommand(Sql, connection))
        {
            load.CommandTimeout = 600;
            load.Parameters.Add(new NpgsqlParameter("directory", directoryId));
            load.Parameters.Add(new NpgsqlParameter("accounts", accounts));
            load.Parameters.Add(new NpgsqlParameter("instances", InstancesPerAccount));
            load.Parameters.Add(new NpgsqlParameter("customers", Math.Min(CustomerAccounts, accounts)));
            load.Parameters.Add(new NpgsqlParameter("person", personId));
            load.Parameters.Add(new NpgsqlParameter("token_hash", tokenHash));
            load.Parameters.Add(new NpgsqlParameter("token_prefix", token[..10]));
            await load.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var vacuum = new NpgsqlCommand(
            "VACUUM (ANALYZE) accounts, organizations, trusts, services, service_offerings, service_instances, slas, sla_coverage_targets, access_tokens",
            connection))
            await vacuum.ExecuteNonQueryAsync(cancellationToken);
        await using (var checkpoint = new NpgsqlCommand("CHECKPOINT", connection))
            await checkpoint.ExecuteNonQueryAsync(cancellationToken);

        var slas = accounts * InstancesPerAccount;
        var trusts = accounts - Math.Min(CustomerAccounts, accounts);
        return new LoadedCatalog(personId, token, accounts, slas, trusts, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    // One statement per step, run as one script; ids come from the identity columns.
    private const string Sql = """
        CREATE TEMP TABLE orgs AS
            SELECT id, row_number() OVER (ORDER BY id) AS n FROM organizations WHERE account_id = @directory;
        UPDATE organizations o SET parent_id = p.id
            FROM orgs c JOIN orgs p ON p.n = c.n / 10
            WHERE o.id = c.id AND c.n >= 10;
        CREATE TEMP TABLE dir_sites AS
            SELECT id, row_number() OVER (ORDER BY id) AS n FROM sites WHERE account_id = @directory;
        CREATE TEMP TABLE dir_people AS
            SELECT id, row_number() OVER (ORDER BY id) AS n FROM people WHERE account_id = @directory;

        INSERT INTO accounts (id, name, kind, directory_account_id, time_zone, disabled, created_at, updated_at)
            SELECT 'b-cat-' || g, 'Bench provider ' || g, 'support_domain', @directory, 'UTC', false, now(), now()
            FROM generate_series(1, @accounts) g;

        -- Each provider beyond the first 50 is trusted with services by one of those 50 customer accounts.
        INSERT INTO trusts (customer_account_id, provider_account_id, inviter_account_id, status, options, created_at, updated_at,
                            invitation_expires_at, lock_version)
            SELECT 'b-cat-' || (1 + g % @customers), 'b-cat-' || g, 'b-cat-' || g, 'accepted', 1, now(), now(), now() + interval '30 days', 0
            FROM generate_series(@customers + 1, @accounts) g;

        INSERT INTO services (account_id, name, disabled, created_at, updated_at, lock_version)
            SELECT 'b-cat-' || g, 'Service ' || g, false, now(), now(), 0 FROM generate_series(1, @accounts) g;
        INSERT INTO service_offerings (account_id, name, service_id, status, response_target_medium, resolution_target_medium,
                                       support_hours_time_zone, created_at, updated_at, lock_version)
            SELECT s.account_id, 'Standard', s.id, 'available', 240, 1440, 'UTC', now(), now(), 0
            FROM services s WHERE s.account_id LIKE 'b-cat-%';
        INSERT INTO service_instances (account_id, name, service_id, status, created_at, updated_at, lock_version)
            SELECT s.account_id, 'Instance ' || i, s.id, 'in_production', now(), now(), 0
            FROM services s CROSS JOIN generate_series(1, @instances) i WHERE s.account_id LIKE 'b-cat-%';

        CREATE TEMP TABLE new_slas AS
            SELECT i.id AS instance_id, i.account_id, o.id AS offering_id,
                   row_number() OVER (ORDER BY i.id) AS n,
                   substring(i.account_id from 7)::int AS provider_number
            FROM service_instances i JOIN service_offerings o ON o.service_id = i.service_id
            WHERE i.account_id LIKE 'b-cat-%';
        INSERT INTO slas (account_id, name, service_offering_id, service_instance_id, customer_organization_id, customer_account_id,
                          coverage, start_date, status, created_at, updated_at, lock_version)
            SELECT s.account_id, 'SLA ' || s.n, s.offering_id, s.instance_id,
                   (SELECT id FROM orgs WHERE orgs.n = 1 + (s.n * 7919) % (SELECT count(*) FROM orgs)),
                   CASE WHEN s.n % 2 = 0 AND s.provider_number > @customers THEN 'b-cat-' || (1 + s.provider_number % @customers) END,
                   (ARRAY['organizations_and_descendants', 'organizations', 'sites', 'people'])[1 + s.n % 4],
                   current_date - 30, 'active', now(), now(), 0
            FROM new_slas s;
        INSERT INTO sla_coverage_targets (account_id, sla_id, kind, organization_id)
            SELECT account_id, id, 'organization', customer_organization_id
            FROM slas WHERE account_id LIKE 'b-cat-%' AND coverage IN ('organizations_and_descendants', 'organizations');
        INSERT INTO sla_coverage_targets (account_id, sla_id, kind, site_id)
            SELECT sl.account_id, sl.id, 'site', (SELECT id FROM dir_sites WHERE dir_sites.n = 1 + sl.id % (SELECT count(*) FROM dir_sites))
            FROM slas sl WHERE sl.account_id LIKE 'b-cat-%' AND sl.coverage = 'sites';
        INSERT INTO sla_coverage_targets (account_id, sla_id, kind, person_id)
            SELECT sl.account_id, sl.id, 'person', p.id
            FROM slas sl CROSS JOIN generate_series(0, 4) k
            JOIN dir_people p ON p.n = 1 + (sl.id * 31 + k * 104729) % (SELECT count(*) FROM dir_people)
            WHERE sl.account_id LIKE 'b-cat-%' AND sl.coverage = 'people';

        INSERT INTO access_tokens (account_id, person_id, name, token_hash, prefix, created_at, expires_at)
            SELECT @directory, @person, 'Bench catalog token', @token_hash, @token_prefix, now(), now() + interval '1 day';
        """;
}
