using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Storage;
using Microsoft.Extensions.Options;

namespace MigrationFeeds.Pipeline.Series;

/// <summary>
/// Recomputes the materialised series of the country and indicator partitions an ingest changed, and counts each
/// partition it rewrote in <see cref="SeriesVersions"/> for whoever keeps them in memory.
/// </summary>
public sealed class SeriesMaterializer(SeriesComputer computer, SeriesStore series, SeriesVersions versions, IOptions<SeriesOptions> options)
{
    /// <returns>Series rows written or deleted.</returns>
    public async Task<int> RefreshAsync(IEnumerable<(string Country, string Indicator)> changed, CancellationToken cancellationToken)
    {
        // A bound check flags one indicator's points against another's: when the other changes, they are checked again.
        var checks = options.Value.ChecksEnabled;
        var partitions = changed.SelectMany(c => (checks ? SeriesChecks.CheckedAgainst(c.Indicator) : []).Select(i => (c.Country, Indicator: i)).Prepend(c)).Distinct().ToList();
        var occupancy = partitions.Where(p => p.Indicator is Indicators.Accommodated or Indicators.Capacity).Select(p => p.Country).Distinct().ToList();
        var built = await computer.ComputeAllAsync(
            [.. partitions.Concat(occupancy.SelectMany(c => new[] { (c, Indicators.Accommodated), (c, Indicators.Capacity) })).Distinct()],
            cancellationToken).ConfigureAwait(false);

        var written = 0;
        foreach (var (country, indicator) in partitions)
        {
            written += await ReplaceAsync(country, indicator, built[(country, indicator)], cancellationToken).ConfigureAwait(false);
        }

        foreach (var country in occupancy)
        {
            var accommodated = built[(country, Indicators.Accommodated)];
            var capacity = built[(country, Indicators.Capacity)];
            var bySource = new SortedDictionary<string, IReadOnlyList<SeriesPoint>>(StringComparer.Ordinal);
            foreach (var source in accommodated.BySource.Keys.Union(capacity.BySource.Keys))
            {
                var rate = DerivedSeries.Occupancy(accommodated.BySource.GetValueOrDefault(source, []), capacity.BySource.GetValueOrDefault(source, []));
                if (rate.Count > 0)
                {
                    bySource[source] = rate;
                }
            }

            var rates = new PartitionSeries { Points = DerivedSeries.Occupancy(accommodated.Points, capacity.Points), BySource = bySource };
            written += await ReplaceAsync(country, Indicators.OccupancyRate, rates, cancellationToken).ConfigureAwait(false);
        }

        if (written > 0)
        {
            // Last, so a process that reads this version also reads every row written before it.
            await series.WriteVersionAsync(cancellationToken).ConfigureAwait(false);
        }

        return written;
    }

    private async Task<int> ReplaceAsync(string country, string indicator, PartitionSeries built, CancellationToken cancellationToken)
    {
        var written = await series.ReplaceAsync(country, indicator, built.Points, cancellationToken).ConfigureAwait(false)
                      + await series.ReplaceBySourceAsync(country, indicator, built.BySource, cancellationToken).ConfigureAwait(false);
        if (written > 0)
        {
            versions.Rewritten(TableKeys.SeriesPartition(country, indicator));
        }

        return written;
    }
}
