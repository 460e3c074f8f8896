using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Storage;
using Microsoft.Extensions.Options;

namespace MigrationFeeds.Pipeline.Series;

/// <summary>
/// Recomputes the materialised series of the country and indicator partitions an ingest changed, and counts each
/// rewrite in <see cref="SeriesVersions"/> for whoever keeps what it built from them.
/// </summary>
public sealed class SeriesMaterializer(SeriesComputer computer, SeriesStore series, SeriesVersions versions, IOptions<SeriesOptions> options)
{
    /// <returns>Series rows written or deleted.</returns>
    public async Task<int> RefreshAsync(IEnumerable<SeriesKey> changed, CancellationToken cancellationToken)
    {
        // A bound check flags one indicator's points against another's: when the other changes, they are checked again.
        var checks = options.Value.ChecksEnabled;
        var partitions = changed.SelectMany(c => (checks ? SeriesChecks.CheckedAgainst(c.Indicator) : []).Select(c.With).Prepend(c)).Distinct().ToList();
        var occupancy = partitions.Where(p => p.Indicator == Indicator.Accommodated || p.Indicator == Indicator.Capacity).Select(p => p.Country).Distinct().ToList();
        var built = await computer.ComputeAllAsync(
            [.. partitions.Concat(occupancy.SelectMany(c => new[] { new SeriesKey(c, Indicator.Accommodated), new SeriesKey(c, Indicator.Capacity) })).Distinct()],
            cancellationToken).ConfigureAwait(false);

        var written = 0;
        foreach (var partition in partitions)
        {
            written += await ReplaceAsync(partition, built[partition], cancellationToken).ConfigureAwait(false);
        }

        foreach (var country in occupancy)
        {
            var accommodated = built[new(country, Indicator.Accommodated)];
            var capacity = built[new(country, Indicator.Capacity)];
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
            written += await ReplaceAsync(new(country, Indicator.OccupancyRate), rates, cancellationToken).ConfigureAwait(false);
        }

        if (written > 0)
        {
            // Last, so a process that reads this version also reads every row written before it.
            await series.WriteVersionAsync(cancellationToken).ConfigureAwait(false);
        }

        return written;
    }

    private async Task<int> ReplaceAsync(SeriesKey key, PartitionSeries built, CancellationToken cancellationToken)
    {
        var written = await series.ReplaceAsync(key, built.Points, cancellationToken).ConfigureAwait(false)
                      + await series.ReplaceBySourceAsync(key, built.BySource, cancellationToken).ConfigureAwait(false);
        if (written > 0)
        {
            versions.Rewritten();
        }

        return written;
    }
}
