using MigrationFeeds.Parsing.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Exceptions;

namespace MigrationFeeds.Parsing.Documents;

/// <summary>
/// Reads the text of a PDF as pages of lines in reading order: words are grouped into blocks
/// (Docstrum), blocks are ordered by their layout, and words hyphenated at line ends are rejoined.
/// </summary>
public static class PdfDocumentReader
{
    public static DocumentReadResult Read(ReadOnlyMemory<byte> content)
    {
        if (!ContentSniffer.LooksLikePdf(content.Span))
        {
            var what = ContentSniffer.LooksLikeHtml(content.Span) ? "an HTML page" : "not a PDF";
            return DocumentReadResult.Failure(ParseIssueCodes.NotPdf, $"The content is {what}: no %PDF- header.");
        }

        try
        {
            using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var rawPages = new List<RawPage>(document.NumberOfPages);
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                rawPages.Add(ReadPage(document.GetPage(number), number));
            }

            var compounds = LineHyphenation.CollectCompounds(rawPages.SelectMany(p => p.Lines).Select(l => l.Text));
            var pages = rawPages.Select(p => p.ToTextPage(compounds)).ToList();
            var title = document.Information.Title is { } t && !string.IsNullOrWhiteSpace(t) ? TextNormalizer.Normalize(t) : null;
            return DocumentReadResult.Success(new TextDocument { Pages = pages, Title = title });
        }
        catch (PdfDocumentEncryptedException e)
        {
            return DocumentReadResult.Failure(ParseIssueCodes.Unreadable, $"The PDF is encrypted: {e.Message}");
        }
        catch (Exception e)
        {
            // PdfPig reports damaged and truncated files with many exception types; none may leave the reader.
            return DocumentReadResult.Failure(ParseIssueCodes.Unreadable, $"The PDF cannot be read: {e.GetType().Name}: {e.Message}");
        }
    }

    private static RawPage ReadPage(Page page, int number)
    {
        var words = page.GetWords(NearestNeighbourWordExtractor.Instance)
            .Where(w => !string.IsNullOrWhiteSpace(w.Text))
            .ToList();
        if (words.Count == 0)
        {
            return new RawPage(number, []);
        }

        var blocks = DocstrumBoundingBoxes.Instance.GetBlocks(words);
        var ordered = UnsupervisedReadingOrderDetector.Instance.Get(blocks).OrderBy(b => b.ReadingOrder).ToList();

        var lines = new List<RawLine>();
        for (var blockIndex = 0; blockIndex < ordered.Count; blockIndex++)
        {
            foreach (var line in ordered[blockIndex].TextLines)
            {
                var lineWords = line.Words.Where(w => !string.IsNullOrWhiteSpace(w.Text)).Select(ToPageWord).ToList();
                if (lineWords.Count == 0)
                {
                    continue;
                }

                var text = TextNormalizer.Normalize(string.Join(' ', lineWords.Select(w => w.Text)));
                lines.Add(new RawLine(text, blockIndex, Median(lineWords.Select(w => w.FontSize)), lineWords));
            }
        }

        return new RawPage(number, lines);
    }

    private static PageWord ToPageWord(Word word) => new()
    {
        Text = TextNormalizer.Normalize(word.Text),
        Left = word.BoundingBox.Left,
        Bottom = word.BoundingBox.Bottom,
        Right = word.BoundingBox.Right,
        Top = word.BoundingBox.Top,
        FontSize = Median(word.Letters.Select(l => l.PointSize)),
    };

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }

    private sealed record RawLine(string Text, int Block, double FontSize, IReadOnlyList<PageWord> Words);

    private sealed record RawPage(int Number, IReadOnlyList<RawLine> Lines)
    {
        public TextPage ToTextPage(ISet<string> compounds)
        {
            var texts = new string[Lines.Count];
            foreach (var block in Lines.Select((line, index) => (line, index)).GroupBy(x => x.line.Block))
            {
                var members = block.ToList();
                var joined = LineHyphenation.Join(members.Select(m => m.line.Text).ToList(), compounds);
                for (var i = 0; i < members.Count; i++)
                {
                    texts[members[i].index] = joined[i];
                }
            }

            var lines = new List<TextLine>();
            var words = new List<PageWord>();
            for (var i = 0; i < Lines.Count; i++)
            {
                var lineNumber = i + 1;
                lines.Add(new TextLine { Number = lineNumber, Text = texts[i], Block = Lines[i].Block, FontSize = Lines[i].FontSize });
                words.AddRange(Lines[i].Words.Select(w => w with { Line = lineNumber }));
            }

            return new TextPage { Number = Number, Lines = lines, Words = words };
        }
    }
}
