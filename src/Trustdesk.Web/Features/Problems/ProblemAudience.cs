namespace Trustdesk.Web.Features.Problems;

/// <summary>
/// Who can see a problem of the account and why (product.md §7, the console's panel, as <c>ArticleAudience</c> is for an
/// article): the problem itself only its account's people with a role; its id, subject, status and workaround whoever
/// sees a linked request, in whatever account that request lives. Linking changes no one's view of the request.
/// </summary>
public static class ProblemAudience
{
    /// <summary>One line of the panel: who, and why they see it.</summary>
    public sealed record Line(string Who, string Why);

    private const string Summary = "they see its subject, status and workaround on the request, not the problem itself";

    /// <param name="linked">The linked requests the account sees, per account (<see cref="ProblemLinks.OfProblemAsync"/>).</param>
    public static IReadOnlyList<Line> Of(ProblemResponse problem, string accountName, IReadOnlyList<ProblemLinks.LinkedAccount> linked)
    {
        var lines = new List<Line> { new($"People with a role in {accountName}", "the problem lives in this account; no other account reads it") };
        foreach (var account in linked)
            lines.Add(new($"Whoever sees {Requests(account.Count)} in {account.Name}", $"the requests are linked to it: {Summary}"));
        var unseen = problem.RequestCount - linked.Sum(a => a.Count);
        if (unseen > 0)
            lines.Add(new($"Whoever sees {Requests(unseen)} {accountName} no longer sees", $"linked before a trust ended: {Summary}"));
        if (problem.RequestCount == 0) lines.Add(new("No one else", "no request is linked to it"));
        return lines;
    }

    private static string Requests(int count) => count == 1 ? "its 1 linked request" : $"its {count} linked requests";
}
