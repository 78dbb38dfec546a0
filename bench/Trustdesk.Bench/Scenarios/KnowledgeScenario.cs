using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Npgsql;
using Trustdesk.Bench.Databases;
using Trustdesk.Bench.Databases.Postgres;
using Trustdesk.Bench.Dataset;
using Trustdesk.Bench.Http;
using Trustdesk.Bench.Measuring;
using Trustdesk.Bench.Server;

namespace Trustdesk.Bench.Scenarios;

/// <summary>A measured employee: who, what their catalog holds, and how many articles reach them (the search's candidates).</summary>
internal sealed record KnowledgeEmployee(string Email, long PersonId, int Instances, int Services, int Candidates)
{
    /// <summary>The services of the catalog's instances: those whose articles reach the employee (they have no role).</summary>
    [JsonIgnore]
    public IReadOnlyList<long> ServiceIds { get; init; } = [];
}

/// <summary>How many of a query's words' articles reach the first employee (counted by SQL), per query.</summary>
internal sealed record KnowledgeQueryMatches(string Text, string TsQuery, int Matches);

/// <summary>CPU milliseconds per call of one measured page, its warm-up calls included: the server's and PostgreSQL's (all its processes).</summary>
internal sealed record KnowledgeCpu(string Operation, double ServerMilliseconds, double PostgresMilliseconds);

/// <summary>What the knowledge scenario worked on in one run, and what its answers held.</summary>
internal sealed record KnowledgeLoad(
    KnowledgeDataset Dataset, bool GeneratedThisRun, IReadOnlyList<KnowledgeEmployee> Employees, int SearchCalls, int SearchesWithArticles,
    int SuggestionCalls, int SuggestionsWithArticles, IReadOnlyList<KnowledgeQueryMatches> Matches, IReadOnlyList<KnowledgeCpu> Cpu);

/// <summary>
/// Knowledge in the portal at scale (issue 16): the coverage scenario's dataset (1,000 providers, 10,000 SLAs, 100,000
/// people) with <c>--articles</c> knowledge articles on the providers' services, kept in a database of its own and reused.
/// Employees of the directory, each covered for the services of many providers, signed in with a cookie session as the
/// web UI is, search the portal (<c>GET /portal?q=</c>, 2–3 words) and get suggestions while typing a request's subject
/// (<c>GET /portal/suggestions?q=</c>), one call at a time, the employee and the words changing from call to call.
/// </summary>
internal static class KnowledgeScenario
{
    public const string Name = "knowledge";
    public const string Search = "GET /portal?q= (search)";
    public const string Suggestions = "GET /portal/suggestions?q= (typing)";

    /// <summary>The control: the same fragment with nothing typed (no search at all), what every page costs before its own work.</summary>
    public const string Control = "GET /portal/suggestions?q= (nothing typed)";

    /// <summary>What <c>--providers-outside-directory</c> adds to the operations' names: a diagnostic, no budget applies.</summary>
    public const string OutsideDirectory = ", providers outside the directory";
    public const double SearchBudgetP95Milliseconds = 30;
    public const double SuggestionsBudgetP95Milliseconds = 30;

    private const string Password = "a bench password of some length";
    private const string TokenName = "Bench knowledge";

    /// <summary>
    /// The measured employees, one near each of the directory's tenths 1, 3, 5, 7 and 9. People are dealt round-robin over
    /// 200 organizations and 50 sites, so a person's number modulo 200 decides their organization and site, and with them
    /// their catalog; these five remainders give catalogs of 50, 100, 150, 200 and 250 instances (some remainders give
    /// none: the coverage dataset's SLAs target only some organizations and sites).
    /// </summary>
    private static readonly (int Tenth, int Remainder)[] EmployeePlaces = [(1, 3), (3, 2), (5, 0), (7, 12), (9, 132)];

    /// <summary>An employee's search must have this many candidate articles, or the measurement says little.</summary>
    private const int MinimumCandidates = 1_000;

