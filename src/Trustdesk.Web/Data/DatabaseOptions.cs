using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Trustdesk.Web.Data;

/// <summary>Settings of section <c>Database</c>, with the connection strings they go with.</summary>
public sealed class DatabaseOptions
{
    public const string SqliteDefault = "Data Source=data/trustdesk.db";

    /// <summary><c>Sqlite</c> (the embedded default) or <c>Postgres</c> (also <c>PostgreSQL</c>), in any case.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>
    /// <c>ConnectionStrings:Trustdesk</c>, what the app connects as (on PostgreSQL the role bound by row-level security);
    /// on SQLite <see cref="SqliteDefault"/> when not set.
    /// </summary>
    public string? Connection { get; internal set; }

    /// <summary><c>ConnectionStrings:TrustdeskOwner</c> (PostgreSQL only): the owner role that migrates.</summary>
    public string? OwnerConnection { get; internal set; }

    public bool IsPostgres => NamesPostgres(Provider);

    private bool IsSqlite => Provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="provider"/> is PostgreSQL; anything else that is not SQLite is refused at start.</summary>
    public static bool NamesPostgres(string? provider) =>
        provider is not null && (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// What is wrong with these settings, in the words the operator needs (which setting, what to set it to), or null.
    /// A misspelt provider used to run on a new SQLite file, in Production too.
    /// </summary>
    public string? Problem()
    {
        if (!IsSqlite && !IsPostgres)
            return $"Database:Provider is \"{Provider}\", which is no database Trustdesk knows: set it to Sqlite or Postgres.";
        if (!IsPostgres) return Unreadable("ConnectionStrings:Trustdesk", Connection!, "SQLite", text => new SqliteConnectionStringBuilder(text));
        if (Connection is null)
            return "ConnectionStrings:Trustdesk is required with PostgreSQL: set it to the app role's connection (a role that owns no table, NOSUPERUSER NOBYPASSRLS).";
        if (OwnerConnection is null)
            return "ConnectionStrings:TrustdeskOwner is required with PostgreSQL: set it to the owner role's connection, which applies the migrations and row-level security.";
        return Unreadable("ConnectionStrings:Trustdesk", Connection, "PostgreSQL", text => new NpgsqlConnectionStringBuilder(text))
            ?? Unreadable("ConnectionStrings:TrustdeskOwner", OwnerConnection, "PostgreSQL", text => new NpgsqlConnectionStringBuilder(text));
    }

    private static string? Unreadable(string setting, string text, string database, Func<string, DbConnectionStringBuilder> parse)
    {
        try
        {
            parse(text);
            return null;
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            return $"{setting} is not a {database} connection string ({e.Message.TrimEnd('.')}): correct it.";
        }
    }
}
