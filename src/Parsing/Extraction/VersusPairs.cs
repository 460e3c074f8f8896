using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Language.Numbers;
using MigrationFeeds.Parsing.Language.Packs;
using MigrationFeeds.Parsing.Language.Periods;
using MigrationFeeds.Parsing.Language.Text;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// Pairs of values compared per place and closed by "respectively" ("… rose six-fold in Montenegro and in North
/// Macedonia: 807 vs. 4,645 and 547 vs. 3,132 respectively"): each place has two values, the earlier period's and the
/// later's, from the two periods the sentence names, else the sentence before it ("… more in 2018 than in 2017"). What
/// they count is what the words before the first pair say. Anything that does not pair up gives nothing.
/// </summary>
internal static class VersusPairs
{
    internal const string Rule = "/versus-pairs";

    public static IEnumerable<FigureCandidate> Read(Sentence sentence, IReadOnlyList<NumberMention> free, ReportPeriod report, IReadOnlyList<LanguagePack> packs)
    {
        var text = sentence.Text;
        if (Lists.Respectively(text, packs) is not { } respectively)
        {
            yield break;
        }

        var numbers = free.Where(n => n.End <= respectively.Index && n.Value is not null).OrderBy(n => n.Start).ToList();
        var pairs = new List<(NumberMention Earlier, NumberMention Later)>();
        for (var i = numbers.Count - 2; i >= 0; i -= 2)
        {
            var versus = text[numbers[i].End..numbers[i + 1].Start];
            var joint = pairs.Count == 0 ? text[numbers[i + 1].End..respectively.Index] : text[numbers[i + 1].End..pairs[0].Earlier.Start];
            if (!Versus.IsMatch(versus) || (pairs.Count > 0 && !Joint.IsMatch(joint)) || (pairs.Count == 0 && joint.Trim().Length > 0))
            {
                break;
            }

            pairs.Insert(0, (numbers[i], numbers[i + 1]));
        }

        if (pairs.Count < 2)
        {
            yield break;
        }

        var head = text[..pairs[0].Earlier.Start];
        var countries = CountryMentions.NotOrigins(head).Where(m => !m.IsElsewhere).Select(m => m.Country).Distinct().ToList();
        if (countries.Count != pairs.Count || PeriodTables.Reading(head) is not { } reading || !reading.Indicator.IsFlow)
        {
            yield break;
        }

        var language = LanguagePacks.Detect(text);
        var periods = Spans(text, report, language);
        if (periods.Count == 0 && sentence.Previous is { } previous)
        {
            periods = Spans(previous, report, language);
        }

        if (periods.Count != 2)
        {
            yield break;
        }

        for (var i = 0; i < pairs.Count; i++)
        {
            foreach (var (number, period) in new[] { (pairs[i].Earlier, periods[0]), (pairs[i].Later, periods[1]) })
            {
                if (PeriodChooser.Map(reading.Indicator.Kind, period, report) is not { } mapped)
                {
                    continue;
                }

                yield return ReadingFigures.At(reading, mapped, number, sentence, Rule, 0.85, "a pair of values compared per place: ") with { Country = countries[i] };
            }
        }
    }

    /// <summary>The two periods a text names, earlier first, or none when it names another number of them.</summary>
    private static List<PeriodMention> Spans(string text, ReportPeriod report, LanguagePack? language)
    {
        var found = PeriodReader.Read(FoldedText.Fold(text).Text, report, language)
            .Where(p => p.Kind is PeriodKind.Year or PeriodKind.Month or PeriodKind.Interval)
            .DistinctBy(p => p.Period)
            .OrderBy(p => p.Period, StringComparer.Ordinal)
            .ToList();
        return found.Count == 2 ? found.Select(p => p with { IsComparative = false }).ToList() : [];
    }

    private static Regex Versus => LanguagePacks.AnyWord("versus", @"^\s*(?:", @")\s*$")!;

    private static Regex Joint => LanguagePacks.AnyWord("list-joint", @"^\s*(?:,|;|(?:,\s*)?(?<![\p{L}])(?:", @")(?![\p{L}]))\s*$")!;
}
