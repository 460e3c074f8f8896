using System.Globalization;
using System.Text.Json.Serialization;
using Azure.Data.Tables;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Pipeline.Query;

/// <summary>How much one country (or the region) holds: stored observations, from how many sources, over which months.</summary>
public sealed record CountryCoverage
{
    /// <summary>Written as its code, <c>BIH</c> or <c>WB6</c>.</summary>
    [JsonConverter(typeof(CountryCodeJsonConverter))]
    public required CountryCode Country { get; init; }
    public required int Observations { get; init; }
    public required IReadOnlyList<string> Sources { get; init; }
    public required int Indicators { get; init; }
    public required string FirstPeriod { get; init; }
    public required string LatestPeriod { get; init; }
}

/// <summary>What one source states for one country (or the region) and indicator: from when to when, and how much.</summary>
public sealed record SeriesCoverage
{
    /// <summary>Written as its code, <c>BIH</c> or <c>WB6</c>.</summary>
    [JsonConverter(typeof(CountryCodeJsonConverter))]
    public required CountryCode Country { get; init; }

    /// <summary>Written as its code, <c>arrivals</c>.</summary>
    [JsonConverter(typeof(IndicatorJsonConverter))]
    public required Indicator Indicator { get; init; }
    public required string Source { get; init; }

    /// <summary>The start of the earliest period stated (a month, a day or a year).</summary>
    public required string FirstPeriod { get; init; }

    /// <summary>The end of the latest period stated.</summary>
    public required string LastPeriod { get; init; }

    /// <summary>Distinct periods stated (of the country itself or its sites): the points a series of this source can have at most.</summary>
    public required int Points { get; init; }

    /// <summary>Stored observations, every document's statement of every period counted.</summary>
    public required int Observations { get; init; }
}

/// <summary>
/// What the observations table holds, in one pass over it: per country, the figure operators look at after a run to
/// see that every country is fed, and by more than one source; per country, indicator and source, what an analyst can
/// ask for.
/// </summary>
public sealed class CoverageQuery(StorageClients storage)
{
    private static readonly string[] Columns = ["Country", "Indicator", "SourceId", "Measure", "Period"];

    public async Task<IReadOnlyList<CountryCoverage>> GetAsync(CancellationToken cancellationToken)
    {
        var series = await GetSeriesAsync(cancellationToken).ConfigureAwait(false);
        return [.. series.GroupBy(s => s.Country).Select(g => new CountryCoverage
        {
            Country = g.Key,
            Observations = g.Sum(s => s.Observations),
            Sources = [.. g.Select(s => s.Source).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            Indicators = g.Select(s => s.Indicator).Distinct().Count(),
            FirstPeriod = g.Select(s => s.FirstPeriod).Min(StringComparer.Ordinal)!,
            LatestPeriod = g.Select(s => s.LastPeriod).Max(StringComparer.Ordinal)!,
        })];
    }

    /// <summary>One entry per country, indicator and source, in that order.</summary>
    public Task<IReadOnlyList<SeriesCoverage>> GetSeriesAsync(CancellationToken cancellationToken) =>
        storage.UseAsync<IReadOnlyList<SeriesCoverage>>(async () =>
        {
            var tallies = new Dictionary<(SeriesKey Series, string Source), Tally>();
            await foreach (var e in storage.Observations.QueryAsync<TableEntity>(select: Columns, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                // As in a series: a figure of a code not of the vocabulary, or whose period is none of its measure's forms, is not counted.
                if (SeriesKey.Parse(e.GetString("Country"), e.GetString("Indicator")) is not { } series
                    || !Period.TryParse(e.GetString("Measure"), e.GetString("Period"), out var period))
                {
                    continue;
                }

                var key = (series, e.GetString("SourceId") ?? "");
                if (!tallies.TryGetValue(key, out var tally))
                {
                    tallies[key] = tally = new Tally();
                }

                tally.Add(period);
            }

            return [.. tallies
                .OrderBy(p => p.Key.Series.Country.Code, StringComparer.Ordinal)
                .ThenBy(p => p.Key.Series.Indicator.Code, StringComparer.Ordinal)
                .ThenBy(p => p.Key.Source, StringComparer.Ordinal)
                .Select(p => p.Value.ToCoverage(p.Key.Series, p.Key.Source))];
        }, cancellationToken);

    private sealed class Tally
    {
        private static string Written(Period period, DateOnly day) =>
            period.InDays ? PeriodText.Day(day)
            : period.Measure == PeriodMeasure.Year ? day.Year.ToString("D4", CultureInfo.InvariantCulture)
            : PeriodText.Month(day);

        private readonly HashSet<string> _periods = new(StringComparer.Ordinal);
        private int _observations;
        private string? _first;
        private string? _last;

        public void Add(Period period)
        {
            _observations++;
            _periods.Add(period.ToString());

            // Its start orders a period, its end dates it; each is written as the period is, as a year, a month or a day.
            var start = Written(period, period.First);
            var end = Written(period, period.Last);
            _first = _first is null || string.CompareOrdinal(start, _first) < 0 ? start : _first;
            _last = _last is null || string.CompareOrdinal(end, _last) > 0 ? end : _last;
        }

        public SeriesCoverage ToCoverage(SeriesKey series, string source) => new()
        {
            Country = series.Country,
            Indicator = series.Indicator,
            Source = source,
            FirstPeriod = _first!,
            LastPeriod = _last!,
            Points = _periods.Count,
            Observations = _observations,
        };
    }
}
