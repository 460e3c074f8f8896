using System.Globalization;
using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Language.Packs;

namespace MigrationFeeds.Parsing.Language.Numbers;

/// <summary>
/// Finds the counts in a piece of text: digits with any thousands separator (comma, dot, space,
/// no-break or narrow no-break space, none), numbers in English words, and ranges. Everything that
/// is written with digits but is not a count is refused: percentages, years, dates, times, durations,
/// phone numbers, page numbers, money, ordinals and footnote marks.
/// </summary>
internal static partial class NumberReader
{
    /// <summary>The reason a share given in per cent is no count.</summary>
    public const string Percentage = "a percentage";

    private const string Months =
        "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec";

    // Spans that are not counts whatever digits they hold.
    private static readonly (Regex Pattern, string Reason)[] Excluded =
        [(NumericDate(), "a date"), (IsoDate(), "a date"), (ClockTime(), "a time"), (PageReference(), "a page number"), (PhoneNumber(), "a phone number")];

    public static IReadOnlyList<NumberMention> Read(string text, LanguagePack? language = null) => Read(text, language, null);

    /// <summary>The numbers written with digits or words that are not counts, each with why.</summary>
    public static IReadOnlyList<(int Start, int Length, string Reason)> Refused(string text, LanguagePack? language = null)
    {
        var refused = new List<(int, int, string)>();
        Read(text, language, refused);
        return refused;
    }

    /// <summary>The counts, and into <paramref name="refused"/> the numbers that are not counts with why: one reading for both.</summary>
    public static IReadOnlyList<NumberMention> Read(string text, LanguagePack? language, List<(int Start, int Length, string Reason)>? refused)
    {
        var local = language is null ? null : LocalNumbers.For(language);
        var excluded = ExcludedSpans(text);
        var all = RawNumbers(text, local).OrderBy(r => r.Start).ToList();
        var raw = new List<RawNumber>();
        foreach (var r in all)
        {
            if (excluded.FirstOrDefault(span => r.Start < span.End && span.Start < r.End) is { Reason: not null } span)
            {
                refused?.Add((r.Start, r.End - r.Start, span.Reason));
            }
            else
            {
                raw.Add(r);
            }
        }

        var mentions = new List<NumberMention>();
        for (var i = 0; i < raw.Count; i++)
        {
            if (i + 1 < raw.Count && IsRange(text, raw[i], raw[i + 1]))
            {
                var (low, high) = (raw[i], raw[i + 1]);
                mentions.Add(new NumberMention { Start = low.Start, Length = high.End - low.Start, Low = low.Value, High = high.Value, Approximate = true });
                i++;
                continue;
            }

            if (raw[i].IsYearLike && !IsFollowedByCountNoun(text, raw[i].End))
            {
                refused?.Add((raw[i].Start, raw[i].End - raw[i].Start, "a year"));
                continue;
            }

            mentions.Add(new NumberMention { Start = raw[i].Start, Length = raw[i].End - raw[i].Start, Value = raw[i].Value });
        }

        var counts = new List<NumberMention>();
        foreach (var mention in mentions)
        {
            if (WhyRefused(text, mention, local) is { } reason)
            {
                refused?.Add((mention.Start, mention.Length, reason));
                continue;
            }

            counts.Add(IsApproximated(text, mention.Start, local) ? mention with { Approximate = true } : mention);
        }

        return counts;
    }

