namespace Trustdesk.Web.Tests.Infrastructure;

/// <summary>
/// Tests that only mean something on PostgreSQL carry <c>[Trait("db", "postgres")]</c> and call
/// <see cref="Require"/> first: run without PostgreSQL they fail loudly instead of passing for nothing. The SQLite
/// run leaves them out with <c>--filter "db!=postgres"</c>.
/// </summary>
public static class PostgresOnly
{
    public const string Trait = "db";
    public const string Value = "postgres";

    public static void Require()
    {
        if (!TestDatabase.PostgresRun)
            Assert.Fail($"This test needs PostgreSQL: set {TestDatabase.PostgresVariable} to a superuser connection string, " +
                        "or leave it out with --filter \"db!=postgres\".");
    }
}
