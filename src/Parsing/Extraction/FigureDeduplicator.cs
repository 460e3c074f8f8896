using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// A figure stated twice (in a key-figures box and in the text, or again on a later page) is one
/// observation: it is kept where it first appears, and on that page the running-text sentence is the
/// better quote, so it wins over the box.
/// </summary>
internal static class FigureDeduplicator
{
    public static IReadOnlyList<FigureCandidate> Distinct(IEnumerable<FigureCandidate> candidates) =>
        candidates
            .GroupBy(c => (c.Country, c.Site, c.Indicator, c.Measure, c.Period, c.Value, c.Low, c.High))
            .Select(g => g.OrderBy(c => c.Sentence.Page).ThenBy(c => c.Sentence.FromLayout).ThenBy(c => c.Sentence.Line).ThenBy(c => c.Start).First())
            .OrderBy(c => c.Sentence.Page).ThenBy(c => c.Sentence.Line).ThenBy(c => c.Start)
            .ToList();

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
