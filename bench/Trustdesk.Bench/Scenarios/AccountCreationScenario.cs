using Trustdesk.Bench.Http;
using Trustdesk.Bench.Measuring;

namespace Trustdesk.Bench.Scenarios;

/// <summary>
/// Sequential <c>POST /v1/accounts</c> by the platform operator: each creates an account, its owner, the owner's
/// permission and first token in one transaction. Budget: p95 ≤ 20 ms on PostgreSQL.
/// </summary>
internal static class AccountCreationScenario
{
    public const string Name = "accounts";
    public const string Operation = "POST /v1/accounts";
    public const double BudgetP95Milliseconds = 20;

    public static async Task<LatencySummary> RunAsync(
        ApiClient api, string operatorToken, int run, BenchOptions options, CancellationToken cancellationToken)
    {
        Console.Error.WriteLine($"Run {run}: creating {options.AccountWarmup} + {options.Accounts} accounts…");
        return await SequentialLoop.MeasureAsync(Name, Operation, run, options.AccountWarmup, options.Accounts,
            async (i, cancel) => (await CreatedAccount.CreateAsync(api, operatorToken, $"b-{i:D7}", cancel)).Milliseconds,
            cancellationToken);
    }
}
