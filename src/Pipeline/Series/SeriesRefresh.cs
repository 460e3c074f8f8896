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
    public static IReadOnlyList<(string Country, string Indicator)> Read(IEnumerable<(string Country, string Indicator)> partitions, SeriesOptions options) =>
        [.. partitions.SelectMany(p => options.ChecksEnabled && SeriesChecks.PartnerOf(p.Indicator) is { } partner ? new[] { p, (p.Country, partner) } : [p]).Distinct()];

    /// <param name="inputs">At least the inputs of every partition <see cref="Read"/> names.</param>
    public static IReadOnlyDictionary<(string Country, string Indicator), IReadOnlyList<SeriesPoint>> Build(
        IEnumerable<(string Country, string Indicator)> partitions,
        IReadOnlyDictionary<(string Country, string Indicator), SeriesInputs> inputs,
        SourcePrecedence precedence,
        SeriesOptions options,
        DateOnly? asOf)
    {
        var checks = options.ChecksEnabled ? options.Checks() : null;
        var within = new Dictionary<(string, string), IReadOnlyList<SeriesPoint>>();
        IReadOnlyList<SeriesPoint> Within((string Country, string Indicator) p)
        {
            if (!within.TryGetValue(p, out var points))
            {
                var input = inputs[p];
                var rows = ReviewDecisions.Apply(input.Observations, input.Decisions);
                within[p] = points = SeriesBuilder.Build(p.Country, p.Indicator, rows, asOf, precedence.For(p.Country, p.Indicator), options.ConflictTolerance, options.ConfidenceFloor, checks);
            }

            return points;
        }

        var built = new Dictionary<(string Country, string Indicator), IReadOnlyList<SeriesPoint>>();
        foreach (var p in partitions)
        {
            var points = Within(p);
            if (checks is not null && SeriesChecks.PartnerOf(p.Indicator) is { } partner)
            {
                points = SeriesChecks.Between(p.Indicator, points, Within((p.Country, partner)), checks);
            }

            built[p] = points;
        }

        return built;
    }
}
