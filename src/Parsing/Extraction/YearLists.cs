using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Language.Numbers;
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

    public static IEnumerable<FigureCandidate> Read(
        Sentence sentence, IReadOnlyList<NumberMention> numbers, IReadOnlyList<PeriodMention> periods, ReportPeriod report, ISet<NumberMention> used)
    {
        var text = sentence.Text;
        if (sentence.Previous is not { } label || !List().IsMatch(text) || label.Any(char.IsDigit)
            || label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxLabelWords
            || PeriodTables.Reading(label) is not { } reading || !reading.Indicator.IsFlow)
        {
            yield break;
        }

        foreach (var number in numbers)
        {
            var year = periods.LastOrDefault(p => p.Kind == PeriodKind.Year && p.End <= number.Start && Colon().IsMatch(text.AsSpan(p.End, number.Start - p.End)));
            if (year is null || number.Value is not { } value || PeriodChooser.Map(reading.Indicator.Kind, year, report) is not { } period)
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

    [GeneratedRegex(@"^\s*(?:(?:19|20)\d{2}\s*:\s*\d{1,3}(?:[.,]\d{3})*\s*[,;]?\s*){2,}$")]
    private static partial Regex List();

    [GeneratedRegex(@"^\s*:\s*$")]
    private static partial Regex Colon();
}
