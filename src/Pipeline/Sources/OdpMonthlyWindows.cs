using System.Globalization;
using System.Text.Json;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Discovery;

namespace MigrationFeeds.Pipeline.Sources;

/// <summary>
/// A situation view of UNHCR's Operational Data Portal. The portal's answers give each geo's latest record only, so a
/// month is asked for as its own window, per collection of population groups; the view's current listing says which
/// month is the latest.
/// </summary>
public sealed record OdpMonthlyWindows : SourceDiscovery
{
    public required Uri Api { get; init; }

    public required int SituationView { get; init; }

    /// <summary>The view's collections of population groups, each asked for on its own, with the words its documents are titled with.</summary>
    public required IReadOnlyList<(int Id, string Title)> Collections { get; init; }

    /// <summary>The first month asked for; each later month is a request of its own.</summary>
    public required DateOnly FirstMonth { get; init; }

    public override IReadOnlyCollection<string> Hosts(DiscoveryServices services) => [HostOf(Api)];

    public override async Task<IReadOnlyList<DiscoveredDocument>> DiscoverAsync(ISource source, DiscoveryServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var listing = await services.Listings.GetAsync(source, ListingUri(), cancellationToken).ConfigureAwait(false);
        var latest = LatestRecord(listing.Span) ?? throw new DiscoveryException($"The portal's listing {ListingUri()} has no dated row.");
        var today = DateOnly.FromDateTime(services.Clock.GetUtcNow().UtcDateTime);
        return Months(latest > today ? today : latest)
            .SelectMany(month => Collections.Select(c => new DiscoveredDocument
            {
                Url = MonthUri(c.Id, month),
                Role = DocumentRole.Primary,
                Country = CountryCode.Region,
                Title = $"UNHCR Operational Data Portal, {c.Title}, {PeriodText.Month(month)}",
            }))
            .ToList();
    }

    /// <summary>The view's current state: every geo's latest record of every collection.</summary>
    public Uri ListingUri() => Request(string.Join(',', Collections.Select(c => c.Id)), "fromDate=1900-01-01");

    /// <summary>One collection's records dated within one month.</summary>
    public Uri MonthUri(int collection, DateOnly month)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        return Request(collection.ToString(CultureInfo.InvariantCulture), $"fromDate={PeriodText.Day(first)}&toDate={PeriodText.Day(last)}");
    }

    /// <summary>The latest <c>date</c> of the listing's rows; null when none is readable.</summary>
    public static DateOnly? LatestRecord(ReadOnlySpan<byte> listing)
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

    private IEnumerable<DateOnly> Months(DateOnly last)
    {
        for (var month = FirstMonth; month <= last; month = month.AddMonths(1))
        {
            yield return month;
        }
    }

    private Uri Request(string collections, string dates) =>
        new($"{Api}?sv_id={SituationView.ToString(CultureInfo.InvariantCulture)}&population_collection={collections}&forcesublocation=0&{dates}");
}
