using System.Text.RegularExpressions;

namespace Trustdesk.Isolation.Tests.World;

/// <summary>
/// Unique strings planted in every text field (names, subjects, note texts): <c>zq</c>, the kind's two letters, a
/// number, <c>q</c>. Found in a response, a canary names its record, so a leak shows in any byte of any answer, not
/// only where a test thought to look.
/// </summary>
public sealed partial class Canaries
{
    private static readonly Dictionary<Kind, string> Codes = new()
    {
        [Kind.Person] = "pe", [Kind.Organization] = "or", [Kind.Site] = "si", [Kind.Team] = "te", [Kind.Service] = "sv",
        [Kind.ServiceInstance] = "in", [Kind.ServiceOffering] = "of", [Kind.Sla] = "sl", [Kind.Trust] = "tr",
        [Kind.Request] = "rq", [Kind.RequestNote] = "rn", [Kind.Workflow] = "wf", [Kind.Task] = "tk", [Kind.TaskNote] = "tn",
        [Kind.WorkflowNote] = "wn", [Kind.TaskTemplate] = "tt", [Kind.WorkflowTemplate] = "wt",
        [Kind.KnowledgeArticle] = "ka", [Kind.Problem] = "pb", [Kind.ProblemNote] = "pn", [Kind.ProblemSource] = "ps",
        [Kind.Product] = "pr", [Kind.ProductDetail] = "pd", [Kind.Ci] = "ci", [Kind.CiNote] = "cn", [Kind.CiRelation] = "cr",
        [Kind.Contract] = "ct",
    };

    private int _next;

    public string Next(Kind kind) => $"zq{Codes[kind]}{Interlocked.Increment(ref _next):D5}q";

    /// <summary>Every canary in <paramref name="text"/>.</summary>
    public static IEnumerable<string> In(string text) => Pattern().Matches(text).Select(m => m.Value);

    [GeneratedRegex("zq[a-z]{2}[0-9]{5}q")]
    private static partial Regex Pattern();
}
