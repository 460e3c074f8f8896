using System.Text.Json.Serialization;
using MigrationFeeds.Parsing.Language.Periods;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Storage;
using Microsoft.Extensions.Options;

namespace MigrationFeeds.Pipeline.Review;

/// <summary>One figure that needs a person: why, where it stands, and what the other figures say.</summary>
public sealed record ReviewItem
{
    /// <summary>The figure's stable identity, to post a decision to.</summary>
    public required string Id { get; init; }

    /// <summary>Written as its code, <c>BIH</c> or <c>WB6</c>.</summary>
    [JsonConverter(typeof(CountryCodeJsonConverter))]
    public required CountryCode Country { get; init; }

    public string? Site { get; init; }

    /// <summary>Written as its code, <c>arrivals</c>.</summary>
    [JsonConverter(typeof(IndicatorJsonConverter))]
    public required Indicator Indicator { get; init; }

    /// <summary>The month of the series point the figure stands for (or, for a figure left out of the series, its own month).</summary>
    public required string Month { get; init; }

    /// <summary>Flag codes, <c>low_confidence</c> for a figure below the confidence floor; the first is the weightiest.</summary>
    public required IReadOnlyList<string> Reasons { get; init; }

    /// <summary>Higher first: the sum of the reasons' weights (docs/series.md).</summary>
    public required int Priority { get; init; }

    /// <summary>The figure as read: document, page, quote, value.</summary>
    public required Provenance Figure { get; init; }

    /// <summary>The document at the figure's page.</summary>
    public required string Link { get; init; }

    public IReadOnlyList<SeriesFlag> Flags { get; init; } = [];

    /// <summary>Other sources' values for the same point.</summary>
    public IReadOnlyList<AlternativeValue> Alternatives { get; init; } = [];
}

public sealed record ReviewList
{
    public required int Total { get; init; }
    public required IReadOnlyList<ReviewItem> Items { get; init; }

    /// <summary>Decisions whose figure no stored document states any more (after a reparse or a document's change), kept and listed.</summary>
    public required IReadOnlyList<ReviewDecision> Orphaned { get; init; }
}

/// <summary>
/// What needs a person, most important first: figures whose point failed a check or disagrees with another source,
/// and figures read with too little confidence to enter a series. Figures with a decision in force are settled.
/// </summary>
public sealed class ReviewQuery(ObservationStore observations, SeriesStore series, ReviewStore reviews, IOptions<SeriesOptions> options)
{
    public const string LowConfidence = "low_confidence";

    /// <summary>How much each reason weighs: a broken bound or sum is likelier a misreading than a revision.</summary>
    public static IReadOnlyDictionary<string, int> Weights { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        [SeriesChecks.Negative] = 8,
        [SeriesChecks.CumulativeMonth] = 6,
        [SeriesChecks.YearMonths] = 6,
        [SeriesChecks.UascAboveArrivals] = 6,
        [SeriesChecks.Outlier] = 5,
        [SeriesChecks.AboveCapacity] = 3,
        [SeriesChecks.Conflict] = 3,
        [SeriesChecks.Revision] = 2,
        [LowConfidence] = 1,
    };

    public async Task<ReviewList> ListAsync(int limit, CancellationToken cancellationToken)
    {
        var decisions = ReviewDecisions.Current(await reviews.ReadAllAsync(cancellationToken).ConfigureAwait(false));
        var known = new HashSet<string>(StringComparer.Ordinal);
        var items = new List<ReviewItem>();
        foreach (var country in CountryCode.Six.Append(CountryCode.Region))
        {
            foreach (var indicator in Indicator.All.Where(i => i.Kind != IndicatorKind.Derived))
            {
                var rows = await observations.ReadAllAsync(country, indicator, cancellationToken).ConfigureAwait(false);
                known.UnionWith(rows.Select(FigureIdentity.Of));
                var key = new SeriesKey(country, indicator);
                var points = await series.ReadCountryAsync(key, cancellationToken).ConfigureAwait(false);
                items.AddRange(Flagged(indicator, points).Concat(Unsure(key, rows, points)).Where(i => !decisions.ContainsKey(i.Id)));
            }
        }

        var ordered = items
            .GroupBy(i => i.Id, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(i => i.Priority).First())
            .OrderByDescending(i => i.Priority)
            .ThenByDescending(i => Math.Abs(i.Figure.Value ?? i.Figure.High ?? 0))
            .ThenByDescending(i => i.Month, StringComparer.Ordinal)
            .ThenBy(i => i.Id, StringComparer.Ordinal)
            .ToList();
        return new ReviewList
        {
            Total = ordered.Count,
            Items = [.. ordered.Take(limit)],
            Orphaned = [.. decisions.Values.Where(d => !known.Contains(d.Id)).OrderBy(d => d.DecidedAt)],
        };
    }

