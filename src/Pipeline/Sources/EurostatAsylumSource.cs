using System.Text;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Discovery;

namespace MigrationFeeds.Pipeline.Sources;

/// <summary>
/// Eurostat's first-time asylum applicants in the Western Balkan countries that report to it: the yearly
/// (<c>migr_asyappctza</c>) and monthly (<c>migr_asyappctzm</c>) datasets, each one request of the JSON-stat API.
/// </summary>
public sealed class EurostatAsylumSource : ISource
{
    public const string SourceId = "eurostat-asylum";

    internal static readonly Uri Api = new("https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/");

    /// <summary>Eurostat's geo codes of the six it publishes asylum statistics for.</summary>
    internal static readonly IReadOnlyList<string> Geos = ["ME", "RS", "MK", "AL", "BA"];

    public string Id => SourceId;

    public string Publisher => "Eurostat";

    public string Description => "Eurostat first-time asylum applicants, yearly and monthly (JSON-stat API, migr_asyappctza and migr_asyappctzm)";

    public SourceCadence Cadence => SourceCadence.MonthlyStatistics;

    /// <summary>Eurostat compiles what national authorities report.</summary>
    public SourceKind Kind => SourceKind.Compilation;

    public SourceCoverage Coverage { get; } = new(
        [Countries.Albania, Countries.BosniaAndHerzegovina, Countries.Montenegro, Countries.NorthMacedonia, Countries.Serbia],
        [Indicators.AsylumApplications]);

    public IReportParser Parser => ParserCatalog.EurostatAsylum;

    public IReadOnlyCollection<string> Hosts { get; } = [Api.Host];

    public Task<IReadOnlyList<DiscoveredDocument>> DiscoverAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DiscoveredDocument>>(
        [
            Document("migr_asyappctza", "2018", "Asylum applicants, annual aggregated data"),
            Document("migr_asyappctzm", "2024-01", "Asylum applicants, monthly data"),
        ]);

    /// <summary>One dataset's request: the total cells (first-time applicants, persons) of the five geos since a period.</summary>
    internal static Uri RequestUri(string dataset, string sinceTimePeriod)
    {
        var query = new StringBuilder("format=JSON&lang=EN&unit=PER&citizen=TOTAL&sex=T&age=TOTAL&applicant=FRST");
        foreach (var geo in Geos)
        {
            query.Append("&geo=").Append(geo);
        }

        query.Append("&sinceTimePeriod=").Append(Uri.EscapeDataString(sinceTimePeriod));
        return new Uri(Api, dataset + "?" + query);
    }

    private static DiscoveredDocument Document(string dataset, string since, string title) => new()
    {
        Url = RequestUri(dataset, since),
        Role = DocumentRole.Primary,
        Country = Countries.Region,
        Title = title,
    };
}
