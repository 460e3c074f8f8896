using MigrationFeeds.Pipeline.Review;
using MigrationFeeds.Pipeline.Storage;
using Microsoft.Extensions.Options;

namespace MigrationFeeds.Pipeline.Series;

/// <summary>
/// Builds one country's series of one indicator from its stored observations and runs every check on it: those within
/// the series, and the bound against its partner indicator (<see cref="SeriesChecks.PartnerOf"/>). The materializer and
/// the query computed on demand both build through here, so a point is checked, and reviewers' decisions applied to its
/// figures, the same way however it is served.
/// </summary>
public sealed class SeriesComputer(ObservationStore observations, ReviewStore reviews, SourcePrecedence precedence, IOptions<SeriesOptions> options)
{
    /// <param name="asOf">As <see cref="SeriesBuilder.Build"/>: only what was known by then; null for all.</param>
    /// <param name="source">Only this source's observations; null for all.</param>
    public async Task<IReadOnlyList<SeriesPoint>> ComputeAsync(SeriesKey key, DateOnly? asOf, string? source, CancellationToken cancellationToken)
    {
        var inputs = new Dictionary<SeriesKey, SeriesInputs>();
        foreach (var partition in SeriesRefresh.Read([key], options.Value))
        {
            var decisions = await reviews.ReadAsync(partition, cancellationToken).ConfigureAwait(false);
            inputs[partition] = await ReadAsync(partition, decisions, source, cancellationToken).ConfigureAwait(false);
        }

        return SeriesRefresh.Build([key], inputs, precedence, options.Value, asOf)[key];
    }

    /// <summary>
    /// The current series of several partitions, as a refresh stores them: each partition's observations are read once
    /// (a partner read for a bound check is not read again when it is refreshed too), and the decisions table once.
    /// Each partition's series of each source is built from the same reads, as <see cref="ComputeAsync"/> builds it.
    /// </summary>
    public async Task<IReadOnlyDictionary<SeriesKey, PartitionSeries>> ComputeAllAsync(IReadOnlyCollection<SeriesKey> partitions, CancellationToken cancellationToken)
    {
        // The decisions are a person's work, a small table: one query for all of it costs less than one per partition.
        var decisions = (await reviews.ReadAllAsync(cancellationToken).ConfigureAwait(false)).ToLookup(d => new SeriesKey(d.Country, d.Indicator));
        var inputs = new Dictionary<SeriesKey, SeriesInputs>();
        foreach (var partition in SeriesRefresh.Read(partitions, options.Value))
        {
            inputs[partition] = await ReadAsync(partition, decisions[partition], source: null, cancellationToken).ConfigureAwait(false);
        }

        var chosen = SeriesRefresh.Build(partitions, inputs, precedence, options.Value, asOf: null);
        var all = new Dictionary<SeriesKey, PartitionSeries>();
        foreach (var partition in partitions)
        {
            var bySource = new SortedDictionary<string, IReadOnlyList<SeriesPoint>>(StringComparer.Ordinal);
            foreach (var source in inputs[partition].Observations.Select(o => SourceKey(o.Provenance.SourceId)).Distinct())
            {
                var own = SeriesRefresh.Read([partition], options.Value).ToDictionary(p => p, p => inputs[p].Of(source));
                var points = SeriesRefresh.Build([partition], own, precedence, options.Value, asOf: null)[partition];
                if (points.Count > 0)
                {
                    bySource[source] = points;
                }
            }

            all[partition] = new PartitionSeries { Points = chosen[partition], BySource = bySource };
        }

        return all;
    }

    /// <summary>How a source is named in a request and in the stored series of each source: ids match in any case.</summary>
    public static string SourceKey(string sourceId) => sourceId.ToLowerInvariant();

    private async Task<SeriesInputs> ReadAsync(SeriesKey partition, IEnumerable<ReviewDecision> decisions, string? source, CancellationToken cancellationToken)
    {
        var rows = await observations.ReadAllAsync(partition.Country, partition.Indicator, cancellationToken).ConfigureAwait(false);
        if (source is not null)
        {
            rows = [.. rows.Where(o => SourceKey(o.Provenance.SourceId) == SourceKey(source))];
        }

        return new SeriesInputs { Observations = rows, Decisions = ReviewDecisions.Current(decisions) };
    }
}

/// <summary>One partition's series as a refresh stores it: the one chosen across sources, and each source's own.</summary>
public sealed record PartitionSeries
{
    public required IReadOnlyList<SeriesPoint> Points { get; init; }

    /// <summary>By <see cref="SeriesComputer.SourceKey"/>; a source whose series is empty is left out.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<SeriesPoint>> BySource { get; init; }
}
