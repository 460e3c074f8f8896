using System.Globalization;
using MigrationFeeds.Parsing.Language.Periods;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.Pipeline.Review;

namespace MigrationFeeds.Pipeline.Series;

/// <summary>
/// Turns the stored observations of one country and indicator into monthly points: a pure function of the
/// observations, the date they are seen from, the source order and the conflict tolerance (docs/series.md).
/// </summary>
public static class SeriesBuilder
{
    /// <param name="asOf">Only observations of documents published (or, when undated, retrieved) by then; null for all.</param>
    /// <param name="confidenceFloor">Observations read with less confidence are left out of the series, unless a person reviewed them.</param>
    /// <param name="checks">When set, the checks within the series (<see cref="SeriesChecks"/>) flag its points.</param>
    public static IReadOnlyList<SeriesPoint> Build(
        SeriesKey key,
        IEnumerable<Observation> observations,
        DateOnly? asOf,
        IComparer<string> sourceOrder,
        double tolerance,
        double confidenceFloor = 0,
        CheckTolerances? checks = null)
    {
        var definition = IndicatorCatalog.Get(key.Indicator);
        var visible = observations.Where(o => o.Indicator == key.Indicator && (o.Provenance.Confidence >= confidenceFloor || o.Review is not null) && (asOf is null || KnownOn(o) <= asOf)).ToList();
        var points = new List<SeriesPoint>();
        foreach (var site in visible.GroupBy(o => o.Figure.Site, StringComparer.Ordinal))
        {
            var candidates = definition.MonthlyMeasure == Measures.Month ? Flows(site) : Stocks(site);
            foreach (var month in candidates.OrderBy(c => c.Key))
            {
                points.Add(Choose(key.Country, site.Key, month.Key, month.Value, sourceOrder, tolerance));
            }
        }

        return checks is null ? points : SeriesChecks.Within(key.Indicator, points, visible, checks);
    }

    /// <summary>The date from which a reader could have known an observation.</summary>
    public static DateOnly KnownOn(Observation o) => o.Provenance.Published ?? DateOnly.FromDateTime(o.Provenance.RetrievedAt.UtcDateTime);

    /// <summary>Of several documents stating the same thing, the most recently published one is the current word.</summary>
    internal static Observation Latest(IEnumerable<Observation> same) =>
        same.OrderByDescending(KnownOn)
            .ThenByDescending(o => o.Provenance.RetrievedAt)
            .ThenBy(o => o.Provenance.DocumentSha256, StringComparer.Ordinal)
            .First();

    private static Dictionary<YearMonth, List<Candidate>> Flows(IEnumerable<Observation> observations)
    {
        var byMonth = new Dictionary<YearMonth, List<Candidate>>();
        var list = observations.ToList();

        foreach (var g in list.Where(o => o.Period?.Measure == PeriodMeasure.Month && o.Quantity is not null)
                     .GroupBy(o => (Month: YearMonth.From(o.Period!.Value.First), o.Provenance.SourceId)))
        {
            Add(byMonth, g.Key.Month, Candidate.Stated(g.Key.SourceId, Latest(g)));
        }

        // Month flows from consecutive cumulative figures over intervals with the same start (year to date,
        // since January 2018): the difference is the month. Intervals with days are partial months and never used.
        var intervals = list
            .Where(o => o.Quantity is { IsRange: false } && MonthInterval(o) is not null)
            .GroupBy(o => (o.Provenance.SourceId, Interval: MonthInterval(o)!.Value))
            .Select(g => (Observation: Latest(g), Value: g.Key.Interval))
            .GroupBy(m => (m.Observation.Provenance.SourceId, m.Value.Start));
        foreach (var series in intervals)
        {
            var byEnd = series.ToDictionary(m => m.Value.End, m => m.Observation);
            foreach (var (end, current) in byEnd)
            {
                if (byMonth.TryGetValue(end, out var existing) && existing.Any(c => c.Source == series.Key.SourceId && !c.Derived))
                {
                    continue;
                }

                if (end == series.Key.Start)
                {
                    Add(byMonth, end, Candidate.Computed(series.Key.SourceId, ValueOf(current), [current]));
                }
                else if (byEnd.TryGetValue(end.AddMonths(-1), out var previous))
                {
                    var difference = ValueOf(current) - ValueOf(previous);
                    if (difference >= 0)
                    {
                        Add(byMonth, end, Candidate.Computed(series.Key.SourceId, difference, [previous, current]));
                    }
                }
            }
        }

        return byMonth;
    }

