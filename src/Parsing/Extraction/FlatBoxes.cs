using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Extraction.Labels;
using MigrationFeeds.Parsing.Language.Numbers;
using MigrationFeeds.Parsing.Language.Packs;
using MigrationFeeds.Parsing.Language.Periods;
using MigrationFeeds.Parsing.Language.Text;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// Key-figure boxes as text taken from a PDF or a page gives them, their numbers apart from their labels:
/// <list type="bullet">
/// <item>a row of numbers, then a row of labels that each open with "# of", "Number of", "Broj" ("1108 14583 16144 # of
/// Arrivals # of Attestations on Intention to Seek Asylum # of Asylum Applications"): each label is read with the
/// lexicon, and where the labels' indicators have an order (arrivals ≥ intentions ≥ applications, indicators.txt) the
/// numbers are given to them largest first, whatever order the text stream put them in; else in the order written;</item>
/// <item>an estimated range printed as two bare numbers before its label ("4,000 4,400 Estimated number of refugees …"):
/// one range;</item>
/// <item>a chart's series, four numbers or more in a row with nothing between them: no figures.</item>
/// </list>
/// </summary>
internal static class FlatBoxes
{
    private const int MinimumChartRun = 4;

    /// <summary>The numbers of a chart's series in the sentence: runs of four or more numbers with only spaces between them.</summary>
    public static IReadOnlySet<NumberMention> ChartValues(string text, IReadOnlyList<NumberMention> numbers) =>
        Runs(text, numbers).Where(r => r.Count >= MinimumChartRun).SelectMany(r => r).ToHashSet();

    /// <summary>
    /// The numbers of a box flattened with a column per period ("… registration 784 6,288 Intention to seek asylum 22,130
    /// 27,674 … Arrival to BiH 24,067 29,196", its legend of years on another line): two or more runs of two or three bare
    /// numbers in one sentence. Which number is whose, and of which period, the text no longer says, so none is read.
    /// </summary>
    public static IReadOnlySet<NumberMention> ColumnValues(string text, IReadOnlyList<NumberMention> numbers) =>
        Runs(text, numbers).Count(r => r.Count is >= 2 and < MinimumChartRun) >= 2 ? numbers.ToHashSet() : new HashSet<NumberMention>();

    /// <summary>The numbers in runs with only spaces between them, in order.</summary>
    private static List<List<NumberMention>> Runs(string text, IReadOnlyList<NumberMention> numbers)
    {
        var runs = new List<List<NumberMention>>();
        foreach (var number in numbers.OrderBy(n => n.Start))
        {
            if (runs.Count > 0 && Bare(text.AsSpan(runs[^1][^1].End, number.Start - runs[^1][^1].End)))
            {
                runs[^1].Add(number);
            }
            else
            {
                runs.Add([number]);
            }
        }

        return runs;
    }

    /// <summary>
    /// Two bare numbers right before an estimate's words are its range: "4,000 4,400 Estimated number of …".
    /// Returns the numbers with such pairs made one range.
    /// </summary>
    public static List<NumberMention> Ranges(string text, List<NumberMention> numbers, IReadOnlyList<ConceptTag> tags)
    {
        var result = new List<NumberMention>();
        for (var i = 0; i < numbers.Count; i++)
        {
            var a = numbers[i];
            if (i + 1 < numbers.Count && numbers[i + 1] is var b && a.Value is { } low && b.Value is { } high && low < high
                && Bare(text.AsSpan(a.End, b.Start - a.End)) && (i + 2 >= numbers.Count || !Bare(text.AsSpan(b.End, numbers[i + 2].Start - b.End)))
                && EstimateAfter(text, b.End, tags))
            {
                result.Add(new NumberMention { Start = a.Start, Length = b.End - a.Start, Low = low, High = high, Approximate = true });
                i++;
                continue;
            }

            result.Add(a);
        }

        return result;
    }

    /// <summary>Whether an estimate's words follow right after a position ("Estimated number of …", "est.").</summary>
    private static bool EstimateAfter(string text, int position, IReadOnlyList<ConceptTag> tags)
    {
        var next = tags.FirstOrDefault(t => t.Start >= position);
        if (next.Concept is null || next.Start - position > 3)
        {
            return false;
        }

        return next.Concept == "estimate" || EstimateWords.Any(p => p.Pattern.Match(text, next.Start, next.End - next.Start).Success);
    }

    private static readonly IReadOnlyList<ConceptPattern> EstimateWords = LanguagePacks.Concept("estimate");

