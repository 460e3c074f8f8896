using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Discovery;

namespace MigrationFeeds.Pipeline.Sources;

/// <summary>A report series ReliefWeb lists (a UNHCR or IOM update for one country): each report's PDF, and its page beside it.</summary>
public sealed record ReliefWebSearch : SourceDiscovery
{
    public required ReliefWebQuery Query { get; init; }

    /// <summary>The project's code of the country the reports are about (figures default to it).</summary>
    public required CountryCode Country { get; init; }

    /// <summary>
    /// The reports' text (the listing's <c>body-html</c>) states figures as well: it is parsed as the report page's
    /// document, in the page's place, and a figure it shares with the PDF is one observation with both provenances.
    /// </summary>
    public bool ReportTextCarriesFigures { get; init; }

    public override IReadOnlyCollection<string> Hosts(DiscoveryServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.ReliefWeb.Hosts;
    }

    public override async Task<IReadOnlyList<DiscoveredDocument>> DiscoverAsync(ISource source, DiscoveryServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var reports = await services.ReliefWeb.ListAsync(source, Query, cancellationToken).ConfigureAwait(false);
        return ReliefWebDocuments.FromReports(reports, Country, ReportTextCarriesFigures);
    }
}
