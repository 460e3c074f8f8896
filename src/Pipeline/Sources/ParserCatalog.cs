using MigrationFeeds.Parsing.Extraction;
using MigrationFeeds.Parsing.Families.EurostatAsylum;
using MigrationFeeds.Parsing.Families;
using MigrationFeeds.Parsing.Families.FrontexWbRoute;
using MigrationFeeds.Parsing.Families.InstatPxWeb;
using MigrationFeeds.Parsing.Families.UnhcrBihOperationalUpdate;
using MigrationFeeds.Parsing.Families.UnhcrOdp;
using MigrationFeeds.Parsing.Families.UnhcrRefugeeStatistics;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Pipeline.Sources;

/// <summary>The report parsers the project has; sources and the extract command take theirs from here.</summary>
public static class ParserCatalog
{
    public static UnhcrBihOperationalUpdateParser UnhcrBihOperationalUpdate { get; } = new();

    public static FrontexWbRouteParser FrontexWbRoute { get; } = new();

    public static EurostatAsylumParser EurostatAsylum { get; } = new();

    public static UnhcrRefugeeStatisticsParser UnhcrRefugeeStatistics { get; } = new();

    public static UnhcrOdpParser UnhcrOdp { get; } = new();

    public static InstatPxWebParser InstatPxWeb { get; } = new();

    /// <summary>The general extraction engine, for report series with no parser of their own.</summary>
    public static GeneralReportParser General { get; } = new();

    /// <summary>What <c>extract</c> reads local files with: a family's parser for a document it recognises, else the general one.</summary>
    public static IReportParser ForExtraction { get; } = new ExtractionParser();
}