    /// <summary>A point that failed a check: the figure it was read from (for a derived point, the latest figure behind it).</summary>
    private static IEnumerable<ReviewItem> Flagged(Indicator indicator, IReadOnlyList<SeriesPoint> points)
    {
        foreach (var p in points.Where(p => p.Flags.Count > 0))
        {
            var figure = p.Provenance ?? p.Inputs.LastOrDefault();
            if (figure is null)
            {
                continue;
            }

            var reasons = p.Flags.Select(f => f.Code).Distinct(StringComparer.Ordinal).OrderByDescending(Weight).ToList();
            yield return Item(indicator, p.Country, p.Site, p.Period.ToString(), figure, figure.Period?.ToString() ?? "", reasons) with { Flags = p.Flags, Alternatives = p.Alternatives };
        }
    }

    /// <summary>
    /// Figures below the confidence floor, which no series uses until a person confirms or corrects them. The rows are
    /// the partition's, so each figure's country and indicator are the partition's.
    /// </summary>
    private IEnumerable<ReviewItem> Unsure(SeriesKey partition, IReadOnlyList<Observation> rows, IReadOnlyList<SeriesPoint> points)
    {
        var floor = options.Value.ConfidenceFloor;
        var byMonth = points.Where(p => p.Site is null).ToDictionary(p => p.Month);
        foreach (var o in rows.Where(o => o.Provenance.Confidence < floor))
        {
            var month = MonthOf(o);
            var point = o.Figure.Site is null && o.Period is { Measure: not PeriodMeasure.Year } period ? byMonth.GetValueOrDefault(YearMonth.From(period.Last)) : null;
            var served = point is null ? [] : new[] { new AlternativeValue { Source = point.Source, Value = point.Value, Low = point.Low, High = point.High, Approximate = point.Approximate, Derived = point.Derived, Provenance = point.Provenance is { } pr ? [pr] : point.Inputs } };
            yield return Item(partition.Indicator, partition.Country, o.Figure.Site, month, Provenance.Of(o), o.Figure.Period, [LowConfidence]) with { Alternatives = served };
        }
    }

    /// <summary>An item citing <paramref name="figure"/>, known by the period as its document states it (<paramref name="period"/>, the text its identity hashes).</summary>
    private static ReviewItem Item(Indicator indicator, CountryCode country, string? site, string month, Provenance figure, string period, IReadOnlyList<string> reasons) => new()
    {
        Id = FigureIdentity.Of(figure.DocumentSha256, country.Code, site, indicator.Code, figure.Measure!, period),
        Country = country,
        Site = site,
        Indicator = indicator,
        Month = month,
        Reasons = reasons,
        Priority = reasons.Sum(Weight),
        Figure = figure,
        Link = figure.DocumentUrl + "#page=" + figure.Page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>A figure's own month: a date's, an interval's end, or a year as it stands (and a period of no known form too).</summary>
    private static string MonthOf(Observation o) => o.Period switch
    {
        { Measure: PeriodMeasure.Year } year => year.ToString(),
        { } period => PeriodText.Month(period.Last),
        null => o.Figure.Period,
    };

    private static int Weight(string reason) => Weights.GetValueOrDefault(reason, 1);
}
