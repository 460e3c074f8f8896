using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Language.Numbers;
using MigrationFeeds.Parsing.Language.Packs;
using MigrationFeeds.Parsing.Language.Periods;
using MigrationFeeds.Parsing.Language.Text;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// A list of "year: value" under one label, as a box flattened into text gives it ("Arrivals recorded by the Ministry
/// of Security, per year", then "2017: 755 2018: 24,067 2019: 29,124"): the label is the sentence before, read with the
/// lexicon as a caption; each value is its figure for the year before it. A year still running is left out unless
/// the report month makes it a year-to-date count.
/// </summary>
internal static partial class YearLists
{
    private const int MaxLabelWords = 16;
    private const int MaxLeadInWords = 40;

    /// <summary>One item or more of "year: value", each perhaps with a remark in brackets: "2013: 3.554 (a record)".</summary>
    public static bool IsList(string text) => List().IsMatch(text);

    /// <summary>The year the item opens with.</summary>
    public static int? ItemYear(string text) => List().Match(text) is { Success: true } m ? int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <param name="language">The document's language.</param>
    /// <param name="laterYear">The year of the next item when the list goes on in the next paragraph.</param>
    public static IEnumerable<FigureCandidate> Read(
        Sentence sentence, IReadOnlyList<NumberMention> numbers, IReadOnlyList<PeriodMention> periods, ReportPeriod report, ISet<NumberMention> used,
        LanguagePack? language, int? laterYear = null)
    {
        var text = sentence.Text;
        string label;
        var (runStart, runEnd) = (0, text.Length);
        if (List().IsMatch(text))
        {
            if (sentence.Previous is not { } previous)
            {
                yield break;
            }

            label = previous;
        }
        else if (Run().Match(text) is { Success: true } run && run.Index > 0)
        {
            // Lines run together in PDF text put the label, the list and what follows in one sentence: the label is
            // the words straight before the list.
            label = text[..run.Index].Trim();
            (runStart, runEnd) = (run.Index, run.Index + run.Length);
            if (label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 2)
            {
                yield break;
            }
        }
        else
        {
            yield break;
        }

        // A lead-in that ends with a colon ("The number of requests then grew year by year:") may lean on the sentence
        // before it for its subject; it is read with it, and one item is a list under it.
        var leadIn = label.TrimEnd().EndsWith(':');
        var items = Items().Count(text[runStart..runEnd]);
        if ((!leadIn && (CountIn(label) || items < 2))
            || label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > (leadIn ? MaxLeadInWords : MaxLabelWords)
            || PeriodTables.Reading(label, perYear: true, language) is not { } reading || !reading.Indicator.IsFlow)
        {
            yield break;
        }

        var listPeriods = periods.Where(p => p.Start >= runStart && p.End <= runEnd).ToList();
        foreach (var number in numbers.Where(n => n.Start >= runStart && n.End <= runEnd))
        {
            var year = listPeriods.LastOrDefault(p => p.Kind == PeriodKind.Year && p.End <= number.Start && Colon().IsMatch(text.AsSpan(p.End, number.Start - p.End)));
            if (year is null || number.Value is not { } value)
            {
                continue;
            }

            // A year the list goes on past had ended, whenever the document was written.
            var ended = (laterYear is { } later && year.Year < later) || listPeriods.Any(p => p.Kind == PeriodKind.Year && p.Year > year.Year);
            if ((ended ? (Measures.Year, year.Period) : PeriodChooser.Map(reading.Indicator.Kind, year, report)) is not { } period)
            {
                continue;
            }

            used.Add(number);
            yield return new FigureCandidate
            {
                Indicator = reading.Indicator.Code,
                Measure = period.Measure,
                Period = period.Period,
                Value = value,
                Sentence = sentence,
                Start = number.Start,
                Length = number.Length,
                Rule = "year-list/" + reading.Indicator.Code,
                Confidence = reading.Confidence * 0.9,
                Explanation = "a list of years under the label before it: " + reading.Explanation,
            };
        }
    }

    /// <summary>What stands between an item's year and its value: a colon, or a dash ("2011. – 239"), after the year's dot.</summary>
    private const string Separator = @"\.?\s*(?::|\s[–—-])";

    /// <summary>A number in the label other than a year ("Asylum-seekers in Albania, 2017–2023" is a caption still).</summary>
    private static bool CountIn(string label) => Years().Replace(label, string.Empty).Any(char.IsDigit);

    [GeneratedRegex(@"(?<![\d.,])(?:19|20)\d{2}(?![\d.,]\d)")]
    private static partial Regex Years();

    [GeneratedRegex(@"^\s*(?<year>(?:19|20)\d{2})" + Separator + @"\s*\d{1,3}(?:[.,]\d{3})*\s*(?:\([^()\d]{0,80}\))?\s*[,;.]?\s*(?:(?:19|20)\d{2}" + Separator + @"\s*\d{1,3}(?:[.,]\d{3})*\s*(?:\([^()\d]{0,80}\))?\s*[,;.]?\s*)*$")]
    private static partial Regex List();

    /// <summary>Two items or more of "year: value" inside a longer sentence.</summary>
    [GeneratedRegex(@"(?<![\d:])(?:(?:19|20)\d{2}" + Separator + @"\s*\d{1,3}(?:[.,\u00a0\u202f]\d{3})*(?![\d.,]\d)\s*(?:\([^()\d]{0,80}\))?\s*[,;]?\s*){2,}")]
    private static partial Regex Run();

    [GeneratedRegex(@"(?:19|20)\d{2}" + Separator + @"\s*\d")]
    private static partial Regex Items();

    [GeneratedRegex(@"^" + Separator + @"\s*$")]
    private static partial Regex Colon();
}
