using System.Globalization;
using MigrationFeeds.Parsing.Language.Periods;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Pipeline.Series;

/// <summary>What one check reads: one indicator's points and observations, and for a bound, the other indicator's points.</summary>
public sealed record CheckInput
{
    public required Indicator Indicator { get; init; }
    public required IReadOnlyList<SeriesPoint> Points { get; init; }
    public IReadOnlyList<Observation> Observations { get; init; } = [];
    public IReadOnlyList<SeriesPoint> Partner { get; init; } = [];
    public required CheckTolerances Tolerances { get; init; }
}

/// <summary>One automatic check: its code, what it compares, the indicators it applies to, and the function that runs it.</summary>
/// <param name="Partner">For a bound between indicators, the indicator the points are compared with; null for a check within one series.</param>
public sealed record SeriesCheck(
    string Code,
    string Description,
    Func<Indicator, bool> AppliesTo,
    Indicator? Partner,
    Func<CheckInput, IEnumerable<(SeriesPoint Point, SeriesFlag Flag)>> Run);

/// <summary>
/// Every automatic check on the series, in one place (docs/series.md). Each is a pure function of the built points and
/// the observations they came from; a failed check adds a flag to the point and the point is still served.
/// </summary>
public static class SeriesChecks
{
    public const string CumulativeMonth = "cumulative_month";
    public const string YearMonths = "year_months";
    public const string Revision = "revision";
    public const string UascAboveArrivals = "uasc_above_arrivals";
    public const string AboveCapacity = "above_capacity";
    public const string Negative = "negative";
    public const string Outlier = "outlier";
    public const string Conflict = "conflict";

    public static IReadOnlyList<SeriesCheck> All { get; } =
    [
        new(CumulativeMonth, "A stated month against the difference of the same source's cumulative totals to it and to the month before.", IsFlow, null, CheckCumulativeMonth),
        new(YearMonths, "A year total against the sum of the same source's months of that year.", IsFlow, null, CheckYearMonths),
        new(Revision, "The figure served against the one first published for the same period by the same source.", IsStated, null, CheckRevision),
        new(UascAboveArrivals, "Unaccompanied and separated children among arrivals against the arrivals of the same month.", i => i == Indicator.UascArrivals, Indicator.Arrivals, CheckUascAboveArrivals),
        new(AboveCapacity, "Persons accommodated against the places of the same month, with the overcrowding tolerance.", i => i == Indicator.Accommodated, Indicator.Capacity, CheckAboveCapacity),
        new(Negative, "No count is negative.", IsStated, null, CheckNegative),
        new(Outlier, "A month against the median of the months around it in its own series.", IsStated, null, CheckOutlier),
        new(Conflict, "Other sources' values for the same point against the chosen one.", _ => true, null, CheckConflict),
    ];

    public static IReadOnlyList<string> Codes { get; } = [.. All.Select(c => c.Code)];

    /// <summary>The indicator a bound check compares <paramref name="indicator"/>'s points with, if any.</summary>
    public static Indicator? PartnerOf(Indicator indicator) => All.FirstOrDefault(c => c.Partner is not null && c.AppliesTo(indicator))?.Partner;

    /// <summary>The indicators whose points are checked against <paramref name="indicator"/>'s (and must be checked again when it changes).</summary>
    public static IEnumerable<Indicator> CheckedAgainst(Indicator indicator) =>
        Indicator.All.Where(i => PartnerOf(i) == indicator);

    /// <summary>Runs the checks within one series: the points of one country and indicator, with the observations they were built from.</summary>
    public static IReadOnlyList<SeriesPoint> Within(Indicator indicator, IReadOnlyList<SeriesPoint> points, IReadOnlyList<Observation> observations, CheckTolerances tolerances)
    {
        var input = new CheckInput { Indicator = indicator, Points = points, Observations = observations, Tolerances = tolerances };
        return Apply(points, All.Where(c => c.Partner is null && c.AppliesTo(indicator)).SelectMany(c => c.Run(input)));
    }

    /// <summary>Runs the bound checks of <paramref name="indicator"/>'s points against its partner's (<see cref="PartnerOf"/>).</summary>
    public static IReadOnlyList<SeriesPoint> Between(Indicator indicator, IReadOnlyList<SeriesPoint> points, IReadOnlyList<SeriesPoint> partner, CheckTolerances tolerances)
    {
        var input = new CheckInput { Indicator = indicator, Points = points, Partner = partner, Tolerances = tolerances };
        return Apply(points, All.Where(c => c.Partner is not null && c.AppliesTo(indicator)).SelectMany(c => c.Run(input)));
    }

