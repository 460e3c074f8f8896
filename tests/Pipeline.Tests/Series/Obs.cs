using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Pipeline.Tests.Series;

/// <summary>Observations as stored, written out by hand for series tests.</summary>
internal static class Obs
{
    /// <summary>A series partition by its codes, as a test names it.</summary>
    public static SeriesKey Key(string country, string indicator) => SeriesKey.Parse(country, indicator) ?? throw new ArgumentException($"{country}|{indicator}");

    public static Observation Of(
        string source, string indicator, string measure, string period, long? value, string published,
        string country = "BIH", string? site = null, long? low = null, long? high = null, string? doc = null) => Observation.Of(
        new Figure
        {
            Country = country,
            Site = site,
            Indicator = indicator,
            Measure = measure,
            Period = period,
            Value = value,
            Low = low,
            High = high,
            Approximate = low is not null,
            Page = 1,
            Quote = $"{source} says {value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? $"{low}-{high}"} for {period}",
        },
        source,
        new Uri($"https://example.org/{source}/{doc ?? published}.pdf"),
        RawArchive.Sha256(System.Text.Encoding.UTF8.GetBytes(source + (doc ?? published))),
        "test",
        DateTimeOffset.Parse(published + "T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
        DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The same observation with its provenance changed: the figure as it stands elsewhere.</summary>
    public static Observation Where(this Observation o, Func<Provenance, Provenance> change) => o with { Provenance = change(o.Provenance) };
}
