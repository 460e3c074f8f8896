using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Language.Packs;

namespace MigrationFeeds.Parsing.Language.Numbers;

/// <summary>
/// The number patterns of one language pack, compiled once: small numbers in words ("pet", "dy", "ниту едно"),
/// numbers of thousands ("6 mijë e 120"), and the words that make a number something other than a count
/// (percent, money, lengths of time, phone numbers, day of a named month) or an approximation ("oko", "rreth").
/// </summary>
internal sealed class LocalNumbers
{
    private static readonly ConcurrentDictionary<string, LocalNumbers> Cache = new(StringComparer.Ordinal);

    private readonly IReadOnlyList<(Regex Pattern, int Value)> _values;

    private LocalNumbers(LanguagePack pack)
    {
        _values = pack.NumberWords.Select(w => (LanguagePack.Compile("^(?:" + w.Pattern + ")$"), w.Value)).ToList();
        Words = pack.NumberWords.Count == 0
            ? null
            : LanguagePack.Compile(@"(?<![\p{L}\p{N}])(?:" + string.Join('|', pack.NumberWords.Select(w => w.Pattern).OrderByDescending(p => p.Length)) + @")(?![\p{L}\p{N}])");
        Thousands = pack.WordRegex("thousand", @"(?<![\p{L}\p{N}.,])(?<th>\d{1,3})\s+", @"(?:\s+(?:e|i)\s+(?<rest>\d{1,3})(?![\d.,]\d))?(?![\p{L}])");
        ThousandAfter = pack.WordRegex("thousand", @"\G\s+", @"(?![\p{L}])");
        ThousandRangeBefore = pack.Word("thousand").Length == 0 || pack.Word("range-joint").Length == 0
            ? null
            : LanguagePack.Compile(@"(?<![\p{L}\p{N}.,])(?<n>\d{1,3})\s*(?:[-–]|(?:" + pack.Word("range-joint") + @")\s)\s*$");
        Millions = pack.WordRegex("million", @"(?<![\p{L}\p{N}.,])(?<m>\d{1,3}(?:[.,]\d{1,2})?)\s+", @"(?![\p{L}])");
        OneMillion = pack.WordRegex("one-million", @"(?<!\p{N}[\s.,]*)(?<![\p{L}])", @"(?![\p{L}])");
        ThousandRangeAfter = Words is null || pack.Word("thousand").Length == 0 || pack.Word("range-joint").Length == 0
            ? null
            : LanguagePack.Compile(@"\G\s*(?:[-–]|(?:" + pack.Word("range-joint") + @")\s)\s*(?:" + string.Join('|', pack.NumberWords.Select(w => w.Pattern)) + @")\s+(?:"
                + pack.Word("thousand") + @")(?![\p{L}])");
        Percent = pack.WordRegex("percent", @"^\s?");
        Money = pack.WordRegex("money", @"^\s?", @"(?![\p{L}])");
        Duration = pack.WordRegex("duration", @"^\s?", @"(?![\p{L}])");
        Phone = pack.WordRegex("phone", @"\b", @"\b\.?\s*:?\s*[\d\s()./-]*$");
        Identifier = pack.WordRegex("identifier", @"(?<![\p{L}])", @"\s*(?:no\.?|br\.|nr\.)?\s*$");
        Approximation = pack.WordRegex("approx", @"\b", @"\s+$");
        MonthAfter = LanguagePack.Compile(@"^\.?\s*(?:" + pack.MonthPattern + @")(?![\p{L}])");
    }

    public Regex? Words { get; }
    public Regex? Thousands { get; }

    /// <summary>The first number of a range whose thousands its second says: the "5" of "5 or 7 thousand", "3-4 hiljade".</summary>
    public Regex? ThousandRangeBefore { get; }

    /// <summary>A number of millions, whole or with a decimal fraction: "1.5 million", "2 miliona", "1,5 milion".</summary>
    public Regex? Millions { get; }

    /// <summary>A million said without a digit: "more than a million people", "oko milion ljudi".</summary>
    public Regex? OneMillion { get; }

    /// <summary>A word for thousands right after a number in words: "deset tisuća", "pet hiljada".</summary>
    public Regex? ThousandAfter { get; }

    /// <summary>The thousands of a range's second number, which its first shares: "između sedam i osam hiljada".</summary>
    public Regex? ThousandRangeAfter { get; }
    public Regex? Percent { get; }
    public Regex? Money { get; }
    public Regex? Duration { get; }
    public Regex? Phone { get; }

    /// <summary>A word that makes the number after it a document's or an article's number: "Resolution 1244".</summary>
    public Regex? Identifier { get; }
    public Regex? Approximation { get; }

    /// <summary>A month name right after a number makes it a day: "1. januara", "31 tetor".</summary>
    public Regex MonthAfter { get; }

    public static LocalNumbers For(LanguagePack pack) => Cache.GetOrAdd(pack.Code, _ => new LocalNumbers(pack));

    public long ValueOf(string word) => _values.FirstOrDefault(v => v.Pattern.IsMatch(word.Trim())).Value;
}
