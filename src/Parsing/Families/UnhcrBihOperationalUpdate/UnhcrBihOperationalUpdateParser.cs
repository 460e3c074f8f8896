using MigrationFeeds.Parsing.Documents;
using MigrationFeeds.Parsing.Extraction;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Periods;
using MigrationFeeds.Parsing.Text;

namespace MigrationFeeds.Parsing.Families.UnhcrBihOperationalUpdate;

/// <summary>
/// UNHCR's monthly Operational Update for Bosnia and Herzegovina, as PDF or as the text of its
/// report page: arrivals, UASC among them, intentions to seek asylum, asylum applications (persons),
/// persons accommodated (in total and by centre), the estimate of persons outside accommodation and
/// arrivals since January 2018.
/// </summary>
public sealed class UnhcrBihOperationalUpdateParser : IReportParser
{
    private const int QuoteInIssue = 120;
    private const int TitleLinesToSearch = 12;

    private static readonly FigureExtractor Extractor = new(UnhcrBihRules.Rules, UnhcrBihRules.ZeroRules);

    public string Family => "unhcr-bih-operational-update";

    public string Version => "1.0.0";

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

        var report = new ReportPeriod
        {
            ReportMonth = ReportPeriod.MonthFromTitle(context.Title) ?? ReportPeriod.MonthFromTitle(document.Title) ?? MonthFromFirstLines(document),
            Published = context.Published,
        };

        var candidates = new List<FigureCandidate>();
        var issues = new List<ParseIssue>();
        foreach (var page in document.Pages)
        {
            var body = KeyFigureBoxReader.BodyFontSize(page);
            var sentences = SentenceSplitter.Split(page, line => !KeyFigureBoxReader.IsDisplayLine(line, body))
                .Concat(KeyFigureBoxReader.Read(page));
            foreach (var sentence in sentences)
            {
                var found = Extractor.Extract(sentence, report);
                candidates.AddRange(found.Figures);
                issues.AddRange(found.Unresolved.Select(PeriodUnknown));
            }

            candidates.AddRange(ReceptionCentreTable.Read(page, report));
        }

        var figures = FigureDeduplicator.Distinct(candidates, context.DefaultCountry)
            .Select(c => FigureDeduplicator.ToFigure(c, context.DefaultCountry))
            .ToList();
        issues.AddRange(Conflicts(figures));
        if (figures.Count == 0)
        {
            issues.Add(new ParseIssue { Code = ParseIssueCodes.NoFigures, Message = "No figure could be attributed to an indicator and a period." });
        }

        return new ParseResult { Figures = figures, Issues = issues };
    }

    /// <summary>Without a dated title, the first lines of the first page usually carry the month ("1-31 October 2021").</summary>
    private static YearMonth? MonthFromFirstLines(TextDocument document) =>
        document.Pages[0].Lines.Take(TitleLinesToSearch).Select(l => ReportPeriod.MonthFromTitle(l.Text)).FirstOrDefault(m => m is not null);

    private static ParseIssue PeriodUnknown(UnresolvedFigure figure) => new()
    {
        Code = ParseIssueCodes.PeriodUnknown,
        Message = $"A {figure.Indicator} figure was found but its period could not be told; it is left out.",
        Page = figure.Sentence.Page,
        Line = figure.Sentence.Line,
        Quote = Shorten(Quote.Around(figure.Sentence.Text, figure.Start, figure.Length)),
    };

    private static string Shorten(string quote) => quote.Length <= QuoteInIssue ? quote : quote[..(QuoteInIssue - 1)] + "…";

    /// <summary>Two different values for the same observation on the same page are both kept, and flagged.</summary>
    private static IEnumerable<ParseIssue> Conflicts(IReadOnlyList<Figure> figures) =>
        figures
            .GroupBy(f => (f.Site, f.Indicator, f.Measure, f.Period, f.Page))
            .Where(g => g.Count() > 1)
            .Select(g => new ParseIssue
            {
                Code = ParseIssueCodes.Ambiguous,
                Message = $"The page states {g.Count()} different values for {g.Key.Indicator} {g.Key.Measure} {g.Key.Period}"
                    + (g.Key.Site is null ? string.Empty : $" at {g.Key.Site}") + ".",
                Page = g.Key.Page,
                Quote = Shorten(g.First().Quote),
            });
}
