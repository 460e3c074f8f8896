using System.Text.Json.Serialization;
using MigrationFeeds.Parsing.Language.Periods;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Pipeline.Query;

public sealed record PointHistory
{
    /// <summary>Written as its code, <c>arrivals</c>.</summary>
    [JsonConverter(typeof(IndicatorJsonConverter))]
    public required Indicator Indicator { get; init; }

    /// <summary>Written as its code, <c>BIH</c> or <c>WB6</c>.</summary>
    [JsonConverter(typeof(CountryCodeJsonConverter))]
    public required CountryCode Country { get; init; }

    /// <summary>The point's month, written <c>2022-10</c>.</summary>
    [JsonConverter(typeof(MonthPeriodJsonConverter))]
    public required Period Period { get; init; }

    /// <summary>The value served today for this point, if any.</summary>
    public SeriesPoint? Current { get; init; }

    /// <summary>Every value every document gave for this month, in publication order.</summary>
    public required IReadOnlyList<Provenance> History { get; init; }
}

/// <summary>The story of one point: each document that stated it, what it said, and when.</summary>
public sealed class PointHistoryQuery(ObservationStore observations, SeriesQuery series)
{
    public async Task<PointHistory> GetAsync(SeriesKey key, YearMonth point, CancellationToken cancellationToken)
    {
        var request = new SeriesRequest { Indicator = key.Indicator, Countries = [key.Country], From = point, To = point };
        var current = (await series.GetAsync(request, cancellationToken).ConfigureAwait(false)).Points.FirstOrDefault();
        var history = new List<Observation>();
        var countries = key.Country.IsRegion && key.Indicator != Indicator.OccupancyRate ? [.. CountryCode.Six, CountryCode.Region] : new[] { key.Country };
        foreach (var c in countries)
        {
            foreach (var o in await observations.ReadAllAsync(c, key.Indicator, cancellationToken).ConfigureAwait(false))
            {
                if (o.Figure.Site is null && States(o, point))
                {
                    history.Add(o);
                }
            }
        }

        return new PointHistory
        {
            Indicator = key.Indicator,
            Country = key.Country,
            Period = Period.Month(point.Year, point.Month),
            Current = current,
            History = [.. history
                .OrderBy(SeriesBuilder.KnownOn)
                .ThenBy(o => o.Provenance.RetrievedAt)
                .ThenBy(o => o.Figure.Country, StringComparer.Ordinal)
                .ThenBy(o => o.Figure.Period, StringComparer.Ordinal)
                .Select(Provenance.Of)],
        };
    }

    /// <summary>A figure bears on a month when it is that month's flow or stock, or a cumulative total ending in it.</summary>
    private static bool States(Observation o, YearMonth month) => o.Period switch
    {
        { Measure: PeriodMeasure.Month } p => YearMonth.From(p.First) == month,
        { Measure: PeriodMeasure.Stock or PeriodMeasure.Cumulative } p => YearMonth.From(p.Last) == month,
        _ => false,
    };
}
