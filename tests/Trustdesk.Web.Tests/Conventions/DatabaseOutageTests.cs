using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Trustdesk.Web.Tests.Infrastructure;
using Trustdesk.Web.Tests.Pages;

namespace Trustdesk.Web.Tests.Conventions;

/// <summary>
/// While the database cannot be used, every call answers 503 with <c>Retry-After</c> (the API's error shape under
/// <c>/v1</c>, the HTML error page elsewhere) and writes nothing; the log says so once when it begins and once when it
/// ends, with no stack trace per call; and calls succeed again as soon as the database is back, without a restart.
/// </summary>
public sealed class DatabaseOutageTests
{
    private const string Unavailable = """{"message":"Service Unavailable: the database is not available at the moment"}""";

    // The one listener connection reconnects with a growing pause and says so each time (without a stack trace).
    private const string ListenerCategory = "Trustdesk.Web.Features.Events.PostgresEventListener";

    private static List<LogEntry> OutageLines(CapturedLogs logs) =>
        logs.Entries.Where(e => e.Message.StartsWith("Database outage", StringComparison.Ordinal)).ToList();

    /// <summary>An entry that carries a stack trace, as its exception or in its text (EF Core writes it into the text).</summary>
    private static bool HasStackTrace(LogEntry entry) =>
        entry.Exception is not null || Regex.IsMatch(entry.Message, @"^\s+at \S", RegexOptions.Multiline);

    private static void ExpectUnavailable(ApiResponse answer)
    {
        answer.Expect(503, Unavailable);
        Answers.AssertErrorShape(answer);
        Assert.True(int.TryParse(answer.Header("Retry-After"), out var seconds) && seconds > 0, $"{answer.Request}: Retry-After '{answer.Header("Retry-After")}'");
    }

    [Fact, Trait(PostgresOnly.Trait, PostgresOnly.Value)]
    public async Task An_unreachable_postgres_database_answers_503_logs_one_outage_and_recovers_without_a_restart()
    {
        PostgresOnly.Require();
        var logs = new CapturedLogs();
        using var server = new TrustdeskServer(services: services => services.AddSingleton<ILoggerProvider>(logs)).Started();
        var account = await new TestWorld(server).SupportDomainAsync();
        var person = await account.AddPersonAsync("Kept");
        using var console = await ConsoleWorld.SignInOwnerAsync(server, account);
        (await console.GetAsync($"/console/{account.Id}")).Expect(System.Net.HttpStatusCode.OK);
        var people = (await account.Owner.GetAsync("/v1/people")).Expect(200).TotalEntries();
        var stranger = server.Client("not-a-token", account.Id);

        await SetReachableAsync(server.Database, false);
        try
        {
            for (var round = 0; round < 10; round++)
            {
                ExpectUnavailable(await account.Owner.GetAsync("/v1/people"));
                ExpectUnavailable(await account.Owner.PostAsync("/v1/people", new { name = "Lost", primary_email = Ids.Email() }));
                ExpectUnavailable(await account.Owner.PatchAsync($"/v1/people/{person}", new { name = "Changed" }));
                ExpectUnavailable(await account.Owner.GetAsync("/v1/me"));
                ExpectUnavailable(await stranger.GetAsync("/v1/requests"));
            }
            using var page = await console.Http.GetAsync($"/console/{account.Id}");
            Assert.Equal(503, (int)page.StatusCode);
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
            Assert.True(page.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"page without Retry-After: {page.Headers}");
            Assert.Contains("try again", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

            var began = Assert.Single(OutageLines(logs));
            Assert.Equal(LogLevel.Error, began.Level);
            Assert.DoesNotContain(logs.Entries, HasStackTrace);
            Assert.Equal([began], logs.Entries.Where(e => e.Category != ListenerCategory));
        }
        finally
        {
            await SetReachableAsync(server.Database, true);
        }

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await account.Owner.GetAsync("/v1/people")).Status == 503 && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.Equal(people, (await account.Owner.GetAsync("/v1/people")).Expect(200).TotalEntries());
        Assert.Equal("Kept", (await account.Owner.GetAsync($"/v1/people/{person}")).Expect(200).Record.Str("name"));
        (await account.Owner.PostAsync("/v1/people", new { name = "Back", primary_email = Ids.Email() })).Expect(201);
        (await console.GetAsync($"/console/{account.Id}")).Expect(System.Net.HttpStatusCode.OK);

        var lines = OutageLines(logs);
        Assert.Equal(2, lines.Count);
        Assert.Contains("over", lines[1].Message, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Entries, HasStackTrace);
    }

