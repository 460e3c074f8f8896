using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// Reads the figures of a situation report, monthly update, fact sheet or press release of no known family,
/// in English or a language of the region: the engine with every phrase rule and language pack, key-figure
/// boxes, tables of centres and the gazetteers of sites and countries.
/// </summary>
public sealed class GeneralReportParser : IReportParser
{
    private readonly ExtractionEngine _engine;

    /// <param name="explain">Also report every number that gave no figure, with why (for <c>extract --explain</c>).</param>
    public GeneralReportParser(bool explain = false)
    {
        _engine = new ExtractionEngine(new EngineSetup
        {
            PageReaders = [CentreTables.Read, PeriodTables.Read, CountryTables.Read],
            LayoutLines = [CentreTables.LinesOf, PeriodTables.LinesOf, CountryTables.LinesOf],
            Explain = explain,
        });
    }

    public string Family => "general";

    public string Version => "1.1.0";

    public ParseResult Parse(ReadOnlyMemory<byte> content, DocumentContext context) => _engine.Run(content, context);

    internal ParseResult Parse(Readers.TextDocument document, DocumentContext context) => _engine.Run(document, context);
}
