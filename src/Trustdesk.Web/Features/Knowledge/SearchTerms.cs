using System.Text.RegularExpressions;

namespace Trustdesk.Web.Features.Knowledge;

/// <summary>
/// What a person typed into a search box, as words: runs of letters and digits, at most <see cref="MaxWords"/> of at most
/// <see cref="MaxWordLength"/> characters, without the little words every text has. Nothing else of the text reaches a
/// query, so no input can be query syntax. A record matching any word is found, one matching more of them ranks higher
/// (a subject typed as "my wifi does not connect" finds the Wi-Fi article); the last word is matched as a prefix, as
/// someone still typing it means.
/// </summary>
public sealed partial class SearchTerms
{
    public const int MaxWords = 8;
    public const int MaxWordLength = 50;

    private SearchTerms(IReadOnlyList<string> words) => Words = words;

    public IReadOnlyList<string> Words { get; }

    public bool IsEmpty => Words.Count == 0;

    public static SearchTerms Parse(string? text) => new(text is null ? [] : Word().Matches(text)
        .Select(m => m.Value.Length > MaxWordLength ? m.Value[..MaxWordLength] : m.Value)
        .Select(w => w.ToLowerInvariant())
        .Where(w => !Little.Contains(w))
        .Distinct()
        .Take(MaxWords)
        .ToList());

    /// <summary>PostgreSQL's <c>to_tsquery</c> text: any of the words, the last as a prefix (<c>vpn | conf:*</c>).</summary>
    public string TsQuery => string.Join(" | ", Words.Select((w, i) => i == Words.Count - 1 ? w + ":*" : w));

    /// <summary>SQLite FTS5's query text: any of the words, quoted, the last as a prefix (<c>"vpn" OR "conf"*</c>).</summary>
    public string Fts5Query => string.Join(" OR ", Words.Select((w, i) => i == Words.Count - 1 ? $"\"{w}\"*" : $"\"{w}\""));

    /// <summary>
    /// Words too common to tell texts apart. PostgreSQL's 'english' configuration drops its own list; SQLite's FTS5 has
    /// none, so these keep the two alike where it shows: in what a question of everyday words finds.
    /// </summary>
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
