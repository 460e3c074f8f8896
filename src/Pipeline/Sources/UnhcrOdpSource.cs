using System.Globalization;
using System.Text.Json;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Discovery;

namespace MigrationFeeds.Pipeline.Sources;

/// <summary>
/// UNHCR's Operational Data Portal (data.unhcr.org): the population figures of the situation view for the six.
/// The portal's answers give each geo's latest record only, so a month is asked for as its own window, per
/// collection of population groups; the view's current listing says which month is the latest.
/// </summary>
public sealed class UnhcrOdpSource(ListingFetcher listings, TimeProvider clock) : ISource
{
    public const string SourceId = "unhcr-odp";

    internal static readonly Uri Api = new("https://data.unhcr.org/population/get/sublocation");

    /// <summary>The situation view of the six (South-Eastern Europe).</summary>
    internal const int SituationView = 49;

    /// <summary>The view's collections: new-arrival groups, and groups of persons present or accommodated.</summary>
    internal static readonly IReadOnlyList<(int Id, string Title)> Collections = [(35, "new arrivals"), (36, "persons present and accommodated")];

    /// <summary>The first month asked for; each later month is a request of its own.</summary>
    internal static readonly DateOnly FirstMonth = new(2022, 1, 1);

    public string Id => SourceId;

    public string Publisher => "UNHCR";

    public string Description => "UNHCR Operational Data Portal, population figures of the South-Eastern Europe situation view (JSON, monthly windows)";

    public SourceCadence Cadence => SourceCadence.Monthly;

    /// <summary>The portal republishes what authorities and UNHCR's country offices report; their own reports come first.</summary>
    public SourceKind Kind => SourceKind.Compilation;

    public SourceCoverage Coverage { get; } = new(
        [Countries.Albania, Countries.BosniaAndHerzegovina, Countries.Kosovo, Countries.Montenegro, Countries.NorthMacedonia, Countries.Serbia],
        [Indicators.Arrivals, Indicators.Accommodated, Indicators.PresentTotal]);

    public IReportParser Parser => ParserCatalog.UnhcrOdp;

    public IReadOnlyCollection<string> Hosts { get; } = [Api.Host];

    public async Task<IReadOnlyList<DiscoveredDocument>> DiscoverAsync(CancellationToken cancellationToken)
    {
        var listing = await listings.GetAsync(this, ListingUri(), cancellationToken).ConfigureAwait(false);
        var latest = LatestRecord(listing.Span) ?? throw new DiscoveryException($"The portal's listing {ListingUri()} has no dated row.");
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return Months(latest > today ? today : latest)
            .SelectMany(month => Collections.Select(c => new DiscoveredDocument
            {
                Url = MonthUri(c.Id, month),
                Role = DocumentRole.Primary,
                Country = Countries.Region,
                Title = $"UNHCR Operational Data Portal, {c.Title}, {PeriodText.Month(month)}",
            }))
            .ToList();
    }

    /// <summary>The view's current state: every geo's latest record of both collections.</summary>
    internal static Uri ListingUri() => Request(string.Join(',', Collections.Select(c => c.Id)), "fromDate=1900-01-01");

    /// <summary>One collection's records dated within one month.</summary>
    internal static Uri MonthUri(int collection, DateOnly month)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        return Request(collection.ToString(CultureInfo.InvariantCulture), $"fromDate={PeriodText.Day(first)}&toDate={PeriodText.Day(last)}");
    }

    /// <summary>The latest <c>date</c> of the listing's rows; null when none is readable.</summary>
    internal static DateOnly? LatestRecord(ReadOnlySpan<byte> listing)
    {
        try
        {
            using var json = JsonDocument.Parse(listing.ToArray());
            if (!json.RootElement.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            DateOnly? latest = null;
            foreach (var row in data.EnumerateArray())
            {
                if (row.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String
                    && PeriodText.TryParseDay(d.GetString(), out var date)
                    && (latest is null || date > latest))
                {
                    latest = date;
                }
            }

            return latest;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IEnumerable<DateOnly> Months(DateOnly last)
    {
        for (var month = FirstMonth; month <= last; month = month.AddMonths(1))
        {
            yield return month;
        }
    }

    private static Uri Request(string collections, string dates) =>
        new($"{Api}?sv_id={SituationView}&population_collection={collections}&forcesublocation=0&{dates}");
}