    public static async Task<(IReadOnlyList<LatencySummary> Latencies, KnowledgeLoad Load, IReadOnlyList<QueryPlan> Plans)> RunAsync(
        ServerProcess server, ApiClient api, string operatorToken, PostgresBenchDatabase database, KnowledgeDataset? dataset, int run,
        BenchOptions options, CancellationToken cancellationToken)
    {
        var generated = dataset is null;
        dataset ??= await GenerateAsync(api, operatorToken, database, run, options, cancellationToken);

        var employees = await PrepareAsync(api, database, options, cancellationToken);
        foreach (var e in employees)
            Console.Error.WriteLine($"  {e.Email}: {e.Instances} instances of {e.Services} services in the catalog, {e.Candidates:N0} articles reach them");
        var matches = await MatchesAsync(database, employees[0], cancellationToken);

        var sessions = new List<BrowserSession>();
        try
        {
            foreach (var employee in employees)
                sessions.Add(await BrowserSession.SignInAsync(server.BaseAddress, employee.Email, Password, cancellationToken));

            string SearchPath(int i) => "/portal?q=" + Uri.EscapeDataString(KnowledgeQueries.Searches[(i + i / sessions.Count) % KnowledgeQueries.Searches.Count]);
            string TypingPath(int i) => "/portal/suggestions?q=" + Uri.EscapeDataString(KnowledgeQueries.TypedSubjects[(i + i / sessions.Count) % KnowledgeQueries.TypedSubjects.Count]);

            // Rounds over both pages and every employee before anything is measured, so JIT tier-up does not land on the first.
            for (var i = 0; i < 5 * sessions.Count; i++)
            {
                (await sessions[i % sessions.Count].GetAsync(SearchPath(i), cancellationToken)).Expect(HttpStatusCode.OK, SearchPath(i));
                (await sessions[i % sessions.Count].GetAsync(TypingPath(i), cancellationToken)).Expect(HttpStatusCode.OK, TypingPath(i));
            }

            var searchesWithArticles = 0;
            var suggestionsWithArticles = 0;
            var postgres = await database.PostmasterPidAsync(cancellationToken);
            var latencies = new List<LatencySummary>();
            var cpu = new List<KnowledgeCpu>();
            async Task MeasureAsync(string operation, Func<int, CancellationToken, Task<double>> call)
            {
                var before = LoadCost.Read(server.Pid, postgres);
                latencies.Add(await SequentialLoop.MeasureAsync(Name, operation, run, options.CallWarmup, options.Calls, call, cancellationToken));
                var used = LoadCost.Read(server.Pid, postgres) - before;
                var calls = options.CallWarmup + options.Calls;
                cpu.Add(new KnowledgeCpu(operation, Math.Round(used.Server / calls, 2), Math.Round(used.Postgres / calls, 2)));
                Console.Error.WriteLine($"    CPU per call: server {used.Server / calls:F1} ms, PostgreSQL {used.Postgres / calls:F1} ms");
            }

            var suffix = options.ProvidersOutsideDirectory ? OutsideDirectory : "";
            await MeasureAsync(Search + suffix, async (i, cancel) =>
            {
                var answer = (await sessions[i % sessions.Count].GetAsync(SearchPath(i), cancel)).Expect(HttpStatusCode.OK, SearchPath(i));
                if (i >= options.CallWarmup && answer.Body.Contains("data-kind=\"article\"", StringComparison.Ordinal)) searchesWithArticles++;
                return answer.Milliseconds;
            });
            await MeasureAsync(Suggestions + suffix, async (i, cancel) =>
            {
                var answer = (await sessions[i % sessions.Count].GetAsync(TypingPath(i), cancel)).Expect(HttpStatusCode.OK, TypingPath(i));
                if (i >= options.CallWarmup && answer.Body.Contains("data-testid=\"suggestions\"", StringComparison.Ordinal)) suggestionsWithArticles++;
                return answer.Milliseconds;
            });
            await MeasureAsync(Control + suffix, async (i, cancel) =>
                (await sessions[i % sessions.Count].GetAsync("/portal/suggestions?q=", cancel)).Expect(HttpStatusCode.OK, Control).Milliseconds);
            Console.Error.WriteLine($"  answers with articles: {searchesWithArticles} of {options.Calls} searches, {suggestionsWithArticles} of {options.Calls} suggestions");

            var plans = await PostgresKnowledgePlans.ExplainAsync(database, employees[0], KnowledgeQueries.TsQuery(KnowledgeQueries.Searches[0]),
                KnowledgeQueries.TsQuery(KnowledgeQueries.TypedSubjects[0]), cancellationToken);
            return (latencies, new KnowledgeLoad(dataset, generated, employees, options.Calls, searchesWithArticles, options.Calls,
                suggestionsWithArticles, matches, cpu), plans);
        }
        finally
        {
            foreach (var session in sessions) session.Dispose();
        }
    }

