using System.Reflection;
using System.Text.RegularExpressions;

namespace MigrationFeeds.Parsing.Language.Packs;

/// <summary>The packs of the languages the engine reads besides English, and how a document's language is told.</summary>
internal static partial class LanguagePacks
{
    private const int MinimumMarkers = 3;
    private const int MinimumMarkersWithoutEnglish = 2;
    private const int LetterWeight = 3;

    /// <summary>Serbian, Bosnian, Croatian and Montenegrin (Latin and Cyrillic), Macedonian, Albanian.</summary>
    public static IReadOnlyList<LanguagePack> All { get; } = new[] { "sh", "mk", "sq" }.Select(Load).ToList();

    /// <summary>English: the concepts of the lexicon, read in every document (reports in a local language quote English labels).</summary>
    public static LanguagePack English { get; } = Load("en");

    public static LanguagePack? ByCode(string code) => code == English.Code ? English : All.FirstOrDefault(p => p.Code == code);

    /// <summary>
    /// The packs whose concepts a document in <paramref name="language"/> is read with: every pack, its own first.
    /// Documents quote other languages (an English report cites a ministry's Serbian sentence, a local page
    /// keeps English labels), and the concepts of the region's languages hardly share a written form.
    /// </summary>
    public static IReadOnlyList<LanguagePack> ConceptPacks(LanguagePack? language) =>
        language is null || language == English ? EnglishFirst : LocalFirst[language.Code];

    private static readonly IReadOnlyList<LanguagePack> EnglishFirst = [English, .. All];

    /// <summary>One word list (<c>[words]</c> key) of every pack, English first, as one alternation to build patterns with.</summary>
    public static string Words(string key) => string.Join('|', EnglishFirst.Select(p => p.Word(key)).Where(w => w.Length > 0));

    /// <summary>The patterns of one concept of the lexicon in every pack, English first.</summary>
    public static IReadOnlyList<ConceptPattern> Concept(string concept) => [.. EnglishFirst.SelectMany(p => p.Concepts).Where(c => c.Concept == concept)];

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string, string), HotRegex?> AnyWords = new();

    /// <summary>
    /// One word list (<c>[words]</c> key) of every pack, as one pattern: for structures any language of a page may
    /// write ("of which", "od čega", "prej tyre"). Null when no pack has the key.
    /// </summary>
    public static Regex? AnyWord(string key, string prefix = @"\b(?:", string suffix = @")\b") =>
        AnyWords.GetOrAdd((key, prefix, suffix), static k =>
        {
            var words = Words(k.Item1);
            return words.Length == 0 ? null : new HotRegex(LanguagePack.Compile(k.Item2 + words + k.Item3));
        })?.Regex;

    private static readonly Dictionary<string, IReadOnlyList<LanguagePack>> LocalFirst =
        All.ToDictionary(p => p.Code, p => (IReadOnlyList<LanguagePack>)[p, English, .. All.Where(o => o != p)], StringComparer.Ordinal);

    /// <summary>
    /// The pack of the local language a text is mostly written in, or null for English (or too little text to
    /// tell): the pack whose frequent short words occur most often, if more often than English's. Letters only
    /// one language writes weigh more: ë for Albanian; ѓ, ќ, ѕ for Macedonian; ђ, ћ and the Latin č, ć, š, ž, đ
    /// for the languages of the sh pack.
    /// </summary>
    public static LanguagePack? Detect(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["sq"] = LetterWeight * text.Count(c => c is 'ë' or 'Ë'),
            ["mk"] = LetterWeight * text.Count(c => c is 'ѓ' or 'ќ' or 'ѕ' or 'Ѓ' or 'Ќ' or 'Ѕ'),
            ["sh"] = LetterWeight * text.Count(c => c is 'ђ' or 'ћ' or 'Ђ' or 'Ћ' or 'č' or 'ć' or 'š' or 'ž' or 'đ' or 'Č' or 'Ć' or 'Š' or 'Ž' or 'Đ'),
        };
        // Serbian and Macedonian share the Cyrillic letters most words are written with: every word in Cyrillic counts for
        // both, and their frequent words tell them apart.
        var cyrillicWords = Regex.Matches(text, @"\p{IsCyrillic}{2,}").Count;
        counts["sh"] += cyrillicWords;
        counts["mk"] += cyrillicWords;
        var foldedText = Text.FoldedText.Fold(text).Text;
        var english = 0;
        foreach (Match word in Word().Matches(foldedText))
        {
            var w = word.Value.ToLowerInvariant();
            if (EnglishMarkers.Contains(w))
            {
                english++;
            }

            foreach (var pack in All)
            {
                if (pack.Markers.Contains(w))
                {
                    counts[pack.Code] = counts.GetValueOrDefault(pack.Code) + 1;
                }
            }
        }

        var best = All.MaxBy(p => counts.GetValueOrDefault(p.Code));
        var score = best is null ? 0 : counts.GetValueOrDefault(best.Code);
        // A short fragment says its language in few words: two of a pack's and none of English's are enough.
        return (score >= MinimumMarkers || (score >= MinimumMarkersWithoutEnglish && english == 0)) && score > english ? best : null;
    }

    private static readonly HashSet<string> EnglishMarkers = new(StringComparer.Ordinal)
    {
        "the", "of", "and", "in", "to", "were", "was", "by", "with", "for", "from", "at", "their", "persons", "which",
    };

    private static LanguagePack Load(string code)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"MigrationFeeds.Parsing.Languages.{code}.lang")
            ?? throw new InvalidOperationException($"The language pack {code}.lang is not embedded.");
        using var reader = new StreamReader(stream);
        return LanguagePackReader.Read(code, reader.ReadToEnd());
    }

    /// <summary>A gazetteer file embedded beside the packs.</summary>
    public static IEnumerable<string> DataLines(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"MigrationFeeds.Parsing.Languages.{file}")
            ?? throw new InvalidOperationException($"{file} is not embedded.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                yield return trimmed;
            }
        }
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
