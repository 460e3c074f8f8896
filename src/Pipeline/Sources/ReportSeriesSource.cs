using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Discovery;

namespace MigrationFeeds.Pipeline.Sources;

/// <summary>What every report series read with the general extraction engine is declared with, however it is found.</summary>
public abstract record ReportSeriesDefinition
{
    public required string Id { get; init; }
    public required string Publisher { get; init; }
    public required string Description { get; init; }

    /// <summary>The project's code of the country the reports are about (figures default to it).</summary>
    public required string Country { get; init; }

    public required SourceCoverage Coverage { get; init; }

    public required SourceCadence Cadence { get; init; }

    public abstract SourceKind Kind { get; init; }
}

/// <summary>A report series read with the general extraction engine; subclasses say how its documents are found.</summary>
public abstract class ReportSeriesSource(ReportSeriesDefinition definition) : ISource
{
    public string Id => definition.Id;

    public string Publisher => definition.Publisher;

    public string Description => definition.Description;

    public SourceKind Kind => definition.Kind;

    public SourceCoverage Coverage => definition.Coverage;

    public SourceCadence Cadence => definition.Cadence;

    public IReportParser Parser => ParserCatalog.General;

    public abstract IReadOnlyCollection<string> Hosts { get; }

    public abstract Task<IReadOnlyList<DiscoveredDocument>> DiscoverAsync(CancellationToken cancellationToken);
}