    /// <summary>The coverage scenario's dataset, then the articles, then the mark that makes the database reusable.</summary>
    private static async Task<KnowledgeDataset> GenerateAsync(
        ApiClient api, string operatorToken, PostgresBenchDatabase database, int run, BenchOptions options, CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        Console.Error.WriteLine($"Run {run}: generating the knowledge dataset in {database.Name}…");
        var (_, catalog) = await CoverageScenario.LoadAsync(api, operatorToken, database, run, options, cancellationToken);
        Console.Error.WriteLine($"Run {run}: loading {options.Articles:N0} knowledge articles…");
        var steps = new Dictionary<string, double> { ["people and catalog"] = Math.Round((DateTimeOffset.UtcNow - started).TotalSeconds, 1) };
        foreach (var (step, seconds) in await PostgresArticlesLoader.LoadAsync(database.BenchConnectionString,
                     new ArticlesDataset(options.Articles, options.Accounts), cancellationToken))
            steps[step] = seconds;
        var dataset = new KnowledgeDataset(KnowledgeDataset.CurrentVersion, options.Accounts, options.People, options.Articles, catalog.Slas,
            steps, Math.Round((DateTimeOffset.UtcNow - started).TotalSeconds, 1), DateTimeOffset.UtcNow);
        await dataset.MarkAsync(database, cancellationToken);
        return dataset;
    }

    /// <summary>
    /// The employees: a password set by the directory's owner through the API, as an administrator does; their catalog
    /// (through the API) and the articles that reach them (the total of <c>GET /v1/knowledge_articles</c> with a token of
    /// theirs), checked against a count by SQL over the catalog's services.
    /// </summary>
    private static async Task<IReadOnlyList<KnowledgeEmployee>> PrepareAsync(
        ApiClient api, PostgresBenchDatabase database, BenchOptions options, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(database.BenchConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var old = new NpgsqlCommand($"DELETE FROM access_tokens WHERE name = '{TokenName}'", connection))
            await old.ExecuteNonQueryAsync(cancellationToken);
        var directory = CoverageScenario.DirectoryId;
        // The providers are the directory's support domains, as the coverage dataset makes them, unless the diagnostic asks otherwise.
        await using (var links = new NpgsqlCommand(
            "UPDATE accounts SET directory_account_id = CASE WHEN @outside THEN NULL ELSE @directory END " +
            "WHERE id LIKE 'b-cat-%' AND id <> @directory AND kind = 'support_domain'", connection))
        {
            links.Parameters.AddWithValue("outside", options.ProvidersOutsideDirectory);
            links.Parameters.AddWithValue("directory", directory);
            await links.ExecuteNonQueryAsync(cancellationToken);
        }
        var owner = await PersonIdAsync(connection, directory, $"owner@{directory}.bench.example", cancellationToken);
        var ownerToken = await PostgresRequestsRun.NewTokenAsync(connection, directory, owner, TokenName, cancellationToken);

        var employees = new List<KnowledgeEmployee>();
        foreach (var (tenth, remainder) in EmployeePlaces)
        {
            var email = PeopleDataset.Email((options.People * tenth / 10 / 200 * 200 + remainder) % options.People);
            var id = await PersonIdAsync(connection, directory, email, cancellationToken);
            (await api.SendJsonAsync(HttpMethod.Put, $"/v1/people/{id}/password", new JsonObject { ["password"] = Password }.ToJsonString(),
                ownerToken, null, cancellationToken)).Expect(HttpStatusCode.NoContent, $"PUT /v1/people/{id}/password");
            var token = await PostgresRequestsRun.NewTokenAsync(connection, directory, id, TokenName, cancellationToken);

            var (instances, services) = await CatalogAsync(api, id, token, cancellationToken);
            var listed = (await api.GetAsync("/v1/knowledge_articles?per_page=1", token, null, cancellationToken))
                .Expect(HttpStatusCode.OK, "GET /v1/knowledge_articles");
            var candidates = int.Parse(listed.Header("X-Pagination-Total-Entries")!, CultureInfo.InvariantCulture);
            await using var count = new NpgsqlCommand(
                "SELECT count(*)::int FROM knowledge_articles WHERE service_id = ANY (@services) AND status = 'validated' AND end_users", connection);
            count.Parameters.AddWithValue("services", services.ToArray());
            var counted = (int)(await count.ExecuteScalarAsync(cancellationToken))!;
            if (candidates != counted || candidates < MinimumCandidates)
                throw new InvalidOperationException($"{email}: the API lists {candidates} articles, SQL counts {counted} over the catalog's services; " +
                                                    $"at least {MinimumCandidates} are needed.");
            employees.Add(new KnowledgeEmployee(email, id, instances, services.Count, candidates) { ServiceIds = [.. services.Order()] });
        }
        return employees;
    }

