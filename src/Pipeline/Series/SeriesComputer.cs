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
    public async Task<IReadOnlyList<SeriesPoint>> ComputeAsync(string country, string indicator, DateOnly? asOf, string? source, CancellationToken cancellationToken)
    {
        var inputs = new Dictionary<(string, string), SeriesInputs>();
        foreach (var partition in SeriesRefresh.Read([(country, indicator)], options.Value))
        {
            var decisions = await reviews.ReadAsync(partition.Country, partition.Indicator, cancellationToken).ConfigureAwait(false);
            inputs[partition] = await ReadAsync(partition, decisions, source, cancellationToken).ConfigureAwait(false);
        }

        return SeriesRefresh.Build([(country, indicator)], inputs, precedence, options.Value, asOf)[(country, indicator)];
    }

    /// <summary>
    /// The current series of several partitions, as a refresh stores them: each partition's observations are read once
    /// (a partner read for a bound check is not read again when it is refreshed too), and the decisions table once.
    /// </summary>
    public async Task<IReadOnlyDictionary<(string Country, string Indicator), IReadOnlyList<SeriesPoint>>> ComputeAllAsync(
        IReadOnlyCollection<(string Country, string Indicator)> partitions, CancellationToken cancellationToken)
    {
        // The decisions are a person's work, a small table: one query for all of it costs less than one per partition.
        var decisions = (await reviews.ReadAllAsync(cancellationToken).ConfigureAwait(false)).ToLookup(d => (d.Country, d.Indicator));
        var inputs = new Dictionary<(string, string), SeriesInputs>();
        foreach (var partition in SeriesRefresh.Read(partitions, options.Value))
        {
            inputs[partition] = await ReadAsync(partition, decisions[partition], source: null, cancellationToken).ConfigureAwait(false);
        }

        return SeriesRefresh.Build(partitions, inputs, precedence, options.Value, asOf: null);
    }

    private async Task<SeriesInputs> ReadAsync((string Country, string Indicator) partition, IEnumerable<ReviewDecision> decisions, string? source, CancellationToken cancellationToken)
    {
        var rows = await observations.ReadAllAsync(partition.Country, partition.Indicator, cancellationToken).ConfigureAwait(false);
        if (source is not null)
        {
            rows = [.. rows.Where(o => o.SourceId.Equals(source, StringComparison.OrdinalIgnoreCase))];
        }

        return new SeriesInputs { Observations = rows, Decisions = ReviewDecisions.Current(decisions) };
    }
}
