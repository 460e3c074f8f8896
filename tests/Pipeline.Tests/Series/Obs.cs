using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Pipeline.Tests.Series;

/// <summary>Observations as stored, written out by hand for series tests.</summary>
internal static class Obs
{
    public static Observation Of(
        string source, string indicator, string measure, string period, long? value, string published,
        string country = "BIH", string? site = null, long? low = null, long? high = null, string? doc = null) => new()
    {
        Figure = new Figure
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
        SourceId = source,
        DocumentUrl = new Uri($"https://example.org/{source}/{doc ?? published}.pdf"),
        DocumentSha256 = MigrationFeeds.Pipeline.Storage.RawArchive.Sha256(System.Text.Encoding.UTF8.GetBytes(source + (doc ?? published))),
        ParserVersion = "test",
        RetrievedAt = DateTimeOffset.Parse(published + "T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
        Published = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
    };
}