    private static Dictionary<YearMonth, List<Candidate>> Stocks(IEnumerable<Observation> observations)
    {
        var byMonth = new Dictionary<YearMonth, List<Candidate>>();
        foreach (var g in observations
                     .Where(o => o.Period?.Measure == PeriodMeasure.Stock && o.Quantity is not null)
                     .GroupBy(o => (Month: YearMonth.From(o.Period!.Value.Last), o.Provenance.SourceId)))
        {
            // The value a month ends with: the latest date within it (a month alone means its end, after its last
            // day), then the latest publication of that date.
            var lastDate = g.Max(o => o.Period!.Value);
            Add(byMonth, g.Key.Month, Candidate.Stated(g.Key.SourceId, Latest(g.Where(o => o.Period == lastDate))));
        }

        return byMonth;
    }

    private static SeriesPoint Choose(CountryCode country, string? site, YearMonth month, List<Candidate> candidates, IComparer<string> sourceOrder, double tolerance)
    {
        var bySource = candidates
            .GroupBy(c => c.Source, StringComparer.Ordinal)
            .Select(g => g.OrderBy(c => c.Derived).First())
            .OrderBy(c => c.Source, sourceOrder)
            .ToList();
        var chosen = bySource[0];
        var others = bySource.Skip(1).ToList();
        var centre = chosen.Centre;
        var conflict = others.Any(o => Math.Abs(o.Centre - centre) > (decimal)tolerance * Math.Max(Math.Abs(centre), 1m));
        return new SeriesPoint
        {
            Country = country,
            Site = site,
            Period = Period.Month(month.Year, month.Month),
            Value = chosen.Value,
            Low = chosen.Low,
            High = chosen.High,
            Approximate = chosen.Approximate,
            Source = chosen.Source,
            Derived = chosen.Derived,
            Conflict = conflict,
            Review = ReviewOf(chosen.Inputs),
            Provenance = chosen.Derived ? null : Provenance.Of(chosen.Inputs[0]),
            Inputs = chosen.Derived ? [.. chosen.Inputs.Select(Provenance.Of)] : [],
            Alternatives = [.. others.Select(o => new AlternativeValue
            {
                Source = o.Source,
                Value = o.Value,
                Low = o.Low,
                High = o.High,
                Approximate = o.Approximate,
                Derived = o.Derived,
                Provenance = [.. o.Inputs.Select(Provenance.Of)],
            })],
        };
    }

    /// <summary>A point is reviewed when every figure behind it is; corrected when any of them was corrected.</summary>
    private static string? ReviewOf(IReadOnlyList<Observation> inputs) =>
        inputs.Count == 0 || inputs.Any(i => i.Review is null) ? null
        : inputs.Any(i => i.Review!.Decision == ReviewDecision.Correct) ? "corrected"
        : "confirmed";

    private static void Add(Dictionary<YearMonth, List<Candidate>> byMonth, YearMonth month, Candidate candidate)
    {
        if (!byMonth.TryGetValue(month, out var list))
        {
            byMonth[month] = list = [];
        }

        list.Add(candidate);
    }

    /// <summary>The value of a figure that states one, not a range.</summary>
    private static long ValueOf(Observation o) => o.Quantity!.Value.Value!.Value;

    /// <summary>A cumulative figure over whole months, <c>2018-01/2022-10</c>, as its first and last month; null for any other.</summary>
    internal static (YearMonth Start, YearMonth End)? MonthInterval(Observation o) =>
        o.Period is { Measure: PeriodMeasure.Cumulative, InDays: false } p ? (YearMonth.From(p.First), YearMonth.From(p.Last)) : null;

    private sealed record Candidate
    {
        public required string Source { get; init; }
        public decimal? Value { get; init; }
        public long? Low { get; init; }
        public long? High { get; init; }
        public bool Approximate { get; init; }
        public bool Derived { get; init; }
        public required IReadOnlyList<Observation> Inputs { get; init; }

        public decimal Centre => Value ?? ((Low ?? 0) + (High ?? 0)) / 2m;

        public static Candidate Stated(string source, Observation o) => new()
        {
            Source = source,
            Value = o.Quantity!.Value.Value,
            Low = o.Quantity.Value.Low,
            High = o.Quantity.Value.High,
            Approximate = o.Quantity.Value.Approximate,
            Inputs = [o],
        };

        public static Candidate Computed(string source, long value, IReadOnlyList<Observation> inputs) => new()
        {
            Source = source,
            Value = value,
            Approximate = inputs.Any(i => i.Quantity!.Value.Approximate),
            Derived = true,
            Inputs = inputs,
        };
    }
}