    private static IReadOnlyList<SeriesPoint> Apply(IReadOnlyList<SeriesPoint> points, IEnumerable<(SeriesPoint Point, SeriesFlag Flag)> flags)
    {
        var byPoint = new Dictionary<SeriesPoint, List<SeriesFlag>>(ReferenceEqualityComparer.Instance);
        foreach (var (point, flag) in flags)
        {
            if (!byPoint.TryGetValue(point, out var list))
            {
                byPoint[point] = list = [];
            }

            list.Add(flag);
        }

        if (byPoint.Count == 0)
        {
            return points;
        }

        return [.. points.Select(p => byPoint.TryGetValue(p, out var added) ? p with { Flags = [.. p.Flags, .. added] } : p)];
    }

    private static bool IsFlow(Indicator indicator) => indicator.Kind == IndicatorKind.Flow;

    private static bool IsStated(Indicator indicator) => indicator.Kind != IndicatorKind.Derived;

    private static IEnumerable<(SeriesPoint, SeriesFlag)> CheckCumulativeMonth(CheckInput input)
    {
        var totals = input.Observations
            .Where(o => o.Figure.Value is not null && SeriesBuilder.MonthInterval(o) is not null)
            .GroupBy(o => (o.Provenance.SourceId, o.Figure.Site, o.Period))
            .Select(g => SeriesBuilder.Latest(g))
            .ToLookup(o => (o.Provenance.SourceId, o.Figure.Site, SeriesBuilder.MonthInterval(o)!.Value.End));
        foreach (var p in input.Points.Where(p => !p.Derived && p.Value is not null && p.Provenance?.Period?.Measure == PeriodMeasure.Month))
        {
            var m = p.Month;
            foreach (var current in totals[(p.Source, p.Site, m)])
            {
                var start = SeriesBuilder.MonthInterval(current)!.Value.Start;
                var previous = start == m
                    ? null
                    : totals[(p.Source, p.Site, m.AddMonths(-1))].FirstOrDefault(o => SeriesBuilder.MonthInterval(o)!.Value.Start == start);
                if (start != m && previous is null)
                {
                    continue;
                }

                var difference = current.Figure.Value!.Value - (previous?.Figure.Value ?? 0);
                if (Differs(p.Value!.Value, difference, input.Tolerances.Sum))
                {
                    yield return (p, new SeriesFlag
                    {
                        Code = CumulativeMonth,
                        Message = previous is null
                            ? $"The month's {N(p.Value)} differs from the same source's total of {N(difference)} for {current.Figure.Period}."
                            : $"The month's {N(p.Value)} differs from {N(difference)}, the difference of the same source's cumulative totals {N(current.Figure.Value)} ({current.Figure.Period}) and {N(previous.Figure.Value)} ({previous.Figure.Period}).",
                        Compared = [.. new[] { previous, current }.OfType<Observation>().Select(Provenance.Of)],
                    });
                    break;
                }
            }
        }
    }

    private static IEnumerable<(SeriesPoint, SeriesFlag)> CheckYearMonths(CheckInput input)
    {
        var years = input.Observations
            .Where(o => o.Period?.Measure == PeriodMeasure.Year && o.Figure.Value is not null)
            .GroupBy(o => (o.Provenance.SourceId, o.Figure.Site, o.Period))
            .Select(g => SeriesBuilder.Latest(g));
        var byYear = input.Points.Where(p => p.Value is not null).ToLookup(p => (p.Source, p.Site, p.Month.Year));
        foreach (var year in years)
        {
            var months = byYear[(year.Provenance.SourceId, year.Figure.Site, year.Period!.Value.First.Year)].ToList();
            if (months.Count == 0)
            {
                continue;
            }

            var total = year.Figure.Value!.Value;
            var sum = months.Sum(p => p.Value!.Value);
            var fails = months.Count == 12 ? Differs(sum, total, input.Tolerances.Sum) : sum > total * (1 + (decimal)input.Tolerances.Sum);
            if (!fails)
            {
                continue;
            }

            yield return (LikeliestMonth(months, total - sum, input.Points), new SeriesFlag
            {
                Code = YearMonths,
                Message = months.Count == 12
                    ? $"The 12 months of {year.Figure.Period} add up to {N(sum)}; the same source's year total is {N(total)}."
                    : $"{months.Count} months of {year.Figure.Period} already add up to {N(sum)}, more than the same source's year total of {N(total)}.",
                Compared = [Provenance.Of(year)],
            });
        }
    }

