using System.Text;
using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Discovery;

namespace MigrationFeeds.Pipeline.Sources;

/// <summary>Statistics published as spreadsheets and APIs, each read with its family's own structured parser.</summary>
public static partial class StatisticsSources
{
    /// <summary>Frontex's monthly detections; the workbook's name carries its release date and changes every month.</summary>
    public static SourceDefinition FrontexWbRoute { get; } = new()
    {
        Id = "frontex-wb-route",
        Publisher = "Frontex",
        Description = "Frontex monthly detections of illegal border crossings, Western Balkan route (xlsx linked from the migratory map)",
        // Frontex compiles the detections Member States report at the EU's external borders.
        Kind = SourceKind.Compilation,
        Cadence = SourceCadence.MonthlyStatistics,
        Discovery = new LinkedFile
        {
            Page = new Uri("https://www.frontex.europa.eu/what-we-do/monitoring-and-risk-analysis/migratory-map/"),
            Link = FrontexWorkbook(),
            Title = "Monthly detections of illegal border crossings",
            Country = CountryCode.Region,
        },
        Parser = ParserCatalog.FrontexWbRoute,
        Coverage = new([CountryCode.Region], [Indicator.Arrivals]),
    };

    /// <summary>Eurostat's first-time applicants: the yearly and the monthly dataset, each one request of the JSON-stat API.</summary>
    public static SourceDefinition EurostatAsylum { get; } = new()
    {
        Id = "eurostat-asylum",
        Publisher = "Eurostat",
        Description = "Eurostat first-time asylum applicants, yearly and monthly (JSON-stat API, migr_asyappctza and migr_asyappctzm)",
        // Eurostat compiles what national authorities report.
        Kind = SourceKind.Compilation,
        Cadence = SourceCadence.MonthlyStatistics,
        Discovery = new FixedRequests
        {
            Documents =
            [
                EurostatDataset("migr_asyappctza", "2018", "Asylum applicants, annual aggregated data"),
                EurostatDataset("migr_asyappctzm", "2024-01", "Asylum applicants, monthly data"),
            ],
        },
        Parser = ParserCatalog.EurostatAsylum,
        Coverage = new(
            [CountryCode.Albania, CountryCode.BosniaAndHerzegovina, CountryCode.Montenegro, CountryCode.NorthMacedonia, CountryCode.Serbia],
            [Indicator.AsylumApplications]),
    };

    /// <summary>
    /// UNHCR's Refugee Statistics API, one request per country of asylum. Serbia is not asked for: the API files Kosovo
    /// under Serbia ("Serbia and Kosovo: S/RES/1244 (1999)"), a figure that is neither SRB's nor XKX's, and it has no
    /// separate Kosovo code any more.
    /// </summary>
    public static SourceDefinition UnhcrRefugeeStatistics { get; } = new()
    {
        Id = "unhcr-refugee-statistics",
        Publisher = "UNHCR",
        Description = "UNHCR Refugee Statistics API, yearly asylum applications per country of asylum",
        // UNHCR's global statistics compile what governments and UNHCR offices report.
        Kind = SourceKind.Compilation,
        Cadence = SourceCadence.Yearly,
        Discovery = new FixedRequests
        {
            Documents =
            [
                AsylumApplications(CountryCode.Albania),
                AsylumApplications(CountryCode.BosniaAndHerzegovina),
                AsylumApplications(CountryCode.NorthMacedonia),
                AsylumApplications(CountryCode.Montenegro),
            ],
        },
        Parser = ParserCatalog.UnhcrRefugeeStatistics,
        Coverage = new([CountryCode.Albania, CountryCode.BosniaAndHerzegovina, CountryCode.NorthMacedonia, CountryCode.Montenegro], [Indicator.AsylumApplications]),
    };

