namespace MigrationFeeds.Pipeline.Sources;

/// <summary>
/// Every source the pipeline follows, one <see cref="SourceDefinition"/> each. Adding a source is an entry in one of
/// the lists (<see cref="ReliefWebSources"/>, <see cref="StatisticsSources"/>, <see cref="NationalSources"/>), its timer
/// function in <c>src/Functions/Ingest/IngestFunctions.cs</c> and its snapshot in <c>seeds/snapshot/&lt;id&gt;/</c>.
/// </summary>
public static class SourceDefinitions
{
    /// <summary>In the order runs and listings show them.</summary>
    public static IReadOnlyList<SourceDefinition> All { get; } =
        [ReliefWebSources.UnhcrBihOperationalUpdate, .. StatisticsSources.All, .. ReliefWebSources.Updates, .. NationalSources.All];

    /// <summary>The source with this id (ids are compared without regard to case); null when there is none.</summary>
    public static SourceDefinition? Find(string id) => All.FirstOrDefault(d => d.Id.Equals(id, StringComparison.OrdinalIgnoreCase));
}
