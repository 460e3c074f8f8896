using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Pipeline.Sources;

/// <summary>
/// A publication series the pipeline follows, declared as data: who publishes it and what kind of publisher that is,
/// what it covers, how often it publishes, how its documents are found and which parser reads them. Every source is
/// one of these in <see cref="SourceDefinitions"/>; what differs between sources is values or a small
/// <see cref="SourceDiscovery"/> strategy, never a class of its own.
/// </summary>
public sealed record SourceDefinition
{
    /// <summary>Stable id, used in table keys, function names, the API and the snapshot folder, e.g. <c>unhcr-bih-operational-update</c>.</summary>
    public required string Id { get; init; }

    public required string Publisher { get; init; }

    public required string Description { get; init; }

    /// <summary>Ranks the source when several give a value for the same point (see <see cref="SourceKind"/>).</summary>
    public required SourceKind Kind { get; init; }

    /// <summary>How often it publishes, and how late: its figures are stale past that (see <see cref="SourceCadence"/>).</summary>
    public required SourceCadence Cadence { get; init; }

    /// <summary>The countries and indicators its documents are known to state.</summary>
    public required SourceCoverage Coverage { get; init; }

    /// <summary>How its documents are found: a ReliefWeb search, listing pages, fixed API requests, …</summary>
    public required SourceDiscovery Discovery { get; init; }

    /// <summary>What reads its documents: a family's own parser from <see cref="ParserCatalog"/>, or the general engine.</summary>
    public required IReportParser Parser { get; init; }
}
