using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Pipeline.Sources;

/// <summary>The countries and indicators a source publishes, as its documents are known to state them.</summary>
public sealed record SourceCoverage(IReadOnlyList<CountryCode> Countries, IReadOnlyList<Indicator> Indicators)
{
    public static SourceCoverage Unknown { get; } = new([], []);
}
