using MigrationFeeds.Parsing.Readers;
using MigrationFeeds.Parsing.Extraction;
using MigrationFeeds.Parsing.Families.UnhcrBihOperationalUpdate;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Families;

/// <summary>
/// What <c>extract</c> reads any file with: a document recognised as one of a family's is read by that
/// family's parser, every other by <see cref="GeneralReportParser"/>.
/// </summary>
public sealed class ExtractionParser : IReportParser
{
    private readonly GeneralReportParser _general;
    private readonly bool _explain;

    /// <param name="explain">Report every number that gave no figure, with why.</param>
    public ExtractionParser(bool explain = false)
    {
        _explain = explain;
        _general = new GeneralReportParser(explain);
    }

    public string Family => "extract";

    public string Version => "1.0.0";

    /// <summary>The same parser, reporting every skipped number.</summary>
    public ExtractionParser Explaining() => _explain ? this : new ExtractionParser(explain: true);

    public ParseResult Parse(ReadOnlyMemory<byte> content, DocumentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var read = DocumentReader.Read(content, context.ContentType);
        if (!read.Succeeded)
        {
            return ParseResult.Failure(read.Issue);
        }

        var document = read.Document;
        if (document.Pages.All(p => p.Lines.Count == 0))
        {
            return ParseResult.Failure(new ParseIssue { Code = ParseIssueCodes.Empty, Message = "The document has no text (a scan?)." });
        }

        return UnhcrBihOperationalUpdateParser.Recognises(document, context)
            ? UnhcrBihOperationalUpdateParser.Parse(document, context, _explain)
            : _general.Parse(document, context);
    }
}
