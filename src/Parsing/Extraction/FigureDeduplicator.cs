using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// A figure stated twice (in a key-figures box and in the text, or again on a later page) is one
/// observation: it is kept where it first appears, and on that page the running-text sentence is the
/// better quote, so it wins over the box.
/// </summary>
internal static class FigureDeduplicator
{
    public static IReadOnlyList<FigureCandidate> Distinct(IEnumerable<FigureCandidate> candidates)
    {
        var distinct = candidates
            .GroupBy(c => (c.Country, c.Site, c.Indicator, c.Measure, c.Period, c.Value, c.Low, c.High))
            .Select(g => g.OrderBy(c => c.Sentence.Page).ThenBy(c => c.Sentence.FromLayout).ThenBy(c => c.Sentence.Line).ThenBy(c => c.Start).First())
            .ToList();
        return distinct
            .Where(c => !distinct.Any(other => Restates(c, other) || EndOf(c, other) || Contradicts(other, c) || RestatedLater(c, other)))
            .OrderBy(c => c.Sentence.Page).ThenBy(c => c.Sentence.Line).ThenBy(c => c.Start)
            .ToList();
    }

    /// <summary>
    /// A round figure that restates an exact one of the same count ("more than 22 thousand" in a headline beside
    /// 22,111 in the text, counted from the same start): the exact one is the figure.
    /// </summary>
    private static bool Restates(FigureCandidate round, FigureCandidate exact)
    {
        if (round.Value is not { } value || exact.Value is not { } other || value == other || value < 100
            || round.Country != exact.Country || round.Site != exact.Site || !SameCount(round, exact, value, other)
            || !SameStart(round, exact))
        {
            return false;
        }

        var unit = 1L;
        while (value % (unit * 10) == 0)
        {
            unit *= 10;
        }

        return unit >= 100 && other % unit != 0 && Math.Abs(other - value) < unit;
    }

    /// <summary>
    /// The same count, or a round whole said of a part and smaller than it ("6.000 migranata" in BiH in a headline, beside
    /// 6.002 in the centres in the text): a whole cannot be smaller than its part, so the round one restates the exact one.
    /// </summary>
    private static bool SameCount(FigureCandidate round, FigureCandidate exact, long value, long other) =>
        round.Indicator == exact.Indicator
        || (value < other && Indicator.TryParse(round.Indicator, out var whole) && Indicator.TryParse(exact.Indicator, out var part) && whole.Includes(part));

    /// <summary>
    /// A single value that is one end of a range of the same count and period ("4,500" read from a key-figure box
    /// whose other end the flattening moved away, beside "4,500 to 5,000" in the text): the range is the figure.
    /// </summary>
    private static bool EndOf(FigureCandidate single, FigureCandidate range) =>
        single.Value is { } value && range.Value is null && range.Low is { } low && range.High is { } high && (value == low || value == high)
        && single.Country == range.Country && single.Site == range.Site && single.Indicator == range.Indicator
        && single.Measure == range.Measure && single.Period == range.Period;

    /// <summary>
    /// A key-figure box's number that the running text states too but reads otherwise ("7,520 | 173 | 3,825" over labels in
    /// another order, and "the region saw 7,520 new arrivals in July" below): the box's pairing of numbers with labels was a
    /// guess the text refutes, and the sentence is the figure.
    /// </summary>
    private static bool Contradicts(FigureCandidate prose, FigureCandidate box) =>
        box.Value is >= MinimumTellingValue and var value && prose.Value == value && IsBox(box) && IsProse(prose)
        && prose.Country == box.Country && prose.Site == box.Site
        && (prose.Indicator != box.Indicator || prose.Measure != box.Measure || prose.Period != box.Period);

    /// <summary>
    /// The same stock of the same count on two days close together ("близу 450 изван центара" in a headline dated by its
    /// page, and "450 … as of Sunday, 28 October" in the text): one count, restated later; it is the earlier day's.
    /// </summary>
    private static bool RestatedLater(FigureCandidate later, FigureCandidate earlier) =>
        later.Value is >= MinimumTellingValue and var value && earlier.Value == value
        && later.Measure == Measures.Stock && earlier.Measure == Measures.Stock && later.Period.Length == 10 && earlier.Period.Length == 10
        && later.Country == earlier.Country && later.Site == earlier.Site && later.Indicator == earlier.Indicator
        && PeriodText.ParseDay(later.Period).DayNumber - PeriodText.ParseDay(earlier.Period).DayNumber is > 0 and <= MaxRestatementDays;

    private const int MaxRestatementDays = 14;

    // Small numbers recur by chance (19 applications and 19 decisions); a box's totals rarely do.
    private const long MinimumTellingValue = 100;

    private static bool IsBox(FigureCandidate candidate) =>
        candidate.Rule.StartsWith("box-row/", StringComparison.Ordinal)
        || (candidate.Sentence.FromLayout && !candidate.Rule.Contains("-table/", StringComparison.Ordinal) && !candidate.Rule.StartsWith("year-list/", StringComparison.Ordinal));

    private static bool IsProse(FigureCandidate candidate) => !IsBox(candidate) && !candidate.Sentence.FromLayout;

    /// <summary>
    /// Counted from the same day: the same stock, or flows that start together ("over 500 in 2018" in a headline, and
    /// "501 from 1 January to 12 December 2018" in the text).
    /// </summary>
    private static bool SameStart(FigureCandidate a, FigureCandidate b)
    {
        if (a.Measure == b.Measure && a.Period == b.Period)
        {
            return true;
        }

        return a.Measure != Measures.Stock && b.Measure != Measures.Stock
            && (a.Measure == b.Measure || a.Measure == Measures.Year || b.Measure == Measures.Year)
            && Period.TryParse(a.Measure, a.Period, out var first) && Period.TryParse(b.Measure, b.Period, out var second)
            && first.First == second.First
            && (first == second || (first.Measure == second.Measure ? first.Measure == PeriodMeasure.Cumulative : NearlyTheYear(first, second)));
    }

    /// <summary>A year said of a count that runs from 1 January to its last weeks: a count to March is not the year's.</summary>
    private static bool NearlyTheYear(Period a, Period b) =>
        (a.Measure == PeriodMeasure.Year ? b : a) is { Measure: PeriodMeasure.Cumulative } span && span.Last.Month >= YearsLastWeeks && span.Last.Year == span.First.Year;

    private const int YearsLastWeeks = 11;

    public static Figure ToFigure(FigureCandidate candidate) => new()
    {
        Country = candidate.Country ?? throw new InvalidOperationException("A figure without a country reached the output."),
        Site = candidate.Site,
        Indicator = candidate.Indicator,
        Measure = candidate.Measure,
        Period = candidate.Period,
        Value = candidate.Value,
        Low = candidate.Low,
        High = candidate.High,
        Approximate = candidate.Approximate,
        Page = candidate.Sentence.Page,
        Quote = Quote.Around(candidate.Sentence.Text, candidate.Start, candidate.Length),
        Confidence = Math.Round(candidate.Confidence, 2),
    };
}
