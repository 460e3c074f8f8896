using MigrationFeeds.Parsing.Model;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace MigrationFeeds.Parsing.Language.Packs;

/// <summary>
/// What the engine knows of one language, read from its <c>.lang</c> file: month names with their declined
/// forms, small numbers in words, the words around numbers and periods, and how it writes each concept of the
/// lexicon. Every pattern is matched against folded text (<see cref="Text.FoldedText"/>), ignoring case.
/// </summary>
internal sealed class LanguagePack
{
    public required string Code { get; init; }

    /// <summary>Frequent short words that tell the language of a document.</summary>
    public required IReadOnlySet<string> Markers { get; init; }

    /// <summary>Month number by every written form.</summary>
    public required IReadOnlyDictionary<string, int> Months { get; init; }

    /// <summary>Value by number word (a pattern: some are two words, "nitu edno").</summary>
    public required IReadOnlyList<(string Pattern, int Value)> NumberWords { get; init; }

    /// <summary>Named alternations (approx, percent, end-of, since, …); missing ones are empty.</summary>
    public required IReadOnlyDictionary<string, string> Words { get; init; }

    /// <summary>How the language writes each concept of the lexicon (<c>[concept NAME]</c> sections), one pattern per way.</summary>
    public IReadOnlyList<ConceptPattern> Concepts { get; init; } = [];

    /// <summary>The alternation of all month forms, longest first.</summary>
    public string MonthPattern => string.Join('|', Months.Keys.OrderByDescending(k => k.Length));

    public string Word(string key) => Words.TryGetValue(key, out var value) ? value : string.Empty;

    // Sentences ask for the same few patterns over and over; building a Regex costs more than matching it.
    private readonly ConcurrentDictionary<(string Key, string Prefix, string Suffix), HotRegex?> _wordRegexes = new();

    /// <summary>A compiled alternation of <see cref="Word"/>, or null when the pack has none.</summary>
    public Regex? WordRegex(string key, string prefix = "", string suffix = "") => HotWordRegex(key, prefix, suffix)?.Regex;

    /// <summary>The alternation of <see cref="WordRegex"/>, for a holder that matches it often: ask it for its regex at each use.</summary>
    public HotRegex? HotWordRegex(string key, string prefix = "", string suffix = "") =>
        _wordRegexes.GetOrAdd((key, prefix, suffix), static (k, words) =>
            words.TryGetValue(k.Key, out var value) ? new HotRegex(Compile(k.Prefix + "(?:" + value + ")" + k.Suffix)) : null, Words);

    // A guard against a pattern that backtracks without end, not a budget: the parse worker's own time limit is that. One
    // second of wall clock was passed by ordinary matches on a machine busy enough, and a document was lost for it.
    private static readonly TimeSpan RegexBudget = TimeSpan.FromSeconds(10);

    public static Regex Compile(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget);
}

/// <summary>One way a language writes a concept of the lexicon, with how strongly it says it (1 unless the pack says less).</summary>
internal sealed record ConceptPattern(string Concept, Regex Pattern, double Weight)
{
    // The tagger matches every pattern against every sentence: the hot path of the engine.
    private readonly HotRegex hot = new(Pattern);

    // Most patterns find nothing in a sentence, and their bounds' lookbehind hides their words from the regex
    // engine's own search, which then tries a match at nearly every letter.
    private readonly RequiredWords.Screen required = RequiredWords.Of(Pattern);

    /// <summary>The pattern to match sentences with, compiled once it is used often.</summary>
    public Regex Matcher => hot.Regex;

    /// <summary>False when the text holds none of the strings every match holds (only for a text <see cref="RequiredWords.CanScreen"/> passes).</summary>
    public bool MayMatch(ReadOnlySpan<char> screenedText) => required.MayMatch(screenedText);
}
