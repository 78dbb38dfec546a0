using System.Globalization;
using Trustdesk.Isolation.Tests.Paths;
using Trustdesk.Isolation.Tests.World;

namespace Trustdesk.Isolation.Tests.Checks;

/// <summary>
/// Every change aimed at a record by id, sent by an actor who may not see that record: it must answer exactly as for a
/// missing id (status, bytes, content type) and change nothing. A change that went through would also show in the next
/// read pass: its text carries canaries (<c>zqat…</c>) that no record of the world owns.
/// </summary>
public static class WriteChecks
{
    public static async Task RunAsync(ActorSession s, int perPath)
    {
        if (s.Seat is null) return;
        // Records of other accounts that the actor's account does not see at all: within its own account an end user may
        // be told "forbidden" about a record that exists, which says nothing across accounts.
        var account = s.Seat with { Roles = new HashSet<string>(StringComparer.Ordinal) { "specialist", "account_administrator" } };
        foreach (var path in PathTable.Of<WritePath>())
        {
            var second = path.Template.Contains("{accountId}", StringComparison.Ordinal) ? s.Seat.Id : path.Second?.Invoke(s.World);
            var hidden = s.World.OfKind(path.Kind).Where(r => r.Account != s.Seat.Id && !s.Oracle.Sees(account, r)
                && !(r is WPerson p && s.Oracle.IsRoleCandidate(account, p))).Take(perPath).ToList();
            foreach (var record in hidden)
            {
                var url = ActorSession.Fill(path.Template, record.Id.ToString(CultureInfo.InvariantCulture), second);
                var answer = await s.SendAsync(path.Method, url, path.Body);
                s.Scan(answer, path.Key);
                var missing = await s.MissingAsync(path.Method, path.Template, second, path.Body);
                if (answer.Status is >= 200 and < 300) s.Run.Leak(s.Actor, record, $"{path.Method} {url}", $"a change of a hidden record answered {answer.Status}: {answer.Text}");
                else if (!ActorSession.SameAs(answer, missing))
                    s.Run.Wrong(s.Actor, record, $"{path.Method} {url}", $"refusal differs from a missing id's: {answer.Status} {answer.Text} vs {missing.Status} {missing.Text}");
                s.Run.Count("write on a hidden record");
            }
        }
    }
}
