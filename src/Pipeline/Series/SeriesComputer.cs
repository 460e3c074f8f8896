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
        var points = await BuildAsync(country, indicator, asOf, source, cancellationToken).ConfigureAwait(false);
        if (SeriesChecks.PartnerOf(indicator) is { } partner)
        {
            var other = await BuildAsync(country, partner, asOf, source, cancellationToken).ConfigureAwait(false);
            points = SeriesChecks.Between(indicator, points, other, options.Value.Checks());
        }

        return points;
    }

    private async Task<IReadOnlyList<SeriesPoint>> BuildAsync(string country, string indicator, DateOnly? asOf, string? source, CancellationToken cancellationToken)
    {
        var rows = await observations.ReadAllAsync(country, indicator, cancellationToken).ConfigureAwait(false);
        if (source is not null)
        {
            rows = [.. rows.Where(o => o.SourceId.Equals(source, StringComparison.OrdinalIgnoreCase))];
        }

        rows = ReviewDecisions.Apply(rows, ReviewDecisions.Current(await reviews.ReadAsync(country, indicator, cancellationToken).ConfigureAwait(false)));
        var o = options.Value;
        return SeriesBuilder.Build(country, indicator, rows, asOf, precedence.For(country, indicator), o.ConflictTolerance, o.ConfidenceFloor, o.Checks());
    }
}
