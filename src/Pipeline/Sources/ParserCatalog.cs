using MigrationFeeds.Parsing.Families.UnhcrBihOperationalUpdate;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Pipeline.Sources;

/// <summary>The report parsers the project has; sources and the extract command take theirs from here.</summary>
public static class ParserCatalog
{
    public static UnhcrBihOperationalUpdateParser UnhcrBihOperationalUpdate { get; } = new();

    /// <summary>What <c>extract</c> reads local files with, until the general extraction engine serves every family.</summary>
    public static IReportParser ForExtraction => UnhcrBihOperationalUpdate;
}
