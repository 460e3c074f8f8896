using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Discovery;

namespace MigrationFeeds.Pipeline.Sources;

/// <summary>UNHCR's monthly Operational Update for Bosnia and Herzegovina, found through ReliefWeb.</summary>
public sealed class UnhcrBihOperationalUpdateSource(ReliefWebDiscovery reliefWeb) : ISource
{
    public const string SourceId = "unhcr-bih-operational-update";

    private static readonly ReliefWebQuery Query = new()
    {
        CountryIso3 = "bih",
        SourceShortName = "UNHCR",
        TitlePhrase = "Operational Update",
    };

    public string Id => SourceId;

    public string Publisher => "UNHCR";

    public string Description => "UNHCR Bosnia and Herzegovina Operational Update (monthly PDF, listed by ReliefWeb)";

    public SourceCadence Cadence => SourceCadence.Monthly;

    public SourceCoverage Coverage { get; } = new(
        [Countries.BosniaAndHerzegovina],
        [Indicators.Arrivals, Indicators.UascArrivals, Indicators.AsylumIntentions, Indicators.AsylumApplications, Indicators.Accommodated, Indicators.OutsideAccommodation]);

    public IReportParser Parser => ParserCatalog.UnhcrBihOperationalUpdate;

    public IReadOnlyCollection<string> Hosts => reliefWeb.Hosts;

    public async Task<IReadOnlyList<DiscoveredDocument>> DiscoverAsync(CancellationToken cancellationToken)
    {
        var reports = await reliefWeb.ListAsync(this, Query, cancellationToken).ConfigureAwait(false);
        return ReliefWebDocuments.FromReports(reports, Countries.BosniaAndHerzegovina);
    }
}
