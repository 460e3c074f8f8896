using System.Globalization;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Pipeline.Query;

/// <summary>Monthly series from stored observations: flows from monthly figures, stocks at month end.</summary>
public sealed class SeriesQuery(ObservationStore store)
{
    private static readonly HashSet<string> Stocks = new(StringComparer.Ordinal)
    {
        Indicators.Accommodated, Indicators.UascPresent, Indicators.Capacity,
        Indicators.PresentTotal, Indicators.OutsideAccommodation,
    };

    public static string MeasureOf(string indicator) => Stocks.Contains(indicator) ? Measures.Stock : Measures.Month;

    public async Task<SeriesResult> GetAsync(SeriesRequest request, CancellationToken cancellationToken)
    {
        var measure = MeasureOf(request.Indicator);
        var rows = await store.ReadAsync(request.Country, request.Indicator, request.From, request.To, cancellationToken).ConfigureAwait(false);
        var points = rows
            .Where(o => o.Figure.Site is null && o.Figure.Measure == measure)
            .GroupBy(o => o.Figure.Period[..7], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => ToPoint(g.Key, Latest(g)))
            .ToList();
        return new SeriesResult
        {
            Indicator = request.Indicator,
            Country = request.Country,
            Measure = measure,
            From = request.From,
            To = request.To,
            Points = points,
        };
    }

    /// <summary>
    /// The value a reader would cite today: the latest-dated stock within the month, and of several
    /// documents the most recently published (a later report revises an earlier one).
    /// </summary>
    private static Observation Latest(IEnumerable<Observation> candidates) =>
        candidates
            .OrderByDescending(o => o.Figure.Period, StringComparer.Ordinal)
            .ThenByDescending(o => o.Published ?? DateOnly.MinValue)
            .ThenByDescending(o => o.RetrievedAt)
            .ThenBy(o => o.DocumentSha256, StringComparer.Ordinal)
            .First();

    private static SeriesPoint ToPoint(string month, Observation o) => new()
    {
        Period = month,
        Value = o.Figure.Value,
        Low = o.Figure.Low,
        High = o.Figure.High,
        Approximate = o.Figure.Approximate,
        Source = o.SourceId,
        Provenance = new Provenance
        {
            DocumentUrl = o.DocumentUrl.AbsoluteUri,
            DocumentSha256 = o.DocumentSha256,
            Page = o.Figure.Page,
            Quote = o.Figure.Quote,
            Published = o.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            RetrievedAt = o.RetrievedAt,
            ParserVersion = o.ParserVersion,
        },
    };
}
