using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Pipeline.Series;

/// <summary>Recomputes the materialised series of the country and indicator partitions an ingest changed.</summary>
public sealed class SeriesMaterializer(SeriesComputer computer, SeriesStore series, SeriesCache cache)
{
    /// <returns>Series rows written or deleted.</returns>
    public async Task<int> RefreshAsync(IEnumerable<(string Country, string Indicator)> changed, CancellationToken cancellationToken)
    {
        var written = 0;
        var occupancy = new HashSet<string>(StringComparer.Ordinal);
        // A bound check flags one indicator's points against another's: when the other changes, they are checked again.
        var partitions = changed.SelectMany(c => SeriesChecks.CheckedAgainst(c.Indicator).Select(i => (c.Country, i)).Prepend(c)).Distinct();
        foreach (var (country, indicator) in partitions)
        {
            var points = await ComputeAsync(country, indicator, cancellationToken).ConfigureAwait(false);
            written += await ReplaceAsync(country, indicator, points, cancellationToken).ConfigureAwait(false);
            if (indicator is Indicators.Accommodated or Indicators.Capacity)
            {
                occupancy.Add(country);
            }
        }

        foreach (var country in occupancy)
        {
            var rate = DerivedSeries.Occupancy(
                await ComputeAsync(country, Indicators.Accommodated, cancellationToken).ConfigureAwait(false),
                await ComputeAsync(country, Indicators.Capacity, cancellationToken).ConfigureAwait(false));
            written += await ReplaceAsync(country, Indicators.OccupancyRate, rate, cancellationToken).ConfigureAwait(false);
        }

        if (written > 0)
        {
            // Last, so a process that reads this version also reads every row written before it.
            await series.WriteVersionAsync(cancellationToken).ConfigureAwait(false);
        }

        return written;
    }

    private async Task<int> ReplaceAsync(string country, string indicator, IReadOnlyList<SeriesPoint> points, CancellationToken cancellationToken)
    {
        var written = await series.ReplaceAsync(country, indicator, points, cancellationToken).ConfigureAwait(false);
        if (written > 0)
        {
            cache.Invalidate(country, indicator);
        }

        return written;
    }

    private Task<IReadOnlyList<SeriesPoint>> ComputeAsync(string country, string indicator, CancellationToken cancellationToken) =>
        computer.ComputeAsync(country, indicator, asOf: null, source: null, cancellationToken);
}
