using MigrationFeeds.Pipeline.Discovery;

namespace MigrationFeeds.Pipeline.Sources;

/// <summary>
/// A report series that ReliefWeb lists (a UNHCR or IOM update for one country), read with the general
/// extraction engine. Adding one is an entry in <see cref="SourceDefinitions"/> and its snapshot.
/// </summary>
public sealed record ReliefWebSourceDefinition : ReportSeriesDefinition
{
    public required ReliefWebQuery Query { get; init; }

    public override SourceKind Kind { get; init; } = SourceKind.Operational;
}

public sealed class ReliefWebReportSource(ReliefWebSourceDefinition definition, ReliefWebDiscovery reliefWeb) : ReportSeriesSource(definition)
{
    public override IReadOnlyCollection<string> Hosts => reliefWeb.Hosts;

    public override async Task<IReadOnlyList<DiscoveredDocument>> DiscoverAsync(CancellationToken cancellationToken)
    {
        var reports = await reliefWeb.ListAsync(this, definition.Query, cancellationToken).ConfigureAwait(false);
        return ReliefWebDocuments.FromReports(reports, definition.Country);
    }
}
