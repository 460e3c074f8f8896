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

    private readonly HotRegex? _words;
    private readonly HotRegex? _thousands;
    private readonly HotRegex? _millions;
    private readonly HotRegex? _oneMillion;
    private readonly HotRegex? _thousandRangeBefore;
    private readonly HotRegex? _thousandAfter;
    private readonly HotRegex? _thousandRangeAfter;
    private readonly HotRegex? _percent;
    private readonly HotRegex? _money;
    private readonly HotRegex? _duration;
    private readonly HotRegex? _times;
    private readonly HotRegex? _fraction;
    private readonly HotRegex? _shareBefore;
    private readonly HotRegex? _shareAfter;
    private readonly HotRegex? _differenceBefore;
    private readonly HotRegex? _differenceAfter;
    private readonly HotRegex? _phone;
    private readonly HotRegex? _identifier;
    private readonly HotRegex? _approximation;
    private readonly HotRegex _monthAfter;

    private LocalNumbers(LanguagePack pack)
    {
        _values = pack.NumberWords.Select(w => (LanguagePack.Compile("^(?:" + w.Pattern + ")$"), w.Value)).ToList();
        _words = pack.NumberWords.Count == 0
            ? null
            : new HotRegex(LanguagePack.Compile(@"(?<![\p{L}\p{N}])(?:" + string.Join('|', pack.NumberWords.Select(w => w.Pattern).OrderByDescending(p => p.Length)) + @")(?![\p{L}\p{N}])"));
        _thousands = pack.HotWordRegex("thousand", @"(?<![\p{L}\p{N}.,])(?<th>\d{1,3})\s+", @"(?:\s+(?:e|i)\s+(?<rest>\d{1,3})(?![\d.,]\d))?(?![\p{L}])");
        _thousandAfter = pack.HotWordRegex("thousand", @"\G\s+", @"(?![\p{L}])");
        _thousandRangeBefore = pack.Word("thousand").Length == 0 || pack.Word("range-joint").Length == 0
            ? null
            : new HotRegex(LanguagePack.Compile(@"(?<![\p{L}\p{N}.,])(?<n>\d{1,3})\s*(?:[-–]|(?:" + pack.Word("range-joint") + @")\s)\s*$"));
        _millions = pack.HotWordRegex("million", @"(?<![\p{L}\p{N}.,])(?<m>\d{1,3}(?:[.,]\d{1,2})?)\s+", @"(?![\p{L}])");
        _oneMillion = pack.HotWordRegex("one-million", @"(?<!\p{N}[\s.,]*)(?<![\p{L}])", @"(?![\p{L}])");
        _thousandRangeAfter = Words is null || pack.Word("thousand").Length == 0 || pack.Word("range-joint").Length == 0
            ? null
            : new HotRegex(LanguagePack.Compile(@"\G\s*(?:[-–]|(?:" + pack.Word("range-joint") + @")\s)\s*(?:" + string.Join('|', pack.NumberWords.Select(w => w.Pattern)) + @")\s+(?:"
                + pack.Word("thousand") + @")(?![\p{L}])"));
        _percent = pack.HotWordRegex("percent", @"^\s?");
        _money = pack.HotWordRegex("money", @"^\s?", @"(?![\p{L}])");
        _duration = pack.HotWordRegex("duration", @"^\s?", @"(?![\p{L}])");
        _times = pack.HotWordRegex("times", @"^\s?", @"(?![\p{L}])");
        _fraction = pack.HotWordRegex("fraction", @"^[\s-](?:", @")(?![\p{L}])");
        _shareBefore = pack.HotWordRegex("share-before", @"(?<![\p{L}])", @"\s+$");
        _shareAfter = pack.HotWordRegex("share-after", @"^\s+", @"(?![\p{L}])");
        _differenceBefore = pack.HotWordRegex("difference-before", @"(?<![\p{L}])", @"\s+$");
        _differenceAfter = pack.HotWordRegex("difference-after", @"^\s+(?:\p{L}+\s+){0,2}?", @"(?![\p{L}])");
        _phone = pack.HotWordRegex("phone", @"\b", @"\b\.?\s*:?\s*[\d\s()./-]*$");
        _identifier = pack.HotWordRegex("identifier", @"(?<![\p{L}])", @"\s*(?:no\.?|br\.|nr\.)?\s*$");
        _approximation = pack.HotWordRegex("approx", @"\b", @"\s+$");
        _monthAfter = new(LanguagePack.Compile(@"^\.?\s*(?:" + pack.MonthPattern + @")(?![\p{L}])"));
    }

    public Regex? Words => _words?.Regex;
    public Regex? Thousands => _thousands?.Regex;

    /// <summary>The first number of a range whose thousands its second says: the "5" of "5 or 7 thousand", "3-4 hiljade".</summary>
    public Regex? ThousandRangeBefore => _thousandRangeBefore?.Regex;

    /// <summary>A number of millions, whole or with a decimal fraction: "1.5 million", "2 miliona", "1,5 milion".</summary>
    public Regex? Millions => _millions?.Regex;

    /// <summary>A million said without a digit: "more than a million people", "oko milion ljudi".</summary>
    public Regex? OneMillion => _oneMillion?.Regex;

    /// <summary>A word for thousands right after a number in words: "deset tisuća", "pet hiljada".</summary>
    public Regex? ThousandAfter => _thousandAfter?.Regex;

    /// <summary>The thousands of a range's second number, which its first shares: "između sedam i osam hiljada".</summary>
    public Regex? ThousandRangeAfter => _thousandRangeAfter?.Regex;
    public Regex? Percent => _percent?.Regex;
    public Regex? Money => _money?.Regex;
    public Regex? Duration => _duration?.Regex;

    /// <summary>"pet puta više": a number that multiplies another, which counts nothing.</summary>
    public Regex? Times => _times?.Regex;

    /// <summary>"two thirds", "dvije trećine", "dy të tretat": the number is a fraction's numerator.</summary>
    public Regex? Fraction => _fraction?.Regex;

    /// <summary>"nine in …": the words before a number that make it a share's whole.</summary>
    public Regex? ShareBefore => _shareBefore?.Regex;

    /// <summary>"… in ten": the words after a number that make it a share's part.</summary>
    public Regex? ShareAfter => _shareAfter?.Regex;

    /// <summary>"za 3 723 osobe više nego prethodne godine": the words around a number that make it a difference between two counts.</summary>
    public bool IsDifference(ReadOnlySpan<char> before, ReadOnlySpan<char> after) =>
        _differenceBefore?.Regex.IsMatch(before) == true && _differenceAfter?.Regex.IsMatch(after) == true;
    public Regex? Phone => _phone?.Regex;

    /// <summary>A word that makes the number after it a document's or an article's number: "Resolution 1244".</summary>
    public Regex? Identifier => _identifier?.Regex;
    public Regex? Approximation => _approximation?.Regex;

    /// <summary>A month name right after a number makes it a day: "1. januara", "31 tetor".</summary>
    public Regex MonthAfter => _monthAfter.Regex;

    public static LocalNumbers For(LanguagePack pack) => Cache.GetOrAdd(pack.Code, _ => new LocalNumbers(pack));

    public long ValueOf(string word) => _values.FirstOrDefault(v => v.Pattern.IsMatch(word.Trim())).Value;
}