    /// <summary>The figures of a row of numbers followed by a row of labels; the numbers it used are added to <paramref name="used"/>.</summary>
    public static IEnumerable<FigureCandidate> LabelRows(
        Sentence sentence, IReadOnlyList<NumberMention> numbers, IReadOnlyList<ConceptTag> tags, IReadOnlyList<PeriodMention> periods,
        ReportPeriod report, IReadOnlyList<LanguagePack> packs, ISet<NumberMention> used)
    {
        var text = sentence.Text;
        var leads = packs.Select(p => p.WordRegex("label-lead", @"(?<![\p{L}])(?:", @")(?![\p{L}])")).OfType<Regex>()
            .SelectMany(r => r.Matches(text)).OrderBy(m => m.Index).ToList();
        if (leads.Count < 2)
        {
            yield break;
        }

        // The labels: from each lead to the next lead or number.
        var labels = new List<(int Start, int End)>();
        for (var i = 0; i < leads.Count; i++)
        {
            var end = i + 1 < leads.Count ? leads[i + 1].Index : text.Length;
            var next = numbers.FirstOrDefault(n => n.Start > leads[i].Index && n.Start < end);
            labels.Add((leads[i].Index, next?.Start ?? end));
        }

        // The numbers: the run of bare numbers nearest before the first label.
        var before = numbers.Where(n => n.End <= leads[0].Index).OrderByDescending(n => n.Start).ToList();
        var row = new List<NumberMention>();
        foreach (var n in before)
        {
            var gapEnd = row.Count == 0 ? leads[0].Index : row[0].Start;
            if (!Bare(text.AsSpan(n.End, gapEnd - n.End), row.Count == 0))
            {
                break;
            }

            row.Insert(0, n);
        }

        if (row.Count != labels.Count || row.Any(n => n.Value is null))
        {
            yield break;
        }

        var readings = labels.Select(l => Read(text, tags, l)).ToList();
        if (readings.Any(r => r is null) || readings.Select(r => r!.Indicator).Distinct().Count() != readings.Count)
        {
            yield break;
        }

        // Largest first where the indicators have an order; else as written.
        var settings = IndicatorLexicon.Settings;
        var ordered = Enumerable.Range(0, readings.Count).ToList();
        var comparable = readings.All(a => readings.All(b => a == b || settings.AtLeast(a!.Indicator, b!.Indicator) || settings.AtLeast(b!.Indicator, a!.Indicator)));
        var values = row.ToList();
        if (comparable)
        {
            ordered.Sort((x, y) => settings.AtLeast(readings[x]!.Indicator, readings[y]!.Indicator) ? -1 : 1);
            values = [.. row.OrderByDescending(n => n.Value)];
        }

        for (var k = 0; k < ordered.Count; k++)
        {
            var label = labels[ordered[k]];
            var reading = readings[ordered[k]]!;
            var number = comparable ? values[k] : row[ordered[k]];
            // A box's flow is often the year's so far: without a period of its own (its label's, else the box's) it is not
            // taken for the report's month.
            var own = periods.Where(p => !p.IsComparative && p.Start >= label.Start && p.End <= label.End).ToList();
            if (own.Count == 0 && reading.Indicator.IsFlow)
            {
                own = periods.Where(p => !p.IsComparative && p.Kind is PeriodKind.Interval or PeriodKind.Year).Take(1).ToList();
                if (own.Count == 0)
                {
                    continue;
                }
            }

            var period = PeriodChooser.Choose(reading.Indicator.Kind, label.Start, own.Count > 0 ? (own[0].Start, own[0].End) : label, text, own, report);
            if (period is not { } chosen)
            {
                continue;
            }

            used.Add(number);
            yield return new FigureCandidate
            {
                Indicator = reading.Indicator.Code,
                Measure = chosen.Measure,
                Period = chosen.Period,
                Value = number.Value,
                Approximate = number.Approximate || reading.Approximate,
                Sentence = sentence,
                Start = number.Start,
                Length = number.Length,
                Rule = "box-row/" + reading.Indicator.Code,
                Confidence = reading.Confidence * (comparable ? 0.85 : 0.7),
                Explanation = "a key-figure box's number, paired with its label " + (comparable ? "by size" : "in order") + ": " + reading.Explanation,
            };
        }
    }

    private static LabelReading? Read(string text, IReadOnlyList<ConceptTag> tags, (int Start, int End) label)
    {
        // A label says what its number counts by itself: the words of the other labels are not its context.
        var own = tags.Where(t => t.Start >= label.Start && t.End <= label.End).ToList();
        var place = new NumberPlace(label.Start, label.Start, label.Start, label.End, label.Start, label.End);
        return IndicatorClassifier.Classify(text, own, place, null, [], out _);
    }

    /// <summary>Nothing but spaces and the marks boxes print before numbers ("&gt;5,409", "~2,000") between two numbers.</summary>
    private static bool Bare(ReadOnlySpan<char> between, bool beforeLabel = false)
    {
        foreach (var c in between)
        {
            if (!(char.IsWhiteSpace(c) || c is '>' or '<' or '~' or '≈' || (beforeLabel && c is ':' or '|')))
            {
                return false;
            }
        }

        return true;
    }
}
