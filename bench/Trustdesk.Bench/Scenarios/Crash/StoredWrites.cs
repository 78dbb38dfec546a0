using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using Trustdesk.Bench.Databases;
using Trustdesk.Bench.Databases.Postgres;
using Trustdesk.Bench.Databases.Sqlite;

namespace Trustdesk.Bench.Scenarios.Crash;

/// <summary>One check of what the database holds, and what breaks it (row ids, or tables; none when it holds).</summary>
internal sealed record InvariantCheck(string Name, IReadOnlyList<string> Violations)
{
    public bool Holds => Violations.Count == 0;
}

/// <summary>
/// What the database holds after the run, read by SQL as the superuser (PostgreSQL: past row-level security; SQLite: the
/// file itself): where each marker is, and whether what one call writes in one transaction is all there together. The
/// checks follow the code's transactions — <c>SubmitRequest</c> (request, audit line, first note), <c>RequestNotes</c> (note,
/// response time, <c>updated_at</c>), <c>SaveWorkflow</c> with <c>WorkflowFromTemplate</c> and <c>WorkflowProgression</c>
/// (phases, tasks, dependencies, approvals, activation, linked requests), <c>UpdateTask</c> (status, answer, note,
/// successors, the workflow's status) and <c>IdempotencyFilter</c> (the key and its answer with the work) — as they hold
/// for the writes this scenario makes. The same SQL runs on both databases.
/// </summary>
internal static class StoredWrites
{
    public static string FirstNote(string subject) => $"first note of {subject}";

    private const string FinishedWell = "('completed', 'approved')";
    private const string Active = "('assigned', 'accepted', 'in_progress', 'waiting_for', 'waiting_for_customer', 'request_pending')";

    /// <summary>Each marker and where its copies are: the record's own id (requests, workflows), the request of a note, the task of a step.</summary>
    private static readonly string[] Markers =
    [
        "SELECT subject, id FROM requests WHERE subject LIKE 'crash:%'",
        "SELECT text, request_id FROM request_notes WHERE text LIKE 'crash:%'",
        "SELECT subject, id FROM workflows WHERE subject LIKE 'crash:%'",
        "SELECT text, task_id FROM task_notes WHERE text LIKE 'crash:%'",
    ];

