using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Discovery;

namespace MigrationFeeds.Pipeline.Sources;

/// <summary>A <see cref="SourceDefinition"/> as the pipeline runs it: its discovery strategy bound to the services it reads with.</summary>
public sealed class DefinedSource(SourceDefinition definition, DiscoveryServices services) : ISource
{
    public SourceDefinition Definition => definition;

    public string Id => definition.Id;

    public string Publisher => definition.Publisher;

    public string Description => definition.Description;

    public SourceKind Kind => definition.Kind;

    public SourceCoverage Coverage => definition.Coverage;

    public SourceCadence Cadence => definition.Cadence;

    public IReportParser Parser => definition.Parser;

    public IReadOnlyCollection<string> Hosts { get; } = definition.Discovery.Hosts(services);

    public Task<IReadOnlyList<DiscoveredDocument>> DiscoverAsync(CancellationToken cancellationToken) =>
        definition.Discovery.DiscoverAsync(this, services, cancellationToken);
}
