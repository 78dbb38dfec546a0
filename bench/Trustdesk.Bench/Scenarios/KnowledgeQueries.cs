using System.Text.RegularExpressions;
using Trustdesk.Bench.Dataset;

namespace Trustdesk.Bench.Scenarios;

/// <summary>
/// What employees type into the portal, from the vocabulary of <see cref="ArticlesDataset"/>: searches of two or three
/// words (<c>/portal?q=</c>), and request subjects being typed, the last word cut short (<c>/portal/suggestions?q=</c>).
/// Most use the frequent words of the commonest topics; some name a made-up application or an error code, which only a
/// few articles mention.
/// </summary>
internal static partial class KnowledgeQueries
{
    private static readonly string P0 = ArticlesDataset.Product(17);
    private static readonly string P1 = ArticlesDataset.Product(242);
    private static readonly string P2 = ArticlesDataset.Product(503);
    private static readonly string P3 = ArticlesDataset.Product(871);
    private static readonly string E0 = ArticlesDataset.ErrorCode(5);
    private static readonly string E1 = ArticlesDataset.ErrorCode(1234);

    public static readonly IReadOnlyList<string> Searches =
    [
        "reset password", "password expired", "printer offline", "paper jam", "vpn home", "vpn disconnects", "outlook calendar share",
        "mailbox full archive", "wifi guest", "network drive", "laptop battery", "docking station monitor", "authenticator new phone",
        "phone lost stolen", "phishing email", "encrypt usb", "install software licence", "teams audio", "meeting room screen",
        "shared drive access", "onedrive sync", "parking badge", "visitor badge", "parental leave", "payslip download", "sick leave",
        "expense report receipts", "credit card declined", "heating too cold", "office supplies", "business trip booking",
        "new employee workstation", "purchase order approval", "certificate renew", "database backup restore", "voicemail pin",
        $"{P0} licence", $"{P1} error saving", $"error {E0}", $"{P2} {P3}",
    ];

    public static readonly IReadOnlyList<string> TypedSubjects =
    [
        "my password expired and I cannot sig", "forgot my pass", "the printer on our floor is offl", "paper keeps jamm",
        "cannot connect to the vpn from ho", "vpn drops every few min", "outlook is not syncing my mai", "how do I share my calen",
        "the wifi in meeting room 4 keeps drop", "laptop battery is empty after two hou", "external monitor not detected on the dock",
        "new phone, how do I move the authent", "I lost my ph", "I received a suspicious e-mail asking for my pass",
        "install visio from the company port", "no sound in teams meet", "need access to the finance shared dri", "onedrive does not sy",
        "my badge does not open the parking ga", "request parental le", "where can I download my pays", "expense report for my trip to Ber",
        "company credit card declin", "it is too cold in room 3.1", "book a flight to Lis", "new colleague starts monday needs a lapt",
        $"{P0} does not st", $"{P1} shows an error when sav", $"error {E1} when install", $"renew the certificate of {P2[..3]}",
    ];

    /// <summary>
    /// The tsquery the server makes of <paramref name="text"/> (Trustdesk.Web's SearchTerms: words, without the little
    /// ones, any of them, the last a prefix), to count in the report how many candidates a query matches.
    /// </summary>
    public static string TsQuery(string text)
    {
        var words = Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).Where(w => !Little.Contains(w)).Distinct().Take(8).ToList();
        return string.Join(" | ", words.Select((w, i) => i == words.Count - 1 ? w + ":*" : w));
    }

    private static readonly HashSet<string> Little = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "can", "cannot", "could", "do", "does", "doesn", "don", "for",
        "from", "get", "had", "has", "have", "how", "i", "if", "in", "into", "is", "it", "its", "me", "my", "no", "not", "of",
        "on", "or", "our", "please", "so", "that", "the", "their", "then", "there", "this", "to", "up", "was", "we", "what",
        "when", "where", "which", "why", "will", "with", "won", "you", "your",
    };

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
