using System.Globalization;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Bench;

/// <summary>
/// A 10-year (2015-01..2024-12), six-country, eight-indicator data set shaped like real ingestion: every month of
/// every series is stated by an operational report and, a month later, by a statistical compilation; one point in
/// four is revised by a later report. Deterministic, so every run measures the same rows.
/// </summary>
internal static class DataSet
{
    public const string From = "2015-01";
    public const string To = "2024-12";

    public static readonly string[] IndicatorCodes =
    [
        Indicators.Arrivals, Indicators.UascArrivals, Indicators.UascPresent, Indicators.AsylumIntentions,
        Indicators.AsylumApplications, Indicators.Accommodated, Indicators.Capacity, Indicators.PresentTotal,
    ];

    public static IEnumerable<SeriesKey> Partitions() =>
        from c in CountryCode.Six from i in IndicatorCodes select new SeriesKey(c, Indicator.Parse(i));

    /// <param name="sources">1: the operational report only; 2: with the compilation and the revisions.</param>
    public static List<Observation> Generate(int sources = 2)
    {
        var rows = new List<Observation>();
        var random = new Random(20240601);
        foreach (var key in Partitions())
        {
            var (country, indicator) = (key.Country.Code, key.Indicator.Code);
            var measure = IndicatorCatalog.Get(indicator).MonthlyMeasure;
            for (var m = 0; m < 120; m++)
            {
                var month = new DateOnly(2015, 1, 1).AddMonths(m);
                var period = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
                var value = random.Next(50, 5000);
                rows.Add(Row("unhcr-bih-operational-update", country, indicator, measure, period, value, month.AddMonths(1).AddDays(9)));
                if (sources < 2)
                {
                    continue;
                }

                rows.Add(Row("eurostat-asylum", country, indicator, measure, period, value + random.Next(-3, 4), month.AddMonths(2).AddDays(14)));
                if (m % 4 == 0)
                {
                    rows.Add(Row("unhcr-bih-operational-update", country, indicator, measure, period, value + random.Next(10, 200), month.AddMonths(3).AddDays(9)));
                }
            }
        }

        return rows;
    }

    private static Observation Row(string source, string country, string indicator, string measure, string period, long value, DateOnly published)
    {
        var url = $"https://example.org/{source}/{country}/{published:yyyy-MM-dd}.pdf";
        return Observation.Of(
            new Figure
            {
                Country = country, Indicator = indicator, Measure = measure, Period = period, Value = value, Page = 2,
                Quote = $"In {period}, {value.ToString(CultureInfo.InvariantCulture)} persons were recorded ({indicator.Replace('_', ' ')}), according to {source}.",
            },
            source,
            new Uri(url),
            RawArchive.Sha256(System.Text.Encoding.UTF8.GetBytes(url)),
            "bench-1",
            new DateTimeOffset(published.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero),
            published);
    }
}
