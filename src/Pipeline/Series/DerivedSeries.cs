using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Pipeline.Series;

/// <summary>Series computed from other series: the occupancy rate and the regional sum.</summary>
public static class DerivedSeries
{
    public const string DerivedSource = "derived";
    public const string SumSource = "sum";

    /// <summary>Accommodated over capacity, in percent, for the same country or site and month, only where both are exact.</summary>
    public static IReadOnlyList<SeriesPoint> Occupancy(IEnumerable<SeriesPoint> accommodated, IEnumerable<SeriesPoint> capacity)
    {
        var places = capacity.Where(p => p.Value > 0).ToDictionary(p => (p.Site, p.Period));
        var points = new List<SeriesPoint>();
        foreach (var a in accommodated.Where(p => p.Value is not null))
        {
            if (!places.TryGetValue((a.Site, a.Period), out var c))
            {
                continue;
            }

            points.Add(new SeriesPoint
            {
                Country = a.Country,
                Site = a.Site,
                Period = a.Period,
                Value = Math.Round(a.Value!.Value / c.Value!.Value * 100m, 1, MidpointRounding.AwayFromZero),
                Approximate = a.Approximate || c.Approximate,
                Source = DerivedSource,
                Derived = true,
                Conflict = a.Conflict || c.Conflict,
                Inputs = [.. Sources(a), .. Sources(c)],
                Complete = a.Complete is null ? null : a.Complete == true && c.Complete == true,
                Coverage = a.Coverage,
            });
        }

        return [.. points.OrderBy(p => p.Period)];
    }

    /// <summary>
    /// The six countries' country-level points added up per month. Parts of different definitions (Serbia's arrivals to
    /// centres, Bosnia and Herzegovina's detections) are added all the same, and the sum lists them as mixed. A month is complete only when all six have a
    /// value; otherwise the sum of those that do is given with its coverage, and the client decides.
    /// </summary>
    public static IReadOnlyList<SeriesPoint> Region(IEnumerable<SeriesPoint> countryPoints)
    {
        var points = new List<SeriesPoint>();
        foreach (var month in countryPoints.Where(p => p.Site is null && !p.Country.IsRegion)
                     .GroupBy(p => p.Period)
                     .OrderBy(g => g.Key))
        {
            var parts = month.ToList();
            var exact = parts.All(p => p.Value is not null);
            var coverage = parts.Select(p => p.Country.Code).Order(StringComparer.Ordinal).ToList();
            var definitions = parts.Select(p => p.Definition).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            points.Add(new SeriesPoint
            {
                Country = CountryCode.Region,
                Period = month.Key,
                Value = exact ? parts.Sum(p => p.Value!.Value) : null,
                Low = exact ? null : (long)parts.Sum(p => p.Low ?? p.Value ?? 0),
                High = exact ? null : (long)parts.Sum(p => p.High ?? p.Value ?? 0),
                Approximate = parts.Any(p => p.Approximate),
                Source = SumSource,
                Derived = true,
                Conflict = parts.Any(p => p.Conflict),
                Inputs = [.. parts.SelectMany(Sources)],
                Complete = coverage.Count == CountryCode.Six.Count,
                Coverage = coverage,
                Definition = definitions.Count == 1 ? definitions[0] : null,
                MixedDefinitions = definitions.Count > 1 ? definitions : null,
            });
        }

        return points;
    }

    private static IEnumerable<Provenance> Sources(SeriesPoint p) => p.Provenance is { } one ? [one] : p.Inputs;
}
