using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Storage;
using Microsoft.Extensions.Options;

namespace MigrationFeeds.Pipeline.Series;

/// <summary>Recomputes the materialised series of the country and indicator partitions an ingest changed.</summary>
public sealed class SeriesMaterializer(ObservationStore observations, SeriesStore series, SeriesCache cache, SourcePrecedence precedence, IOptions<SeriesOptions> options)
{
    /// <returns>Series rows written or deleted.</returns>
    public async Task<int> RefreshAsync(IEnumerable<(string Country, string Indicator)> changed, CancellationToken cancellationToken)
    {
        var written = 0;
        var occupancy = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (country, indicator) in changed.Distinct())
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

    private async Task<IReadOnlyList<SeriesPoint>> ComputeAsync(string country, string indicator, CancellationToken cancellationToken)
    {
        var rows = await observations.ReadAllAsync(country, indicator, cancellationToken).ConfigureAwait(false);
        return SeriesBuilder.Build(country, indicator, rows, asOf: null, precedence.For(country, indicator), options.Value.ConflictTolerance, options.Value.ConfidenceFloor);
    }
}
