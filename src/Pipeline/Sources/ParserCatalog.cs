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

    private static readonly Lazy<IReportParser> ExplainingExtraction = new(() => new ExtractionParser(explain: true));

    private static readonly IReadOnlyList<IReportParser> All =
        [UnhcrBihOperationalUpdate, FrontexWbRoute, EurostatAsylum, UnhcrRefugeeStatistics, UnhcrOdp, InstatPxWeb, General, ForExtraction];

    /// <summary>The parser of a family (what the parse worker is asked for by name); null for a family we do not have.</summary>
    public static IReportParser? ByFamily(string family, bool explain = false) =>
        explain && family == ForExtraction.Family ? ExplainingExtraction.Value : All.FirstOrDefault(p => p.Family == family);
}
