using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Npgsql;
using Trustdesk.Bench.Databases;
using Trustdesk.Bench.Databases.Postgres;
using Trustdesk.Bench.Http;
using Trustdesk.Bench.Measuring;
using Trustdesk.Bench.Server;

namespace Trustdesk.Bench.Scenarios;

/// <summary>What the problems scenario worked on in one run, and what its answers held.</summary>
internal sealed record ProblemsLoad(
    ProblemsDataset Dataset, bool GeneratedThisRun, long ProblemId, long SpecialistId, int LinkedSeen, int Accounts,
    int ApiTotal, IReadOnlyList<OperationCpu> Cpu);

/// <summary>
/// Issue 16's problem page: a competence center's problem with 1,000 linked requests living in 20 customer accounts that
/// trust it with requests (its teams work them), among other problems, requests and accounts (<c>ProblemsDataset.sql</c>),
/// kept in a database of its own and reused. The competence center's specialist, signed in with a cookie session as the web
/// UI is, opens the console's problem page (<c>GET /console/{account}/problems/{id}</c>: the problem, its linked requests
/// counted per account, the newest 50); with a bearer token they read the linked requests through the API
/// (<c>GET /v1/problems/:id/requests?per_page=100</c>) and <c>GET /v1/me</c>, the control; one call at a time. Every
/// answer is checked, so a broken answer is never measured as a fast one.
/// </summary>
internal static class ProblemsScenario
{
    public const string Name = "problems";
    public const string Page = "GET /console/{account}/problems/{id}";
    public const double PageBudgetP95Milliseconds = 50;
    public const string Requests = "GET /v1/problems/{id}/requests?per_page=100";
    public const string Control = "GET /v1/me (control)";

    private const int PerPage = 100;
    private const string Password = "a bench password of some length";
    private const string TokenName = "Bench problems";