    /// <summary>The person's catalog through the API, page by page: its instances, and the services they provide.</summary>
    private static async Task<(int Instances, HashSet<long> Services)> CatalogAsync(ApiClient api, long personId, string token, CancellationToken cancellationToken)
    {
        var services = new HashSet<long>();
        var instances = 0;
        for (var page = 1; ; page++)
        {
            var path = $"/v1/people/{personId}/service_instance_coverages?per_page=100&page={page}";
            var items = JsonNode.Parse((await api.GetAsync(path, token, null, cancellationToken)).Expect(HttpStatusCode.OK, path).Body)!.AsArray();
            foreach (var item in items)
            {
                instances++;
                services.Add(item!["service"]!["id"]!.GetValue<long>());
            }
            if (items.Count < 100) return (instances, services);
        }
    }

    /// <summary>How many of the first employee's candidate articles each query matches: frequent words thousands, rare ones a few.</summary>
    private static async Task<IReadOnlyList<KnowledgeQueryMatches>> MatchesAsync(
        PostgresBenchDatabase database, KnowledgeEmployee employee, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(database.BenchConnectionString);
        await connection.OpenAsync(cancellationToken);
        var matches = new List<KnowledgeQueryMatches>();
        foreach (var text in KnowledgeQueries.Searches.Concat(KnowledgeQueries.TypedSubjects))
        {
            var query = KnowledgeQueries.TsQuery(text);
            await using var count = new NpgsqlCommand(
                "SELECT count(*)::int FROM knowledge_articles WHERE service_id = ANY (@services) AND status = 'validated' AND end_users " +
                "AND search @@ to_tsquery('english', @query)", connection);
            count.Parameters.AddWithValue("services", employee.ServiceIds.ToArray());
            count.Parameters.AddWithValue("query", query);
            matches.Add(new KnowledgeQueryMatches(text, query, (int)(await count.ExecuteScalarAsync(cancellationToken))!));
        }
        return matches;
    }

    private static async Task<long> PersonIdAsync(NpgsqlConnection connection, string account, string email, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT id FROM people WHERE account_id = @account AND primary_email_key = @email", connection);
        command.Parameters.AddWithValue("account", account);
        command.Parameters.AddWithValue("email", email.ToLowerInvariant());
        return (long)(await command.ExecuteScalarAsync(cancellationToken) ?? throw new InvalidOperationException($"No person {email} in {account}."));
    }
}
