using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Discovery;

namespace MigrationFeeds.Pipeline.Sources;

/// <summary>
/// Frontex's monthly detections of illegal border crossings, Western Balkan route. The workbook's name carries
/// its release date and changes every month, so discovery reads the link from the migratory-map page.
/// </summary>
public sealed partial class FrontexWbRouteSource(ListingFetcher listings) : ISource
{
    public const string SourceId = "frontex-wb-route";

    internal static readonly Uri MapPage = new("https://www.frontex.europa.eu/what-we-do/monitoring-and-risk-analysis/migratory-map/");

    public string Id => SourceId;

    public string Publisher => "Frontex";

    public string Description => "Frontex monthly detections of illegal border crossings, Western Balkan route (xlsx linked from the migratory map)";

    public SourceCadence Cadence => SourceCadence.MonthlyStatistics;

    /// <summary>Frontex compiles the detections Member States report at the EU's external borders.</summary>
    public SourceKind Kind => SourceKind.Compilation;

    public SourceCoverage Coverage { get; } = new([Countries.Region], [Indicators.Arrivals]);

    public IReportParser Parser => ParserCatalog.FrontexWbRoute;

    public IReadOnlyCollection<string> Hosts { get; } = [MapPage.Host];

    public async Task<IReadOnlyList<DiscoveredDocument>> DiscoverAsync(CancellationToken cancellationToken)
    {
        var page = await listings.GetAsync(this, MapPage, cancellationToken).ConfigureAwait(false);
        var document = FindWorkbook(Encoding.UTF8.GetString(page.Span), MapPage)
            ?? throw new DiscoveryException($"No 'Monthly_detections_of_IBC' workbook is linked from {MapPage}.");
        return [document];
    }

    /// <summary>The workbook linked from the page, with the release date its name carries; null when none is linked.</summary>
    internal static DiscoveredDocument? FindWorkbook(string html, Uri page)
    {
        foreach (Match m in WorkbookLink().Matches(html))
        {
            if (!Uri.TryCreate(page, WebUtility.HtmlDecode(m.Groups["href"].Value), out var url) || url.Scheme != Uri.UriSchemeHttps)
            {
                continue;
            }

            DateOnly? released = DateOnly.TryParseExact(m.Groups["date"].Value.Replace('-', '_'), "yyyy_MM_dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : null;
            return new DiscoveredDocument
            {
                Url = url,
                Role = DocumentRole.Primary,
                Country = Countries.Region,
                Title = "Monthly detections of illegal border crossings",
                Published = released,
            };
        }

        return null;
    }

    [GeneratedRegex(@"href\s*=\s*[""'](?<href>[^""']*Monthly_detections_of_IBC_(?<date>\d{4}[_-]\d{2}[_-]\d{2})[^""']*\.xlsx)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex WorkbookLink();
}
