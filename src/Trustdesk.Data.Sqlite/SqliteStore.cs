using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Trustdesk.Data.Sqlite;

/// <summary>SQLite, the embedded default: one file, write-ahead logging so readers never wait for the writer.</summary>
public static class SqliteStore
{
    public static DbContextOptionsBuilder UseSqliteFile(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(SqliteStore).Assembly.GetName().Name));

    public static async Task PrepareAsync(string connectionString, CancellationToken cancellationToken)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (folder is not null) Directory.CreateDirectory(folder);

        await using var db = TrustdeskDbContextOptions.CreateUnscoped(options => options.UseSqliteFile(connectionString));
        await db.Database.MigrateAsync(cancellationToken);
        // WAL is a property of the file, so setting it once here holds for every later connection.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
