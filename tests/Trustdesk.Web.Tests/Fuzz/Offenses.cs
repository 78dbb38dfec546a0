using System.Text;

namespace Trustdesk.Web.Tests.Fuzz;

/// <summary>
/// The calls whose answers broke a rule, and the message that lists them: one line per rule, operation and status with
/// how many calls did so and the first of them in full, so that thousands of calls make a list a person can read.
/// </summary>
public sealed class Offenses
{
    private const int MostGroups = 40;

    private readonly List<(string Rule, FuzzCall Call, FuzzAnswer Answer, string? Detail)> _all = [];

    public int Count => _all.Count;

    public void Add(string rule, FuzzCall call, FuzzAnswer answer, string? detail = null) => _all.Add((rule, call, answer, detail));

    public string Report(string what, int calls)
    {
        var groups = _all.GroupBy(o => (o.Rule, o.Call.Operation, o.Call.Method, o.Answer.Status)).ToList();
        var report = new StringBuilder(
            $"{what}: {_all.Count} of {calls} calls broke a rule, in {groups.Count} kinds (seed {FuzzSeed.Current}; rerun with {FuzzSeed.Variable}={FuzzSeed.Current}).");
        foreach (var group in groups.Take(MostGroups))
        {
            var (rule, call, answer, detail) = group.First();
            report.Append($"\n\n  {rule}: {call.Method} {call.Operation} → {answer.Status}, {group.Count()} call(s); the first:\n    {call.Describe()}");
            report.Append($"\n    answer {answer.Describe()}");
            if (detail is not null) report.Append($"\n    {detail}");
        }
        if (groups.Count > MostGroups) report.Append($"\n\n  … and {groups.Count - MostGroups} more kinds.");
        return report.ToString();
    }
}