    /// <summary>
    /// The month a year's difference most likely sits in: the one that, moved by the difference, fits the months beside
    /// it at least twice as well as it does now (a digit dropped, a year total stored as a month); failing that, the
    /// largest month, the likeliest misreading.
    /// </summary>
    private static SeriesPoint LikeliestMonth(List<SeriesPoint> months, decimal difference, IReadOnlyList<SeriesPoint> series)
    {
        SeriesPoint? best = null;
        var bestGain = Math.Log(2);
        foreach (var p in months)
        {
            var value = p.Value!.Value;
            var corrected = value + difference;
            var index = MonthIndex(p.Month);
            var beside = series
                .Where(o => o.Source == p.Source && o.Site == p.Site && o.Value > 0 && Math.Abs(MonthIndex(o.Month) - index) is 1 or 2)
                .Select(o => o.Value!.Value)
                .ToList();
            if (value <= 0 || corrected <= 0 || beside.Count < 2)
            {
                continue;
            }

            var local = (double)Median(beside);
            var gain = Math.Abs(Math.Log((double)value / local)) - Math.Abs(Math.Log((double)corrected / local));
            if (gain > bestGain)
            {
                (best, bestGain) = (p, gain);
            }
        }

        return best ?? months.OrderByDescending(p => p.Value).ThenBy(p => p.Period).First();
    }

    private static IEnumerable<(SeriesPoint, SeriesFlag)> CheckRevision(CheckInput input)
    {
        var stated = input.Observations.Where(o => o.Figure.Value is not null).ToLookup(o => (o.Provenance.SourceId, o.Figure.Site, o.Period));
        foreach (var p in input.Points.Where(p => p.Provenance is { Value: not null }))
        {
            var served = p.Provenance!;
            var first = stated[(served.SourceId, p.Site, served.Period)]
                .OrderBy(SeriesBuilder.KnownOn)
                .ThenBy(o => o.Provenance.RetrievedAt)
                .FirstOrDefault();
            if (first is null || first.Provenance.DocumentSha256 == served.DocumentSha256 || !Differs(served.Value!.Value, first.Figure.Value!.Value, input.Tolerances.Revision))
            {
                continue;
            }

            yield return (p, new SeriesFlag
            {
                Code = Revision,
                Message = $"{N(served.Value)} revises the {N(first.Figure.Value)} first published for {served.Period}{(first.Provenance.Published is { } d ? " on " + PeriodText.Day(d) : "")}, by more than {Percent(input.Tolerances.Revision)}.",
                Compared = [Provenance.Of(first)],
            });
        }
    }

    private static IEnumerable<(SeriesPoint, SeriesFlag)> CheckUascAboveArrivals(CheckInput input) =>
        Bound(input, allowance: 0, (uasc, arrivals) => $"{N(Lowest(uasc))} unaccompanied or separated children among arrivals, more than the {N(Highest(arrivals))} arrivals of the month.");

    private static IEnumerable<(SeriesPoint, SeriesFlag)> CheckAboveCapacity(CheckInput input) =>
        Bound(input, input.Tolerances.Capacity, (accommodated, capacity) => $"{N(Lowest(accommodated))} accommodated in {N(Highest(capacity))} places, more than {Percent(input.Tolerances.Capacity)} over capacity.");

    /// <summary>A point's lowest reading must not exceed the partner's highest by more than the allowance.</summary>
    private static IEnumerable<(SeriesPoint, SeriesFlag)> Bound(CheckInput input, double allowance, Func<SeriesPoint, SeriesPoint, string> message)
    {
        var code = All.First(c => c.Partner is not null && c.AppliesTo(input.Indicator)).Code;
        var partner = input.Partner.Where(p => Highest(p) is not null).ToDictionary(p => (p.Site, p.Period));
        foreach (var p in input.Points)
        {
            if (Lowest(p) is { } low && partner.TryGetValue((p.Site, p.Period), out var other) && low > Highest(other)!.Value * (1 + (decimal)allowance))
            {
                yield return (p, new SeriesFlag { Code = code, Message = message(p, other), Compared = Cited(other) });
            }
        }
    }