    public static async Task<(IReadOnlyList<LatencySummary> Latencies, ProblemsLoad Load, IReadOnlyList<QueryPlan> Plans)> RunAsync(
        ServerProcess server, ApiClient api, PostgresBenchDatabase database, ProblemsDataset? dataset, int run, BenchOptions options,
        CancellationToken cancellationToken)
    {
        var generated = dataset is null;
        if (dataset is null)
        {
            Console.Error.WriteLine($"Run {run}: generating the problems dataset in {database.Name}…");
            dataset = await PostgresProblemsLoader.GenerateAsync(database, ProblemsDataset.DefaultCustomers, ProblemsDataset.DefaultLinkedPerCustomer,
                ProblemsDataset.DefaultNoiseAccounts, cancellationToken);
        }
        var account = ProblemsDataset.CompetenceCenter;
        var setup = await PrepareAsync(api, database, cancellationToken);
        var (seen, perAccount) = await LinkedSeenAsync(database, setup.ProblemId, cancellationToken);
        Console.Error.WriteLine($"  problem {setup.ProblemId}: {seen:N0} linked requests the competence center sees, in {perAccount.Count} accounts");
        var expected = dataset.Customers * dataset.LinkedPerCustomer;
        if (seen != expected || perAccount.Count != dataset.Customers)
            throw new InvalidOperationException($"The competence center sees {seen} linked requests in {perAccount.Count} accounts; the dataset " +
                                                $"makes {expected} in {dataset.Customers}.");

        var requestsPath = $"/v1/problems/{setup.ProblemId}/requests?per_page={PerPage}";
        var apiTotal = CheckRequests(await api.GetAsync(requestsPath, setup.SpecialistToken, account, cancellationToken), requestsPath, seen, perAccount);
        // The last page gives the exact total.
        var lastPath = $"{requestsPath}&page={(seen + PerPage - 1) / PerPage}";
        var last = (await api.GetAsync(lastPath, setup.SpecialistToken, account, cancellationToken)).Expect(HttpStatusCode.OK, lastPath);
        var exactTotal = int.Parse(last.Header("X-Pagination-Total-Entries") ?? "-1", CultureInfo.InvariantCulture);
        if (exactTotal != seen) throw new InvalidOperationException($"{lastPath}: total {exactTotal}, expected {seen}.");

        using var session = await BrowserSession.SignInAsync(server.BaseAddress, ProblemsDataset.SpecialistEmail, Password, cancellationToken);
        var pagePath = $"/console/{account}/problems/{setup.ProblemId}";
        var newest = await NewestLinkedAsync(database, setup.ProblemId, cancellationToken);
        var pageMarks = PageMarks(seen, perAccount.Count);
        await CheckPageAsync(session, pagePath, seen, perAccount, newest, cancellationToken);

        var postgres = await database.PostmasterPidAsync(cancellationToken);
        var latencies = new List<LatencySummary>();
        var cpu = new List<OperationCpu>();
        async Task MeasureAsync(string operation, Func<int, CancellationToken, Task<double>> call)
        {
            var before = LoadCost.Read(server.Pid, postgres);
            latencies.Add(await SequentialLoop.MeasureAsync(Name, operation, run, options.CallWarmup, options.Calls, call, cancellationToken));
            var used = LoadCost.Read(server.Pid, postgres) - before;
            var calls = options.CallWarmup + options.Calls;
            cpu.Add(new OperationCpu(operation, Math.Round(used.Server / calls, 2), Math.Round(used.Postgres / calls, 2)));
            Console.Error.WriteLine($"    CPU per call: server {used.Server / calls:F1} ms, PostgreSQL {used.Postgres / calls:F1} ms");
        }

        // Rounds over every call before anything is measured, so the first operation measured is not the first called. The page's
        // code keeps tiering up for several hundred calls more (docs/benchmarks.md, "Problem page"): 30 + 100 calls measure it early.
        for (var i = 0; i < 20; i++)
        {
            (await session.GetAsync(pagePath, cancellationToken)).Expect(HttpStatusCode.OK, pagePath);
            (await api.GetAsync(requestsPath, setup.SpecialistToken, account, cancellationToken)).Expect(HttpStatusCode.OK, requestsPath);
            (await api.GetAsync("/v1/me", setup.SpecialistToken, account, cancellationToken)).Expect(HttpStatusCode.OK, "GET /v1/me");
        }

        await MeasureAsync(Page, async (_, cancel) =>
        {
            var answer = (await session.GetAsync(pagePath, cancel)).Expect(HttpStatusCode.OK, pagePath);
            if (!pageMarks.All(mark => answer.Body.Contains(mark, StringComparison.Ordinal)) || RowIds(answer.Body).Count != PageRows)
                throw new InvalidOperationException($"{pagePath} no longer shows {seen} linked requests in {perAccount.Count} accounts and {PageRows} of them.");
            return answer.Milliseconds;
        });
        await MeasureAsync(Requests, async (_, cancel) =>
        {
            var answer = (await api.GetAsync(requestsPath, setup.SpecialistToken, account, cancel)).Expect(HttpStatusCode.OK, requestsPath);
            if (answer.Header("X-Pagination-Total-Entries") != apiTotal.ToString(CultureInfo.InvariantCulture))
                throw new InvalidOperationException($"{requestsPath} counted {answer.Header("X-Pagination-Total-Entries")} linked requests, not {apiTotal}.");
            return answer.Milliseconds;
        });
        await MeasureAsync(Control, async (_, cancel) =>
            (await api.GetAsync("/v1/me", setup.SpecialistToken, account, cancel)).Expect(HttpStatusCode.OK, "GET /v1/me").Milliseconds);

        var plans = await PostgresProblemPlans.ExplainAsync(database, setup.ProblemId, seen, cancellationToken);
        return (latencies, new ProblemsLoad(dataset, generated, setup.ProblemId, setup.SpecialistId, seen, perAccount.Count, exactTotal, cpu), plans);
    }

    /// <summary>The linked requests a page of the problem page lists (its <c>PerPage</c>).</summary>
    private const int PageRows = 50;

