using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Extraction.Labels;
using MigrationFeeds.Parsing.Language.Numbers;
using MigrationFeeds.Parsing.Language.Packs;
using MigrationFeeds.Parsing.Language.Periods;
using MigrationFeeds.Parsing.Language.Text;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// "The number of refugees and migrants present in the country went down, from 4,500 in Dec 2018 to 3,600 in May 2019":
/// a sentence whose subject is "the number of …" and whose verb is a change has, after the verb, that subject's values,
/// each for the period written right after it. A value with no period of its own gives nothing.
/// </summary>
internal static class ChangeSubjects
{
    private const int MaxGapToPeriod = 12;

    /// <summary>"dropped to", "rose from": the value follows the verb of change.</summary>
    private static Regex ToValue => LanguagePacks.AnyWord("to-value", @"^\s+(?:", @")(?![\p{L}])")!;

    public static IEnumerable<FigureCandidate> Read(
        Sentence sentence, IReadOnlyList<NumberMention> free, IReadOnlyList<PeriodMention> periods, ReportPeriod report, IReadOnlyList<LanguagePack> packs)
    {
        var text = sentence.Text;

        // "In Serbia, the population in the country has been falling steadily: from 4,500 at the end of 2018 it dropped to
        // 3,600 by the end of May 2019": a change announced before a colon has its subject's values after the colon.
        var announced = packs.Select(p => p.WordRegex("change-lead", @"(?<![\p{L}])(?:", @")(?:\s+\p{L}+ly)?\s*:")?.Match(text)).FirstOrDefault(m => m?.Success == true);
        if (announced is not null && NumberReader.Read(text[..announced.Index]).Count == 0 && PeriodTables.Reading(text[..announced.Index]) is { } announcedReading)
        {
            foreach (var figure in Values(sentence, free.Where(n => n.Start > announced.Index + announced.Length), periods, report, announcedReading))
            {
                yield return figure;
            }

            yield break;
        }

        var change = packs.Select(p => p.WordRegex("change", @"(?<![\p{L}])(?:", @")(?![\p{L}])")?.Match(text)).FirstOrDefault(m => m?.Success == true);
        if (change is null || !free.Any(n => n.Start > change.Index))
        {
            yield break;
        }

        // "Detections of illegal border-crossings … on the Western Balkan route dropped to roughly 19 000 in 2017": a subject
        // whose own words name what is counted needs no "the number of" before them.
        var lead = packs.Select(p => p.WordRegex("label-lead", @"(?<![\p{L}])(?:", @")(?![\p{L}])")?.Match(text[..change.Index])).FirstOrDefault(m => m?.Success == true);
        var subjectStart = lead?.Index ?? (ToValue.IsMatch(text.AsSpan(change.Index + change.Length)) ? 0 : -1);
        if (subjectStart < 0 || NumberReader.Read(text[..change.Index]).Count > 0
            || PeriodTables.Reading(text[subjectStart..change.Index]) is not { } reading)
        {
            yield break;
        }

        foreach (var figure in Values(sentence, free.Where(n => n.Start > change.Index), periods, report, reading))
        {
            yield return figure;
        }
    }

    /// <summary>Each value after the change, for the period written right after it; a value with none gives nothing.</summary>
    private static IEnumerable<FigureCandidate> Values(
        Sentence sentence, IEnumerable<NumberMention> after, IReadOnlyList<PeriodMention> periods, ReportPeriod report, LabelReading reading)
    {
        var text = sentence.Text;
        foreach (var number in after.Where(n => !n.IsRange))
        {
            var own = periods.Where(p => p.Start >= number.End && p.Start - number.End <= MaxGapToPeriod && !text[number.End..p.Start].Any(char.IsDigit))
                .MinBy(p => p.Start);
            if (own is null || PeriodChooser.Map(reading.Indicator.Kind, own with { IsComparative = false }, report) is not { } period)
            {
                continue;
            }

            yield return ReadingFigures.At(reading, period, number, sentence, "/change-subject", 0.85, "a value of the sentence's subject after its change: ");
        }
    }
}