    private static IEnumerable<(SeriesPoint, SeriesFlag)> CheckNegative(CheckInput input) =>
        input.Points
            .Where(p => p.Value < 0 || p.Low < 0)
            .Select(p => (p, new SeriesFlag { Code = Negative, Message = $"A count cannot be negative: {N(p.Value ?? p.Low)}." }));

    private static IEnumerable<(SeriesPoint, SeriesFlag)> CheckOutlier(CheckInput input)
    {
        var t = input.Tolerances;
        foreach (var site in input.Points.Where(p => Centre(p) is not null).GroupBy(p => p.Site))
        {
            var months = site.Select(p => (Point: p, Index: MonthIndex(p.Month), Value: Centre(p)!.Value)).OrderBy(m => m.Index).ToList();

            // The months are in order, so those around one are a window that moves with it: each month reads only its
            // neighbours, not the whole series, and the two buffers are filled again rather than made anew.
            var around = new List<(SeriesPoint Point, int Index, decimal Value)>(2 * CheckTolerances.OutlierWindowMonths);
            var values = new List<decimal>(2 * CheckTolerances.OutlierWindowMonths);
            var start = 0;
            foreach (var m in months)
            {
                while (months[start].Index < m.Index - CheckTolerances.OutlierWindowMonths)
                {
                    start++;
                }

                around.Clear();
                for (var j = start; j < months.Count && months[j].Index <= m.Index + CheckTolerances.OutlierWindowMonths; j++)
                {
                    if (months[j].Index != m.Index)
                    {
                        around.Add(months[j]);
                    }
                }

                if (around.Count < CheckTolerances.OutlierMinimumNeighbours)
                {
                    continue;
                }

                values.Clear();
                values.AddRange(around.Select(o => o.Value));
                var median = Median(values);
                if (Math.Max(m.Value, median) < t.OutlierMinimum)
                {
                    continue;
                }

                var factor = (decimal)t.OutlierFactor;
                if (m.Value > median * factor || m.Value * factor < median)
                {
                    var before = around.LastOrDefault(o => o.Index < m.Index).Point;
                    var after = around.FirstOrDefault(o => o.Index > m.Index).Point;
                    yield return (m.Point, new SeriesFlag
                    {
                        Code = Outlier,
                        Message = $"{N(m.Value)} against a median of {N(median)} for the {around.Count} months around it: more than {N(factor)} times {(m.Value > median ? "higher" : "lower")}.",
                        Compared = [.. new[] { before, after }.OfType<SeriesPoint>().SelectMany(Cited)],
                    });
                }
            }
        }
    }

    private static IEnumerable<(SeriesPoint, SeriesFlag)> CheckConflict(CheckInput input) =>
        input.Points
            .Where(p => p.Conflict)
            .Select(p => (p, new SeriesFlag
            {
                Code = Conflict,
                Message = $"Other sources give {string.Join(", ", p.Alternatives.Select(a => $"{N(a.Value ?? (a.Low + a.High) / 2m)} ({a.Source})"))} where {p.Source} gives {N(Centre(p))}, more than {Percent(input.Tolerances.Conflict)} apart.",
                Compared = [.. p.Alternatives.Select(a => a.Provenance.FirstOrDefault()).OfType<Provenance>()],
            }));

    /// <summary>Whether two values differ by more than a share of the larger (at least 1, so zeros compare).</summary>
    private static bool Differs(decimal a, decimal b, double share) =>
        Math.Abs(a - b) > (decimal)share * Math.Max(Math.Max(Math.Abs(a), Math.Abs(b)), 1m);

    private static decimal? Centre(SeriesPoint p) => p.Value ?? (p.Low is not null && p.High is not null ? (p.Low + p.High) / 2m : null);

    private static decimal? Lowest(SeriesPoint p) => p.Low ?? p.Value;

    private static decimal? Highest(SeriesPoint p) => p.High ?? p.Value;

    private static List<Provenance> Cited(SeriesPoint p) => p.Provenance is { } one ? [one] : [.. p.Inputs];

    private static decimal Median(List<decimal> values)
    {
        values.Sort();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    private static int MonthIndex(YearMonth month) => month.Year * 12 + month.Month;

    private static string N(decimal? value) => value?.ToString("#,0.##", CultureInfo.InvariantCulture) ?? "?";

    private static string N(long? value) => value?.ToString("#,0", CultureInfo.InvariantCulture) ?? "?";

    private static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %";
}