    /// <summary>UNHCR's Operational Data Portal: the population figures of the situation view for the six.</summary>
    public static SourceDefinition UnhcrOdp { get; } = new()
    {
        Id = "unhcr-odp",
        Publisher = "UNHCR",
        Description = "UNHCR Operational Data Portal, population figures of the South-Eastern Europe situation view (JSON, monthly windows)",
        // The portal republishes what authorities and UNHCR's country offices report; their own reports come first.
        Kind = SourceKind.Compilation,
        Cadence = SourceCadence.Monthly,
        Discovery = new OdpMonthlyWindows
        {
            Api = new Uri("https://data.unhcr.org/population/get/sublocation"),
            // The situation view of the six (South-Eastern Europe).
            SituationView = 49,
            Collections = [(35, "new arrivals"), (36, "persons present and accommodated")],
            FirstMonth = new DateOnly(2022, 1, 1),
        },
        Parser = ParserCatalog.UnhcrOdp,
        Coverage = new(
            [CountryCode.Albania, CountryCode.BosniaAndHerzegovina, CountryCode.Kosovo, CountryCode.Montenegro, CountryCode.NorthMacedonia, CountryCode.Serbia],
            [Indicator.Arrivals, Indicator.Accommodated, Indicator.PresentTotal]),
    };

    /// <summary>
    /// Albania's Institute of Statistics (INSTAT): asylum seekers by year and month, from its PxWeb database. The query
    /// selects every value of every variable, so a new year comes with the same request.
    /// </summary>
    public static SourceDefinition InstatAlb { get; } = new()
    {
        Id = "instat-alb",
        Publisher = "INSTAT",
        Description = "INSTAT asylum seekers in Albania, yearly and monthly (PxWeb statistical database, JSON-stat 2)",
        // INSTAT publishes what the Ministry of Interior and the State Police register.
        Kind = SourceKind.National,
        Cadence = SourceCadence.Yearly,
        Discovery = new PxWebTable
        {
            // The Albanian database (PxWeb on port 8083, API v1 only), folder START__MIG of the web interface: the English
            // one has been found with empty folders where the Albanian one has tables.
            Folder = new Uri("https://databaza.instat.gov.al:8083/pxweb/api/v1/sq/DST/START/MIG/"),
            TableId = "AZIL01.px",
            TitlePrefix = "Azilkërkues",
            // Every value of the table's three variables: all years (new ones included), the year's total and its months, every content.
            Query = new()
            {
                MediaType = "application/json",
                Content = """{"query":[{"code":"Muaji","selection":{"filter":"all","values":["*"]}},{"code":"Treguesi","selection":{"filter":"all","values":["*"]}},{"code":"Viti","selection":{"filter":"all","values":["*"]}}],"response":{"format":"json-stat2"}}""",
            },
            Country = CountryCode.Albania,
        },
        Parser = ParserCatalog.InstatPxWeb,
        Coverage = new([CountryCode.Albania], [Indicator.AsylumApplications]),
    };

    public static IReadOnlyList<SourceDefinition> All { get; } = [FrontexWbRoute, EurostatAsylum, UnhcrRefugeeStatistics, UnhcrOdp, InstatAlb];

    /// <summary>
    /// One Eurostat dataset since a period: the total cells (first-time applicants, persons) of the five Western Balkan
    /// countries that report to it (Eurostat's geo codes).
    /// </summary>
    internal static DiscoveredDocument EurostatDataset(string dataset, string sinceTimePeriod, string title)
    {
        var query = new StringBuilder("format=JSON&lang=EN&unit=PER&citizen=TOTAL&sex=T&age=TOTAL&applicant=FRST");
        foreach (var geo in (string[])["ME", "RS", "MK", "AL", "BA"])
        {
            query.Append("&geo=").Append(geo);
        }

        query.Append("&sinceTimePeriod=").Append(Uri.EscapeDataString(sinceTimePeriod));
        return new DiscoveredDocument
        {
            Url = new Uri("https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/" + dataset + "?" + query),
            Role = DocumentRole.Primary,
            Country = CountryCode.Region,
            Title = title,
        };
    }

    /// <summary>
    /// Every year since 2015 for one country of asylum, in one page (the parser refuses a partial one); with
    /// <c>cf_type=ISO</c> the API takes ISO codes rather than its own (BSN, MCD). Later years come under the same address.
    /// </summary>
    internal static DiscoveredDocument AsylumApplications(CountryCode country) => new()
    {
        Url = new Uri($"https://api.unhcr.org/population/v1/asylum-applications/?cf_type=ISO&coa={country.Code}&yearFrom=2015&limit=1000&page=1"),
        Role = DocumentRole.Primary,
        Country = country,
        Title = "UNHCR asylum applications, " + country.Code,
    };

    [GeneratedRegex(@"href\s*=\s*[""'](?<href>[^""']*Monthly_detections_of_IBC_(?<date>\d{4}[_-]\d{2}[_-]\d{2})[^""']*\.xlsx)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex FrontexWorkbook();
}
