using Trustdesk.Bench;
using Trustdesk.Bench.Databases;
using Trustdesk.Bench.Reporting;
using Trustdesk.Bench.Scenarios.Crash;
using Trustdesk.Bench.Server;

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

// Ctrl+C cancels the run, so the server is still killed and the database dropped on the way out.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var startedAt = DateTimeOffset.UtcNow;
var repository = RepositoryRoot.Find();
var serverDll = await ServerBuild.EnsureAsync(repository, options.Build, options.Configuration, cancel.Token);
var database = await DatabaseDescription.DescribeAsync(options, cancel.Token);

var runs = new List<RunResult>();
for (var run = 1; run <= options.Runs; run++)
    runs.Add(await BenchRun.ExecuteAsync(run, options, repository, serverDll, cancel.Token));

var report = BenchReport.Create(options, database, startedAt, CommandLine.Describe(args), runs);
Console.Write(MarkdownReport.Render(report));
var file = await JsonReport.WriteAsync(report, RepositoryRoot.Results(repository), cancel.Token);
Console.Error.WriteLine($"Results written to {file}.");
foreach (var crash in runs.Select(r => r.Crash).OfType<CrashOutcome>()) Console.Error.WriteLine(CrashReport.Summary(crash));
// A missed budget, or a crash run that did not hold, is a failure a script can see; the figures are written either way.
return report.Budgets.Any(b => !b.Met) || runs.Any(r => r.Crash is { Held: false }) ? 1 : 0;