    /// <summary>
    /// Another process holds SQLite's write lock past the busy timeout (one second here): writes answer 503 (a page's form
    /// post the error page) and write nothing, reads go on (write-ahead logging), and once the lock is released writes
    /// succeed again.
    /// </summary>
    [Fact]
    public async Task A_sqlite_database_locked_past_its_busy_timeout_answers_503_to_writes()
    {
        var logs = new CapturedLogs();
        var database = TestDatabase.CreateSqlite();
        using var server = new TrustdeskServer(database,
            new Dictionary<string, string> { ["ConnectionStrings:Trustdesk"] = database.AppConnectionString + ";Default Timeout=1" },
            services => services.AddSingleton<ILoggerProvider>(logs)).Started();
        var account = await new TestWorld(server).SupportDomainAsync();
        var person = await account.AddPersonAsync("Kept");
        var (email, password) = await ConsoleWorld.SetPasswordAsync(server, account.Id, account.OwnerId);
        using var session = await PageSession.SignInAsync(server, email, password);

        await using (var holder = new SqliteConnection(database.AppConnectionString + ";Pooling=False"))
        {
            await holder.OpenAsync();
            await using (var begin = holder.CreateCommand())
            {
                begin.CommandText = "BEGIN IMMEDIATE;";
                await begin.ExecuteNonQueryAsync();
            }
            ExpectUnavailable(await account.Owner.PostAsync("/v1/people", new { name = "Lost", primary_email = Ids.Email() }));
            ExpectUnavailable(await account.Owner.PatchAsync($"/v1/people/{person}", new { name = "Changed" }));
            ExpectUnavailable(await account.Owner.PostAsync("/v1/teams", new { name = "Lost" }));
            Assert.Equal(2, (await account.Owner.GetAsync("/v1/people")).Expect(200).TotalEntries());
            var page = await session.PostFormAsync("/portal/password", "/portal/password",
                new() { ["Current"] = password, ["New"] = "a new and longer one", ["Repeated"] = "a new and longer one" });
            page.Expect(System.Net.HttpStatusCode.ServiceUnavailable);
            Assert.Contains("try again", page.Text, StringComparison.OrdinalIgnoreCase);

            var began = Assert.Single(OutageLines(logs));
            Assert.Equal(LogLevel.Error, began.Level);
            Assert.Equal([began], logs.Entries);
        }

        (await account.Owner.PostAsync("/v1/people", new { name = "Back", primary_email = Ids.Email() })).Expect(201);
        Assert.Equal("Kept", (await account.Owner.GetAsync($"/v1/people/{person}")).Expect(200).Record.Str("name"));
        Assert.Equal(3, (await account.Owner.GetAsync("/v1/people")).Expect(200).TotalEntries());
        (await PageSession.AttemptSignInAsync(server, email, password)).Expect(System.Net.HttpStatusCode.Redirect);
        Assert.Equal(2, OutageLines(logs).Count);
        Assert.DoesNotContain(logs.Entries, HasStackTrace);
    }

    /// <summary>
    /// Makes the server's database refuse every connection (as a database server that went away does) and ends the ones
    /// open, or lets it be connected to again.
    /// </summary>
    private static async Task SetReachableAsync(TestDatabase database, bool reachable)
    {
        await using var connection = await PostgresQueries.OpenAsync(TestDatabase.PostgresSuperuser!);
        await connection.ExecuteAsync($"ALTER DATABASE {database.Name} ALLOW_CONNECTIONS {reachable}");
        if (!reachable)
            await connection.ExecuteAsync("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @name", ("name", database.Name));
    }
}
