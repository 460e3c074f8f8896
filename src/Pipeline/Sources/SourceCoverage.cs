namespace MigrationFeeds.Pipeline.Sources;

/// <summary>The countries and indicators a source publishes, as its documents are known to state them.</summary>
public sealed record SourceCoverage(IReadOnlyList<string> Countries, IReadOnlyList<string> Indicators)
{
    public static SourceCoverage Unknown { get; } = new([], []);
}
