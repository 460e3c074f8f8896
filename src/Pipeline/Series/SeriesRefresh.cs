using MigrationFeeds.Pipeline.Review;
using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Pipeline.Series;

/// <summary>What one partition's series is built from: its stored observations and the decisions in force on them.</summary>
public sealed record SeriesInputs
{
    public required IReadOnlyList<Observation> Observations { get; init; }

    public IReadOnlyDictionary<string, ReviewDecision> Decisions { get; init; } = new Dictionary<string, ReviewDecision>(StringComparer.Ordinal);

    /// <summary>Only the observations of one source (its <see cref="SeriesComputer.SourceKey"/>), under the same decisions.</summary>
    public SeriesInputs Of(string source) => this with { Observations = [.. Observations.Where(o => SeriesComputer.SourceKey(o.Provenance.SourceId) == source)] };
}

/// <summary>
/// The work of a series refresh once its inputs are read: a pure function of the observations and decisions of each
/// partition, so it is measured apart from storage (bench/SeriesRefreshBenchmarks.cs). Each partition is built once,
/// however many others are checked against it.
/// </summary>
public static class SeriesRefresh
{
    /// <summary>The partitions whose inputs building <paramref name="partitions"/> takes: each, and the partner of its bound check.</summary>
    public static IReadOnlyList<SeriesKey> Read(IEnumerable<SeriesKey> partitions, SeriesOptions options) =>
        [.. partitions.SelectMany(p => options.ChecksEnabled && SeriesChecks.PartnerOf(p.Indicator) is { } partner ? new[] { p, p.With(partner) } : [p]).Distinct()];

    /// <param name="inputs">At least the inputs of every partition <see cref="Read"/> names.</param>
    public static IReadOnlyDictionary<SeriesKey, IReadOnlyList<SeriesPoint>> Build(
        IEnumerable<SeriesKey> partitions,
        IReadOnlyDictionary<SeriesKey, SeriesInputs> inputs,
        SourcePrecedence precedence,
        SeriesOptions options,
        DateOnly? asOf)
    {
        var checks = options.ChecksEnabled ? options.Checks() : null;
        var within = new Dictionary<SeriesKey, IReadOnlyList<SeriesPoint>>();
        IReadOnlyList<SeriesPoint> Within(SeriesKey p)
        {
            if (!within.TryGetValue(p, out var points))
            {
                var input = inputs[p];
                var rows = ReviewDecisions.Apply(input.Observations, input.Decisions);
                within[p] = points = SeriesBuilder.Build(p, rows, asOf, precedence.For(p), options.ConflictTolerance, options.ConfidenceFloor, checks);
            }

            return points;
        }

        var built = new Dictionary<SeriesKey, IReadOnlyList<SeriesPoint>>();
        foreach (var p in partitions)
        {
            var points = Within(p);
            if (checks is not null && SeriesChecks.PartnerOf(p.Indicator) is { } partner)
            {
                points = SeriesChecks.Between(p.Indicator, points, Within(p.With(partner)), checks);
            }

            built[p] = points;
        }

        return built;
    }
}
