using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Functions.Tests.Api;

/// <summary>Observations written with the app's own stores and their series materialised, for API tests to read over HTTP.</summary>
internal static class StoredState
{
    public static Observation Of(string source, string country, string indicator, string measure, string period, long value, string published) => Observation.Of(
        new Figure
        {
            Country = country, Indicator = indicator, Measure = measure, Period = period, Value = value, Page = 1,
            Quote = $"{source} says {value.ToString(CultureInfo.InvariantCulture)} for {period}",
        },
        source,
        new Uri($"https://example.org/{source}/{published}.pdf"),
        RawArchive.Sha256(System.Text.Encoding.UTF8.GetBytes(source + published + country)),
        "test",
        DateTimeOffset.Parse(published + "T12:00:00Z", CultureInfo.InvariantCulture),
        DateOnly.Parse(published, CultureInfo.InvariantCulture));

    public static async Task WriteAsync(RunningApp app, IReadOnlyList<Observation> rows)
    {
        var store = app.Services.GetRequiredService<ObservationStore>();
        foreach (var row in rows)
        {
            await store.WriteAsync([row], CancellationToken.None);
        }

        await app.Services.GetRequiredService<SeriesMaterializer>().RefreshAsync(rows.Select(r => SeriesKey.Of(r)!.Value), CancellationToken.None);
    }

    /// <summary>
    /// Two sources disagree on BiH's October 2022 arrivals, the chosen one having revised its own figure once; Serbia's
    /// October UASC among arrivals exceed its arrivals.
    /// </summary>
    public static Observation[] ReviewCase() =>
    [
        Of("national-test", "BIH", Indicators.Arrivals, Measures.Month, "2022-10", 2367, "2022-11-05"),
        Of("unhcr-test", "BIH", Indicators.Arrivals, Measures.Month, "2022-10", 2600, "2022-11-18"),
        Of("national-test", "BIH", Indicators.Arrivals, Measures.Month, "2022-10", 2401, "2022-12-20"),
        Of("unhcr-test", "SRB", Indicators.Arrivals, Measures.Month, "2022-10", 1500, "2022-11-18"),
        Of("unhcr-test", "SRB", Indicators.UascArrivals, Measures.Month, "2022-10", 2000, "2022-11-18"),
    ];
}
