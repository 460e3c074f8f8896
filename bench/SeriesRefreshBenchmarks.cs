using BenchmarkDotNet.Attributes;
using MigrationFeeds.Pipeline.Review;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Bench;

/// <summary>
/// The in-memory work of refreshing every series of the snapshot (SeriesRefresh.Build over every partition with
/// observations), on observations read beforehand from a real backfill: without the checks, with them, and with them
/// and reviewers' decisions on one figure in twenty. Storage is not touched, so the checks' share is measured without
/// Azurite's round trips and their noise.
/// </summary>
[MemoryDiagnoser]
public class SeriesRefreshBenchmarks
{
    /// <summary>Every partition's stored observations, set by <see cref="SeriesRefreshCommand"/> before the run.</summary>
    public static IReadOnlyDictionary<SeriesKey, IReadOnlyList<Observation>> Partitions { get; set; } =
        new Dictionary<SeriesKey, IReadOnlyList<Observation>>();

    /// <summary>One decision per twenty figures, confirm, correct and reject in turn, as a reviewer's work might be.</summary>
    public static IReadOnlyList<ReviewDecision> Decisions => Lazy.Value;

    private static readonly Lazy<IReadOnlyList<ReviewDecision>> Lazy = new(() =>
        [.. Partitions.Values.SelectMany(p => p).Where((_, i) => i % 20 == 0).Select((o, i) => new ReviewDecision
        {
            Id = FigureIdentity.Of(o),
            DocumentSha256 = o.Provenance.DocumentSha256,
            Country = o.Country!.Value,
            Site = o.Figure.Site,
            Indicator = o.Indicator!.Value,
            Period = o.Period!.Value,
            Decision = ReviewDecision.Kinds[i % 3],
            Value = i % 3 == 2 ? (o.Figure.Value ?? 0) + 1 : null,
            Reviewer = "bench",
            DecidedAt = DateTimeOffset.UnixEpoch.AddDays(i),
            Previous = "none",
        })]);

    private static readonly SourcePrecedence Precedence = new(new SeriesOptions(), []);
    private static readonly SeriesOptions On = new();
    private static readonly SeriesOptions Off = new() { ChecksEnabled = false };

    [Benchmark(Baseline = true)]
    public int WithoutChecks() => Count(Build(Off, []));

    [Benchmark]
    public int WithChecks() => Count(Build(On, []));

    [Benchmark]
    public int WithChecksAndReview() => Count(Build(On, Decisions));

    /// <summary>What a refresh does once it has read its inputs: the decisions in force per partition, then every series.</summary>
    private static IReadOnlyDictionary<SeriesKey, IReadOnlyList<SeriesPoint>> Build(SeriesOptions options, IReadOnlyList<ReviewDecision> decisions)
    {
        var byPartition = decisions.ToLookup(d => new SeriesKey(d.Country, d.Indicator));
        var partitions = Partitions.Keys.ToList();
        var inputs = SeriesRefresh.Read(partitions, options).ToDictionary(
            p => p,
            p => new SeriesInputs { Observations = Partitions.GetValueOrDefault(p) ?? [], Decisions = ReviewDecisions.Current(byPartition[p]) });
        return SeriesRefresh.Build(partitions, inputs, Precedence, options, asOf: null);
    }

    private static int Count(IReadOnlyDictionary<SeriesKey, IReadOnlyList<SeriesPoint>> built) =>
        built.Values.Sum(p => p.Count + p.Sum(x => x.Flags.Count));
}
