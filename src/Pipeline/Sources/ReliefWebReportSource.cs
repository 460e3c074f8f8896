using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Discovery;

namespace MigrationFeeds.Pipeline.Sources;

/// <summary>
/// A report series that ReliefWeb lists (a UNHCR or IOM update for one country), read with the general
/// extraction engine. Adding one is an entry in <see cref="SourceDefinitions"/> and its snapshot.
/// </summary>
public sealed record ReliefWebSourceDefinition
{
    public required string Id { get; init; }
    public required string Publisher { get; init; }
    public required string Description { get; init; }

    /// <summary>The project's code of the country the reports are about (figures default to it).</summary>
    public required string Country { get; init; }

    public required ReliefWebQuery Query { get; init; }
    public required SourceCoverage Coverage { get; init; }
    public SourceKind Kind { get; init; } = SourceKind.Operational;
}

public sealed class ReliefWebReportSource(ReliefWebSourceDefinition definition, ReliefWebDiscovery reliefWeb) : ISource
{
    public string Id => definition.Id;

    public string Publisher => definition.Publisher;

    public string Description => definition.Description;

    public SourceKind Kind => definition.Kind;

    public SourceCoverage Coverage => definition.Coverage;

    public IReportParser Parser => ParserCatalog.General;

    public async Task<IReadOnlyList<DiscoveredDocument>> DiscoverAsync(CancellationToken cancellationToken)
    {
        var reports = await reliefWeb.ListAsync(Id, definition.Query, cancellationToken).ConfigureAwait(false);
        return ReliefWebDocuments.FromReports(reports, definition.Country);
    }
}