    private static IEnumerable<RawNumber> RawNumbers(string text, LocalNumbers? local)
    {
        // "6 mijë e 120", "9 hiljada", "1.5 million": a number of thousands or millions, which the digits inside must not also give.
        var thousands = new List<RawNumber>();
        var numbers = local ?? LocalNumbers.For(LanguagePacks.English);
        if (numbers.Thousands is { } thousandWords)
        {
            foreach (Match match in thousandWords.Matches(text))
            {
                var value = long.Parse(match.Groups["th"].Value, NumberStyles.None, CultureInfo.InvariantCulture) * 1000
                    + (match.Groups["rest"].Success ? long.Parse(match.Groups["rest"].Value, NumberStyles.None, CultureInfo.InvariantCulture) : 0);
                thousands.Add(new RawNumber(match.Index, match.Index + match.Length, value, IsYearLike: false));
                if (numbers.ThousandRangeBefore?.Match(text, 0, match.Index) is { Success: true } first)
                {
                    var n = first.Groups["n"];
                    thousands.Add(new RawNumber(n.Index, n.Index + n.Length, long.Parse(n.Value, NumberStyles.None, CultureInfo.InvariantCulture) * 1000, IsYearLike: false));
                }
            }
        }

        if (numbers.Millions is { } millionWords)
        {
            foreach (Match match in millionWords.Matches(text))
            {
                var millions = decimal.Parse(match.Groups["m"].Value.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
                thousands.Add(new RawNumber(match.Index, match.Index + match.Length, (long)(millions * 1_000_000), IsYearLike: false));
            }
        }

        if (numbers.OneMillion is { } oneMillion)
        {
            foreach (Match match in oneMillion.Matches(text))
            {
                if (!thousands.Any(t => match.Index < t.End && t.Start < match.Index + match.Length))
                {
                    thousands.Add(new RawNumber(match.Index, match.Index + match.Length, 1_000_000, IsYearLike: false));
                }
            }
        }

        foreach (var number in thousands)
        {
            yield return number;
        }

        if (local?.Words is { } localWords)
        {
            foreach (Match match in localWords.Matches(text))
            {
                var end = match.Index + match.Length;
                yield return local.ThousandAfter?.Match(text, end) is { Success: true } scale
                    ? new RawNumber(match.Index, end + scale.Length, local.ValueOf(match.Value) * 1000, IsYearLike: false)
                    : local.ThousandRangeAfter?.Match(text, end) is { Success: true }
                        ? new RawNumber(match.Index, end, local.ValueOf(match.Value) * 1000, IsYearLike: false)
                        : new RawNumber(match.Index, end, local.ValueOf(match.Value), IsYearLike: false);
            }
        }

        foreach (var number in DigitsAndWords(text).Where(r => !thousands.Any(t => r.Start < t.End && t.Start < r.End)))
        {
            yield return number;
        }
    }

    private static IEnumerable<RawNumber> DigitsAndWords(string text)
    {
        foreach (Match match in Digits().Matches(text))
        {
            var digits = new string(match.Value.Where(char.IsAsciiDigit).ToArray());
            if (digits.Length > 15)
            {
                continue;
            }

            var value = long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
            var grouped = digits.Length != match.Value.Length;
            var end = match.Index + match.Length;

            // "30K": thousands written as a letter glued to the digits.
            if (end < text.Length && text[end] is 'K' or 'k' && (end + 1 == text.Length || !char.IsLetter(text[end + 1])))
            {
                yield return new RawNumber(match.Index, end + 1, value * 1000, IsYearLike: false);
                continue;
            }

            yield return new RawNumber(match.Index, end, value, IsYearLike: !grouped && digits.Length == 4 && value is >= 1900 and <= 2099);
        }

        foreach (Match match in Words().Matches(text))
        {
            if (EnglishNumberWords.Parse(match.Value) is not { } value || IsPronounOne(text, match, value))
            {
                continue;
            }

            yield return new RawNumber(match.Index, match.Index + match.Length, value, IsYearLike: false);
        }
    }

    /// <summary>"one of them", "no one", "one third" are not counts.</summary>
    private static bool IsPronounOne(string text, Match match, long value) =>
        value == 1
        && (OneAsPronounAfter().IsMatch(text.AsSpan(match.Index + match.Length)) || OneAsPronounBefore().IsMatch(text.AsSpan(0, match.Index)));

    private static bool IsRange(string text, RawNumber low, RawNumber high)
    {
        // "between 2000 and 3500": a round low that looks like a year, before a round high that cannot be one.
        var roundLow = low.IsYearLike && low.Value % 100 == 0 && !high.IsYearLike && high.Value % 100 == 0 && high.Value <= low.Value * 10;
        if ((low.IsYearLike && !roundLow) || high.IsYearLike || low.Value >= high.Value)
        {
            return false;
        }

        // Spans, not substrings: these tests run for every pair of neighbouring numbers.
        var between = text.AsSpan(low.End, high.Start - low.End);
        var before = text.AsSpan(0, low.Start);
        if (RangeDash().IsMatch(between))
        {
            return true;
        }

        if (RangeTo().IsMatch(between))
        {
            return !FromBefore().IsMatch(before);
        }

        if (LocalRangeTo().IsMatch(between) && LocalFromBefore().IsMatch(before))
        {
            return true; // "od 300 do 900", "nga 300 deri në 900"
        }

        return (RangeAnd().IsMatch(between) && BetweenBefore().IsMatch(before))
            || (LocalRangeAnd().IsMatch(between) && LocalBetweenBefore().IsMatch(before));
    }

    // The region's languages, on folded text: "između 300 i 900", "помеѓу 300 и 900", "midis 300 dhe 900".
    [GeneratedRegex(@"^\s+(?:i|dhe)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex LocalRangeAnd();

    [GeneratedRegex(@"\b(?:izmedju|izmedu|medju|pomegju|megju|midis|ndermjet)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex LocalBetweenBefore();

    [GeneratedRegex(@"^\s+(?:do|deri\s+(?:ne|me))\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex LocalRangeTo();

    [GeneratedRegex(@"\b(?:od|nga)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex LocalFromBefore();

    private static bool IsFollowedByCountNoun(string text, int end) => CountNounAfter().IsMatch(text.AsSpan(end));

    private static string? WhyRefused(string text, NumberMention mention, LocalNumbers? local)
    {
        var before = text.AsSpan(0, mention.Start);
        var after = text.AsSpan(mention.End);
        if (PercentAfter().IsMatch(after) || local?.Percent?.IsMatch(after) == true)
        {
            return Percentage;
        }

        if (OrdinalAfter().IsMatch(after))
        {
            return "an ordinal";
        }

        // "Nine in ten migrants detected were non-regional", "one out of seven": a share, not a count.
        var english = LocalNumbers.For(LanguagePacks.English);
        if (english.ShareBefore?.IsMatch(before) == true || english.ShareAfter?.IsMatch(after) == true
            || local?.ShareBefore?.IsMatch(before) == true || local?.ShareAfter?.IsMatch(after) == true)
        {
            return "a share";
        }

        // "3,723 more than the year before" counts nothing; "by 3,723 more" and "za 3 723 osobe više" say the same.
        if (english.IsDifference(before, after) || local?.IsDifference(before, after) == true)
        {
            return "a difference between two counts";
        }

        // "odlukom 05 broj 02-3732/2011": a count is not written with a leading zero; a file number is.
        if (mention.Length > 1 && text[mention.Start] == '0' && char.IsAsciiDigit(text[mention.Start + 1]))
        {
            return "a reference number";
        }

        if (before.IsWhiteSpace() && mention.Value is < 1000 && ParagraphNumberAfter().IsMatch(after))
        {
            return "a paragraph's number";
        }

        // "Highlights 3Overview of Arrivals 4Transit countries": a list of contents glues each page's number to its title.
        if (mention.Value is < 1000 && !mention.IsRange && GluedTitleAfter().IsMatch(after))
        {
            return "a page number";
        }

        if (MoneyBefore().IsMatch(before) || MoneyAfter().IsMatch(after) || local?.Money?.IsMatch(after) == true)
        {
            return "money";
        }

        if (AgeAfter().IsMatch(after))
        {
            return "an age"; // "a 26-year-old man"
        }

        if (DurationAfter().IsMatch(after) || local?.Duration?.IsMatch(after) == true)
        {
            return "a length of time";
        }

        if (local?.Fraction?.IsMatch(after) == true || LocalNumbers.For(LanguagePacks.English).Fraction?.IsMatch(after) == true)
        {
            return "a fraction, not a count";
        }

        if (TimesAfter().IsMatch(after) || local?.Times?.IsMatch(after) == true)
        {
            return "a multiple, not a count";
        }

        if (PageBefore().IsMatch(before) || (mention.Value is < 100 && !mention.IsRange && AddressBefore().IsMatch(before)))
        {
            return "a page number";
        }

        if (PhoneBefore().IsMatch(before) || local?.Phone?.IsMatch(before) == true)
        {
            return "a phone number";
        }

        if (mention.Value is < 10_000 && !mention.IsRange && PostcodeAfter().IsMatch(after))
        {
            return "a house number"; // "Fra Anđela Zvizdovića 1, 71000 Sarajevo"
        }

        if (english.Identifier?.IsMatch(before) == true || local?.Identifier?.IsMatch(before) == true)
        {
            return "an identifier, not a count";
        }

        if (before.TrimEnd().EndsWith('[') && after.TrimStart().StartsWith(']'))
        {
            return "a reference mark";
        }

        var small = mention.IsRange ? mention.High <= 31 : mention.Value is >= 1 and <= 31;
        if (small && (MonthAfter().IsMatch(after) || local?.MonthAfter.IsMatch(after) == true))
        {
            return "a day of the month"; // "31 October", "1-27 August", "1. januara"
        }

        if (small && MonthBefore().IsMatch(before))
        {
            return "a day of the month"; // "October 31"
        }

        return IsFootnoteMark(text, mention) ? "a footnote mark" : null;
    }

    /// <summary>A small number glued to the punctuation after a word: "registered.2", "(UASC),3".</summary>
    private static bool IsFootnoteMark(string text, NumberMention mention)
    {
        if (mention.Start < 2 || mention.Value is not < 100)
        {
            return false;
        }

        var punctuation = text[mention.Start - 1];
        var word = text[mention.Start - 2];
        var endsThere = mention.End == text.Length || char.IsWhiteSpace(text[mention.End]) || text[mention.End] is '.' or ',' or ';' or ':';
        return punctuation is '.' or ',' or ';' or ':' or ')' or '”' or '"' or '’' && (char.IsLetter(word) || word is ')' or '”' or '"') && endsThere;
    }

    private static bool IsApproximated(string text, int start, LocalNumbers? local) =>
        ApproximationBefore().IsMatch(text.AsSpan(0, start)) || local?.Approximation?.IsMatch(text.AsSpan(0, start)) == true;

    private static List<(int Start, int End, string? Reason)> ExcludedSpans(string text)
    {
        var spans = new List<(int, int, string?)>();
        foreach (var (regex, reason) in Excluded)
        {
            for (var match = regex.Match(text); match.Success; match = match.NextMatch())
            {
                spans.Add((match.Index, match.Index + match.Length, reason));
            }
        }

        return spans;
    }

    private sealed record RawNumber(int Start, int End, long Value, bool IsYearLike);

    // Not preceded by a letter or digit (a footnote mark "claims1", a code "COVID-19", "S/RES/1244"),
    // nor by "1." / "1," (the fraction of a decimal). A decimal fraction after the number refuses it.
    // Thousands may be grouped by a comma, a dot, an apostrophe ("12'210", as Swiss-edited texts write) or a space.
    [GeneratedRegex(@"(?<![\p{L}\p{N}_]|\p{L}[-/]|\p{N}[.,])(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+|\d{1,3}(?:['’]\d{3})+|\d{1,3}(?:[\u00A0\u202F\u2009\u2007]\d{3})+|\d{1,3}(?: \d{3}){1,2}|\d+)(?![\d]|[.,]\d|/\d)")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\b(?:" + EnglishNumberWords.WordPattern + @")(?:(?:\s+and\s+|\s+|-)(?:" + EnglishNumberWords.WordPattern + @"))*\b", RegexOptions.IgnoreCase)]
    private static partial Regex Words();

    [GeneratedRegex(@"^\s+(?:of|another|third|half|quarter|fifth|by|or\s+more|or\s+two)\b|^-(?:off|third|half)", RegexOptions.IgnoreCase)]
    private static partial Regex OneAsPronounAfter();

    [GeneratedRegex(@"\b(?:no|any|every|each|this|that|the|which|someone|anyone)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex OneAsPronounBefore();

    [GeneratedRegex(@"^\s*[-–—]\s*$")]
    private static partial Regex RangeDash();

    [GeneratedRegex(@"^\s+to\s+$")]
    private static partial Regex RangeTo();

    [GeneratedRegex(@"^\s+and\s+$")]
    private static partial Regex RangeAnd();

    [GeneratedRegex(@"\bbetween\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex BetweenBefore();

    [GeneratedRegex(@"\bfrom\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex FromBefore();

    [GeneratedRegex(@"^\s+(?:new\s+|more\s+|additional\s+|irregular\s+)?(?:persons|people|migrants|refugees|asylum|arrivals|intentions|individuals|children|UASC|men|women|families|cases)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountNounAfter();

    [GeneratedRegex(@"^\s?(?:%|‰|per\s?cent\b|percent\b|pct\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PercentAfter();

    /// <summary>"three times as many" multiplies; it counts nothing.</summary>
    [GeneratedRegex(@"^\p{Lu}\p{Ll}")]
    private static partial Regex GluedTitleAfter();

    [GeneratedRegex(@"^(?:\s?times\b|-?fold\b)", RegexOptions.IgnoreCase)]
    private static partial Regex TimesAfter();

    [GeneratedRegex(@"^[\s-](?:years?|yrs?|months?)[\s-]old\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgeAfter();

    /// <summary>A length of time ("433 days", "the previous three months") counts no persons.</summary>
    [GeneratedRegex(@"^[\s-]?(?:days?|weeks?|months?|years?|hours?|minutes?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DurationAfter();

    [GeneratedRegex(@"^(?:st|nd|rd|th)\b")]
    private static partial Regex OrdinalAfter();

    /// <summary>"23.   Migrants in …": a small number that opens the text with a full stop numbers a paragraph.</summary>
    [GeneratedRegex(@"^\.\s+\p{Lu}")]
    private static partial Regex ParagraphNumberAfter();

    [GeneratedRegex(@"(?:\b(?:USD|EUR|GBP|CHF|BAM|KM)|US\$|\$|€|£)\s?$")]
    private static partial Regex MoneyBefore();

    [GeneratedRegex(@"^\s?(?:(?:USD|EUR|GBP|CHF|BAM|KM)\b|€|\$|£|(?:euros?|dollars?|convertible\s+marks?|million|billion|bn)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyAfter();

    [GeneratedRegex(@"\b(?:page|pages|p\.|pp\.|pg\.?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageBefore();

    /// <summary>A page's footer that ends with the publisher's address and the page number: "www.unhcr.org 1".</summary>
    [GeneratedRegex(@"(?:\bwww\.|https?://)[\w./-]+\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex AddressBefore();

    /// <summary>After a house number: its letter, then a comma, a postcode and the town ("1a, 81000 Podgorica").</summary>
    [GeneratedRegex(@"^\p{L}?\s*,\s*\d{4,5}\s+\p{L}{3,}")]
    private static partial Regex PostcodeAfter();

    [GeneratedRegex(@"(?:\+|\b(?:tel|telephone|phone|fax|mob|mobile|hotline)\b\.?\s*:?)\s*[\d\s()./-]*$", RegexOptions.IgnoreCase)]
    private static partial Regex PhoneBefore();

    [GeneratedRegex(@"^\s*(?:st|nd|rd|th)?\s*(?:of\s+)?(?:" + Months + @")\b")]
    private static partial Regex MonthAfter();

    [GeneratedRegex(@"\b(?:" + Months + @")\.?\s*$")]
    private static partial Regex MonthBefore();

    [GeneratedRegex(@"\b(?:about|some|approximately|approx\.|around|an\s+estimated|estimated|almost|nearly|over|more\s+than|up\s+to|roughly|close\s+to|at\s+least|less\s+than|fewer\s+than|under|circa|ca\.|between)\s+$|[~≈><]\s*$", RegexOptions.IgnoreCase)]
    internal static partial Regex ApproximationBefore();

    [GeneratedRegex(@"(?<!\d)\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?!\d)|(?<!\d)\d{1,2}\.\d{1,2}\.(?!\d)")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<!\d)\d{1,2}:\d{2}(?!\d)")]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\b(?:page|p\.|pp\.)\s*\d+(?:\s*(?:of|/|-|–)\s*\d+)?", RegexOptions.IgnoreCase)]
    private static partial Regex PageReference();

    [GeneratedRegex(@"\+\s?\d[\d\s()./-]{6,}\d|\b(?:tel|telephone|phone|fax|mob|mobile|hotline)\b\.?\s*:?\s*\(?\d[\d\s()./-]{5,}\d", RegexOptions.IgnoreCase)]
    private static partial Regex PhoneNumber();
}
