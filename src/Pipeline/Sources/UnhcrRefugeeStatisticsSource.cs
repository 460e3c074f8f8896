using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Discovery;

namespace MigrationFeeds.Pipeline.Sources;

/// <summary>
/// UNHCR's Refugee Statistics API: yearly asylum applications per country of asylum, one request per country.
/// Serbia is not asked for: the API files Kosovo under Serbia ("Serbia and Kosovo: S/RES/1244 (1999)"), a
/// figure that is neither SRB's nor XKX's, and it has no separate Kosovo code any more.
/// </summary>
public sealed class UnhcrRefugeeStatisticsSource : ISource
{
    public const string SourceId = "unhcr-refugee-statistics";

    /// <summary>The ISO3 codes asked for; with <c>cf_type=ISO</c> the API takes ISO codes rather than its own (BSN, MCD).</summary>
    internal static readonly IReadOnlyList<string> CountriesOfAsylum =
        [Countries.Albania, Countries.BosniaAndHerzegovina, Countries.NorthMacedonia, Countries.Montenegro];

    /// <summary>The first year asked for; later years come with each yearly release under the same address.</summary>
    internal const int FirstYear = 2015;

    public string Id => SourceId;

    public string Publisher => "UNHCR";

    public string Description => "UNHCR Refugee Statistics API, yearly asylum applications per country of asylum";

    public SourceCadence Cadence => SourceCadence.Yearly;

    /// <summary>UNHCR's global statistics compile what governments and UNHCR offices report.</summary>
    public SourceKind Kind => SourceKind.Compilation;

    public SourceCoverage Coverage { get; } = new(CountriesOfAsylum, [Indicators.AsylumApplications]);

    public IReportParser Parser => ParserCatalog.UnhcrRefugeeStatistics;

    public IReadOnlyCollection<string> Hosts { get; } = ["api.unhcr.org"];

    public Task<IReadOnlyList<DiscoveredDocument>> DiscoverAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DiscoveredDocument>>(CountriesOfAsylum.Select(iso => new DiscoveredDocument
        {
            Url = RequestUri(iso),
            Role = DocumentRole.Primary,
            Country = iso,
            Title = "UNHCR asylum applications, " + iso,
        }).ToList());

    /// <summary>Every year since <see cref="FirstYear"/> for one country of asylum, in one page (the parser refuses a partial one).</summary>
    internal static Uri RequestUri(string iso3) =>
        new($"https://api.unhcr.org/population/v1/asylum-applications/?cf_type=ISO&coa={iso3}&yearFrom={FirstYear}&limit=1000&page=1");
}
