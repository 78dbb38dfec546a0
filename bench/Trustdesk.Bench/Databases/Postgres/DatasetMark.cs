using System.Text.Json;
using Npgsql;

namespace Trustdesk.Bench.Databases.Postgres;

/// <summary>
/// How a generated dataset marks its database complete and reusable: its description as JSON in the database's comment
/// (<c>COMMENT ON DATABASE</c>), written last. A database without the mark, or with another version's, is made again.
/// </summary>
internal static class DatasetMark
{
    /// <summary>The dataset <paramref name="database"/> was marked with, or null when it has no mark (or the database does not exist).</summary>
    public static async Task<T?> ReadAsync<T>(string superuser, string database, CancellationToken cancellationToken,
        JsonSerializerOptions? json = null) where T : class
    {
        await using var connection = new NpgsqlConnection(superuser);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", database);
        return await command.ExecuteScalarAsync(cancellationToken) is string comment && comment.StartsWith('{')
            ? JsonSerializer.Deserialize<T>(comment, json)
            : null;
    }

    /// <summary>Marks <paramref name="database"/> with <paramref name="dataset"/>: the last step of its generation.</summary>
    public static async Task WriteAsync<T>(PostgresBenchDatabase database, T dataset, CancellationToken cancellationToken,
        JsonSerializerOptions? json = null)
    {
        await using var connection = new NpgsqlConnection(database.BenchConnectionString);
        await connection.OpenAsync(cancellationToken);
        var comment = JsonSerializer.Serialize(dataset, json).Replace("'", "''", StringComparison.Ordinal);
        await using var mark = new NpgsqlCommand($"COMMENT ON DATABASE \"{database.Name}\" IS '{comment}'", connection);
        await mark.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// The steps of an embedded dataset script (<paramref name="resource"/>): each begins with a line <c>-- step: name</c>;
    /// what comes before the first is the file's header comment.
    /// </summary>
    public static IReadOnlyList<(string Name, string Sql)> SqlSteps(string resource)
    {
        using var stream = typeof(DatasetMark).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource} is not embedded.");
        using var reader = new StreamReader(stream);
        const string marker = "-- step: ";
        return reader.ReadToEnd().Split('\n' + marker).Skip(1).Select(chunk =>
        {
            var newline = chunk.IndexOf('\n', StringComparison.Ordinal);
            return (chunk[..newline].Trim(), chunk[(newline + 1)..]);
        }).ToList();
    }
}