    /// <summary>
    /// What every measured answer of the problem page must hold: the problem's links (<c>request_count</c>, all of them, which
    /// here are all seen) and the linked requests it sees, in how many accounts.
    /// </summary>
    private static string[] PageMarks(int seen, int accounts) =>
        [$"<dd data-testid=\"request-count\">{seen}</dd>", $"{seen} requests in {accounts} accounts:"];

    /// <summary>
    /// The problem page, once in full: the problem's count and the per-account counts of what the competence center sees
    /// (each of the 20 customers with its number), the newest 50 linked requests in order, and the second page (<c>?p=2</c>)
    /// with the next 50.
    /// </summary>
    private static async Task CheckPageAsync(
        BrowserSession session, string path, int seen, IReadOnlyDictionary<string, int> perAccount, IReadOnlyList<long> newest,
        CancellationToken cancellationToken)
    {
        var first = (await session.GetAsync(path, cancellationToken)).Expect(HttpStatusCode.OK, path).Body;
        // The dataset names customer account b-pb-cNN "Customer N".
        var names = perAccount.Keys.Select(id => $"Customer {int.Parse(id[^2..], CultureInfo.InvariantCulture)} {perAccount[id]}").ToList();
        var missing = PageMarks(seen, perAccount.Count).Concat(names).Where(mark => !first.Contains(mark, StringComparison.Ordinal)).ToList();
        if (missing.Count > 0) throw new InvalidOperationException($"{path} lacks: {string.Join("; ", missing)}.");
        var second = (await session.GetAsync(path + "?p=2", cancellationToken)).Expect(HttpStatusCode.OK, path + "?p=2").Body;
        foreach (var (body, rows, what) in new[] { (first, newest.Take(PageRows), path), (second, newest.Skip(PageRows).Take(PageRows), path + "?p=2") })
        {
            var expected = rows.ToList();
            var shown = RowIds(body);
            if (!shown.SequenceEqual(expected))
                throw new InvalidOperationException($"{what} lists {shown.Count} requests ({string.Join(", ", shown.Take(5))}…), not the newest " +
                                                    $"{expected.Count} linked ones ({string.Join(", ", expected.Take(5))}…).");
        }
        Console.Error.WriteLine($"  {path}: {seen:N0} linked requests in {perAccount.Count} accounts, the newest {PageRows} and the next {PageRows} (?p=2) as SQL lists them");
    }

    private static List<long> RowIds(string body)
    {
        var ids = new List<long>();
        const string mark = "<tr data-request=\"";
        for (var at = body.IndexOf(mark, StringComparison.Ordinal); at >= 0; at = body.IndexOf(mark, at + mark.Length, StringComparison.Ordinal))
        {
            var start = at + mark.Length;
            ids.Add(long.Parse(body.AsSpan(start, body.IndexOf('"', start) - start), CultureInfo.InvariantCulture));
        }
        return ids;
    }

    /// <summary>
    /// The total a first page of 100 says: request lists throttle their totals (ADR 19), counting only up to the first
    /// request of the next page when there is one.
    /// </summary>
    private static int ThrottledTotal(int seen) => Math.Min(seen, PerPage + 1);

    /// <summary>
    /// The first page of the linked requests through the API: its (throttled) total, 100 of them, newest first, each in an
    /// account whose linked requests the competence center sees.
    /// </summary>
    private static int CheckRequests(TimedResponse answer, string path, int seen, IReadOnlyDictionary<string, int> perAccount)
    {
        answer.Expect(HttpStatusCode.OK, path);
        var total = int.Parse(answer.Header("X-Pagination-Total-Entries") ?? "-1", CultureInfo.InvariantCulture);
        var items = JsonNode.Parse(answer.Body)!.AsArray();
        var ids = items.Select(r => r!["id"]!.GetValue<long>()).ToList();
        var accounts = items.Select(r => r!["account"]?["id"]?.GetValue<string>()).Distinct().ToList();
        if (total != ThrottledTotal(seen) || items.Count != PerPage || !ids.SequenceEqual(ids.OrderDescending())
            || accounts.Any(a => a is null || !perAccount.ContainsKey(a)))
            throw new InvalidOperationException($"{path}: total {total} (expected {ThrottledTotal(seen)}), {items.Count} requests, " +
                                                $"accounts {string.Join(", ", accounts)}.");
        Console.Error.WriteLine($"  {path}: total {total} (throttled: {answer.Header("X-Pagination-Throttled")}), the first {PerPage} from {accounts.Count} accounts");
        return total;
    }

