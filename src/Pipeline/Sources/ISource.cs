using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Discovery;

namespace MigrationFeeds.Pipeline.Sources;

/// <summary>
/// A publication series as the pipeline runs it: how its documents are found and which parser reads them. Every
/// source of the project is a <see cref="SourceDefinition"/> run as a <see cref="DefinedSource"/>; the interface lets
/// tests and benchmarks stand in a source of their own.
/// </summary>
public interface ISource
{
    /// <summary>Stable id, used in table keys, function names and the API, e.g. <c>unhcr-bih-operational-update</c>.</summary>
    string Id { get; }

    string Publisher { get; }

    /// <summary>Ranks the source when several give a value for the same point (see <see cref="SourceKind"/>).</summary>
    SourceKind Kind => SourceKind.Operational;

    SourceCoverage Coverage => SourceCoverage.Unknown;

    string Description { get; }

    /// <summary>How often it publishes, and how late: its figures are stale past that (see <see cref="SourceCadence"/>).</summary>
    SourceCadence Cadence { get; }

    IReportParser Parser { get; }

    /// <summary>
    /// The hosts its listings and documents are fetched from (<c>host</c>, or <c>host:port</c> for another port than the
    /// scheme's); a link to any other host is refused and recorded as a failed document.
    /// </summary>
    IReadOnlyCollection<string> Hosts { get; }

    Task<IReadOnlyList<DiscoveredDocument>> DiscoverAsync(CancellationToken cancellationToken);
}