    private static readonly (string Name, string Sql)[] Invariants =
    [
        ("every request has one registration line in its audit trail",
            "SELECT r.id FROM requests r WHERE (SELECT count(*) FROM request_audit_entries a WHERE a.request_id = r.id AND a.action = 'create') <> 1"),
        ("a request registered with a note has that note, once",
            "SELECT r.id FROM requests r WHERE r.subject LIKE 'crash:%+note' AND (SELECT count(*) FROM request_notes n WHERE n.request_id = r.id AND n.text = 'first note of ' || r.subject) <> 1"),
        ("notes and audit lines belong to requests that exist",
            "SELECT n.id FROM request_notes n WHERE NOT EXISTS (SELECT 1 FROM requests r WHERE r.id = n.request_id) " +
            "UNION ALL SELECT a.id FROM request_audit_entries a WHERE NOT EXISTS (SELECT 1 FROM requests r WHERE r.id = a.request_id)"),
        // A note posted to a request moves its updated_at in the same transaction (NotedRecords). A registration's first
        // note is saved with the request, not after it, and may be stamped a second later: it is not asked.
        ("a request's updated_at is no older than its newest posted note",
            "SELECT n.id FROM request_notes n JOIN requests r ON r.id = n.request_id WHERE n.text LIKE 'crash:%' AND r.updated_at < n.created_at"),
        ("a request has responded_at exactly when its account's specialist wrote it a public note",
            "SELECT r.id FROM requests r WHERE (r.responded_at IS NOT NULL) <> EXISTS (SELECT 1 FROM request_notes n WHERE n.request_id = r.id " +
            "AND NOT n.internal AND n.account_id = r.account_id AND n.person_id <> r.requested_for_id)"),
        ("a request's version counts its changes: each audited update, and the response",
            "SELECT r.id FROM requests r WHERE r.lock_version <> (SELECT count(*) FROM request_audit_entries a WHERE a.request_id = r.id AND a.action = 'update') " +
            "+ CASE WHEN r.responded_at IS NULL THEN 0 ELSE 1 END"),
        ("a workflow made from a template has all of its phases, tasks, dependencies and approvers",
            "SELECT w.id FROM workflows w WHERE w.template_id IS NOT NULL AND (" +
            "(SELECT count(*) FROM workflow_phases p WHERE p.workflow_id = w.id) <> (SELECT count(*) FROM workflow_template_phases x WHERE x.workflow_template_id = w.template_id) " +
            "OR (SELECT count(*) FROM workflow_tasks t WHERE t.workflow_id = w.id) <> (SELECT count(*) FROM task_template_relations x WHERE x.workflow_template_id = w.template_id) " +
            "OR (SELECT count(*) FROM task_dependencies d WHERE d.workflow_id = w.id) <> (SELECT count(*) FROM task_template_dependencies x WHERE x.workflow_template_id = w.template_id) " +
            "OR (SELECT count(*) FROM task_approvals a JOIN workflow_tasks t ON t.id = a.task_id WHERE t.workflow_id = w.id) <> " +
            "(SELECT count(*) FROM task_template_approvers x JOIN task_template_relations r ON r.task_template_id = x.task_template_id WHERE r.workflow_template_id = w.template_id))"),
        ("a task started only once its predecessors had finished well",
            "SELECT d.id FROM task_dependencies d JOIN workflow_tasks p ON p.id = d.predecessor_id JOIN workflow_tasks s ON s.id = d.successor_id " +
            $"WHERE s.status <> 'registered' AND p.status NOT IN {FinishedWell}"),
        ("a task whose predecessors have all finished well has started",
            "SELECT s.id FROM workflow_tasks s WHERE s.status = 'registered' AND NOT s.is_failure_task AND NOT EXISTS (SELECT 1 FROM task_dependencies d " +
            $"JOIN workflow_tasks p ON p.id = d.predecessor_id WHERE d.successor_id = s.id AND p.status NOT IN {FinishedWell})"),
        ("a workflow's status and completed_at follow its tasks",
            "SELECT w.id FROM workflows w WHERE w.template_id IS NOT NULL AND (w.status <> CASE " +
            $"WHEN NOT EXISTS (SELECT 1 FROM workflow_tasks t WHERE t.workflow_id = w.id AND t.status NOT IN {FinishedWell}) THEN 'completed' " +
            $"WHEN EXISTS (SELECT 1 FROM workflow_tasks t WHERE t.workflow_id = w.id AND t.category = 'approval' AND t.status IN {Active}) THEN 'approval' " +
            $"WHEN EXISTS (SELECT 1 FROM workflow_tasks t WHERE t.workflow_id = w.id AND t.category = 'implementation' AND t.status IN {Active}) THEN 'implementation' " +
            "ELSE 'in_progress' END OR (w.status = 'completed') <> (w.completed_at IS NOT NULL))"),
        ("a phase's status follows its tasks",
            "SELECT p.id FROM workflow_phases p WHERE p.status <> CASE " +
            $"WHEN NOT EXISTS (SELECT 1 FROM workflow_tasks t WHERE t.phase_id = p.id AND t.status NOT IN {FinishedWell}) THEN 'completed' " +
            "WHEN NOT EXISTS (SELECT 1 FROM workflow_tasks t WHERE t.phase_id = p.id AND t.status <> 'registered') THEN 'registered' ELSE 'in_progress' END"),
        ("an approval task is approved exactly when its approver's answer is",
            "SELECT t.id FROM workflow_tasks t WHERE t.category = 'approval' AND (t.status = 'approved') <> " +
            "EXISTS (SELECT 1 FROM task_approvals a WHERE a.task_id = t.id AND a.status = 'approved')"),
        ("a step's note is there exactly when its task has finished",
            "SELECT t.id FROM workflow_tasks t JOIN workflows w ON w.id = t.workflow_id WHERE w.subject LIKE 'crash:%' AND " +
            $"(SELECT count(*) FROM task_notes n WHERE n.task_id = t.id AND n.text LIKE 'crash:%') <> CASE WHEN t.status IN {FinishedWell} THEN 1 ELSE 0 END"),
        ("a task's updated_at is no older than its newest note",
            "SELECT n.id FROM task_notes n JOIN workflow_tasks t ON t.id = n.task_id WHERE t.updated_at < n.created_at"),
        ("a request waits for its workflow exactly while the workflow runs, and its trail says so",
            "SELECT r.id FROM requests r JOIN workflows w ON w.id = r.workflow_id WHERE r.status <> CASE WHEN w.status = 'completed' THEN 'assigned' ELSE 'workflow_pending' END " +
            "OR (SELECT count(*) FROM request_audit_entries a WHERE a.request_id = r.id AND a.action = 'update') <> CASE WHEN w.status = 'completed' THEN 2 ELSE 1 END"),
        ("every kept Idempotency-Key has its answer",
            "SELECT k.id FROM idempotency_keys k WHERE k.answer IS NULL"),
        ("one kept Idempotency-Key per record a keyed POST made (the row shows how many keys are over)",
            "SELECT (SELECT count(*) FROM idempotency_keys) - (SELECT count(*) FROM requests WHERE subject LIKE 'crash:%') " +
            "- (SELECT count(*) FROM request_notes WHERE text LIKE 'crash:%') - (SELECT count(*) FROM workflows WHERE subject LIKE 'crash:%') AS over " +
            "WHERE (SELECT count(*) FROM idempotency_keys) <> (SELECT count(*) FROM requests WHERE subject LIKE 'crash:%') " +
            "+ (SELECT count(*) FROM request_notes WHERE text LIKE 'crash:%') + (SELECT count(*) FROM workflows WHERE subject LIKE 'crash:%')"),
    ];

