namespace Trustdesk.Data;

/// <summary>
/// The NOTIFYs (change events) a PostgreSQL transaction owes. They need no round trip of their own: the PostgreSQL
/// command interceptor puts them in front of the transaction's next query, or sends them just before it commits.
/// PostgreSQL delivers a NOTIFY at commit and drops it at rollback, wherever in the transaction it was sent.
/// </summary>
public sealed class PendingNotifications
{
    /// <summary>The channel every server LISTENs on.</summary>
    public const string Channel = "trustdesk_events";

    /// <summary>The statement that sends payloads, given as a text array (a parameter's name, or a placeholder).</summary>
    public static string NotifySql(string payloads) => $"SELECT pg_notify('{Channel}', payload) FROM unnest({payloads}::text[]) AS payload";

    private readonly List<string> _payloads = [];

    public bool Any => _payloads.Count > 0;

    public void Add(IEnumerable<string> payloads) => _payloads.AddRange(payloads);

    /// <summary>The payloads owed, in the order they were added; they are no longer pending once taken.</summary>
    public string[] Take()
    {
        var payloads = _payloads.ToArray();
        _payloads.Clear();
        return payloads;
    }

    /// <summary>A transaction that ended or began owes nothing.</summary>
    public void Clear() => _payloads.Clear();
}