    private sealed record Setup(long ProblemId, long SpecialistId, string SpecialistToken);

    /// <summary>
    /// Fresh tokens for the competence center's owner and specialist (those of earlier runs removed), the specialist's
    /// password set by the owner through the API, as an administrator does, and the measured problem: the account's first.
    /// </summary>
    private static async Task<Setup> PrepareAsync(ApiClient api, PostgresBenchDatabase database, CancellationToken cancellationToken)
    {
        var account = ProblemsDataset.CompetenceCenter;
        await using var connection = new NpgsqlConnection(database.BenchConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var old = new NpgsqlCommand($"DELETE FROM access_tokens WHERE name = '{TokenName}'", connection))
            await old.ExecuteNonQueryAsync(cancellationToken);
        var owner = await ScalarAsync(connection, "SELECT id FROM people WHERE account_id = @account AND primary_email_key = @email",
            ProblemsDataset.OwnerEmail, cancellationToken);
        var specialist = await ScalarAsync(connection, "SELECT id FROM people WHERE account_id = @account AND primary_email_key = @email",
            ProblemsDataset.SpecialistEmail, cancellationToken);
        var problem = await ScalarAsync(connection, "SELECT min(id) FROM problems WHERE account_id = @account", null, cancellationToken);
        var ownerToken = await PostgresRequestsRun.NewTokenAsync(connection, account, owner, TokenName, cancellationToken);
        var specialistToken = await PostgresRequestsRun.NewTokenAsync(connection, account, specialist, TokenName, cancellationToken);
        (await api.SendJsonAsync(HttpMethod.Put, $"/v1/people/{specialist}/password", new JsonObject { ["password"] = Password }.ToJsonString(),
            ownerToken, account, cancellationToken)).Expect(HttpStatusCode.NoContent, $"PUT /v1/people/{specialist}/password");
        return new Setup(problem, specialist, specialistToken);
    }

    /// <summary>
    /// The problem's linked requests the competence center sees, per account they live in, as row-level security alone decides
    /// (the app role with the settings the server sets): what the API's total and the page's counts must say.
    /// </summary>
    private static async Task<(int Seen, IReadOnlyDictionary<string, int> PerAccount)> LinkedSeenAsync(
        PostgresBenchDatabase database, long problemId, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(database.AppConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await PostgresQueryPlans.EnterAccountAsync(connection, transaction, ProblemsDataset.CompetenceCenter, cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT r.account_id, count(*)::int FROM requests r JOIN problem_requests l ON l.request_id = r.id WHERE l.problem_id = @problem " +
            "GROUP BY r.account_id", connection, transaction);
        command.Parameters.AddWithValue("problem", problemId);
        var perAccount = new Dictionary<string, int>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken)) perAccount[reader.GetString(0)] = reader.GetInt32(1);
        await transaction.RollbackAsync(cancellationToken);
        return (perAccount.Values.Sum(), perAccount);
    }

    /// <summary>The problem's newest linked requests (100), read by the superuser: every one of them the competence center sees (checked above).</summary>
    private static async Task<IReadOnlyList<long>> NewestLinkedAsync(
        PostgresBenchDatabase database, long problemId, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(database.BenchConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT request_id FROM problem_requests WHERE problem_id = @problem ORDER BY request_id DESC LIMIT 100", connection);
        command.Parameters.AddWithValue("problem", problemId);
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) ids.Add(reader.GetInt64(0));
        return ids;
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql, string? email, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("account", ProblemsDataset.CompetenceCenter);
        if (email is not null) command.Parameters.AddWithValue("email", email);
        return await command.ExecuteScalarAsync(cancellationToken) is long id ? id : throw new InvalidOperationException($"Nothing for: {sql} ({email}).");
    }
}
