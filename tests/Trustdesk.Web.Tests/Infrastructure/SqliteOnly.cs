namespace Trustdesk.Web.Tests.Infrastructure;

/// <summary>
/// Tests run once, on SQLite, because running them on PostgreSQL too would show nothing more, carry
/// <c>[Trait("db", "sqlite")]</c> and call <see cref="Require"/> first: run on PostgreSQL they fail loudly instead of
/// passing for nothing. The PostgreSQL run leaves them out with <c>--filter "db!=sqlite"</c>.
/// </summary>
public static class SqliteOnly
{
    public const string Trait = "db";
    public const string Value = "sqlite";

    public static void Require()
    {
        if (TestDatabase.PostgresRun)
            Assert.Fail($"This test runs on SQLite only: unset {TestDatabase.PostgresVariable}, or leave it out with --filter \"db!=sqlite\".");
    }
}
