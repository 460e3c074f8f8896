using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Discovery;

namespace MigrationFeeds.Pipeline.Sources;

/// <summary>
/// The report series read with the general extraction engine. Each is one entry here, one timer function
/// <c>src/Functions/ingest-&lt;id&gt;/function.json</c> and its snapshot in <c>seeds/snapshot/&lt;id&gt;/</c>.
/// </summary>
public static class SourceDefinitions
{
    public static IReadOnlyList<ReliefWebSourceDefinition> ReliefWeb { get; } =
    [
    ];

    public static IReadOnlyList<IndexPageSourceDefinition> IndexPages { get; } =
    [
    ];
}