    public static async Task<(Dictionary<string, List<long>> Markers, List<InvariantCheck> Checks)> ReadAsync(IBenchDatabase database, CancellationToken cancel)
    {
        await using var connection = database switch
        {
            PostgresBenchDatabase postgres => (DbConnection)new NpgsqlConnection(postgres.BenchConnectionString),
            SqliteBenchDatabase sqlite => new SqliteConnection(sqlite.ConnectionString),
            _ => throw new InvalidOperationException($"No SQL read-back for {database.GetType().Name}."),
        };
        await connection.OpenAsync(cancel);
        var markers = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        foreach (var sql in Markers)
            foreach (var (marker, parent) in await RowsAsync(connection, sql, r => (r.GetString(0), r.GetInt64(1)), cancel))
                (markers.TryGetValue(marker, out var parents) ? parents : markers[marker] = []).Add(parent);

        var checks = new List<InvariantCheck>();
        foreach (var (name, sql) in Invariants)
            checks.Add(new InvariantCheck(name, await RowsAsync(connection, sql, r => Convert.ToString(r.GetValue(0), CultureInfo.InvariantCulture)!, cancel)));
        if (connection is NpgsqlConnection npgsql) checks.Add(await SequencesAsync(npgsql, cancel));
        return (markers, checks);
    }

    /// <summary>After PostgreSQL's crash recovery no identity sequence may stand behind its table (its next id would be taken).</summary>
    private static async Task<InvariantCheck> SequencesAsync(NpgsqlConnection connection, CancellationToken cancel)
    {
        var sequences = await RowsAsync(connection, "SELECT table_name, pg_get_serial_sequence(quote_ident(table_name), 'id') FROM information_schema.columns " +
            "WHERE table_schema = 'public' AND column_name = 'id' AND is_identity = 'YES'", r => (Table: r.GetString(0), Sequence: r.GetString(1)), cancel);
        var behind = new List<string>();
        foreach (var (table, sequence) in sequences)
        {
            var sql = $"SELECT count(*) FROM \"{table}\" WHERE id > (SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM {sequence})";
            if (await RowsAsync(connection, sql, r => r.GetInt64(0), cancel) is [> 0]) behind.Add(table);
        }
        return new InvariantCheck($"no identity sequence stands behind its table ({sequences.Count} tables)", behind);
    }

    private static async Task<List<T>> RowsAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> read, CancellationToken cancel)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancel);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancel)) rows.Add(read(reader));
        return rows;
    }
}
