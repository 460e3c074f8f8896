using MigrationFeeds.Parsing.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace MigrationFeeds.Parsing.Readers;

/// <summary>
/// Reads the text of a PDF as pages of lines in reading order: each page is laid out from its letters
/// (<see cref="PdfPageLayout"/>), and words hyphenated at line ends are rejoined within their block.
/// </summary>
public static class PdfDocumentReader
{
    private static readonly ParsingOptions Options = new() { UseLenientParsing = true, SkipMissingFonts = true };

    public static DocumentReadResult Read(ReadOnlyMemory<byte> content)
    {
        if (!ContentSniffer.LooksLikePdf(content.Span))
        {
            var what = ContentSniffer.LooksLikeHtml(content.Span) ? "an HTML page" : "not a PDF";
            return DocumentReadResult.Failure(ParseIssueCodes.NotPdf, $"The content is {what}: no %PDF- header.");
        }

        try
        {
            using var document = PdfDocument.Open(content, Options);
            var laidOut = new List<List<PdfLine>>(document.NumberOfPages);
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                laidOut.Add(PdfPageLayout.Read(document.GetPage(number).Letters));
            }

            var compounds = LineHyphenation.CollectCompounds(laidOut.SelectMany(p => p).Select(l => l.Text));
            var pages = new List<TextPage>(laidOut.Count);
            for (var i = 0; i < laidOut.Count; i++)
            {
                pages.Add(ToTextPage(i + 1, laidOut[i], compounds));
            }

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

    /// <summary>The page's lines, numbered from 1, with hyphenation undone within each block (blocks are contiguous).</summary>
    private static TextPage ToTextPage(int number, List<PdfLine> laidOut, ISet<string> compounds)
    {
        var lines = new List<TextLine>(laidOut.Count);
        var words = new List<PageWord>();
        for (var from = 0; from < laidOut.Count;)
        {
            var to = from + 1;
            while (to < laidOut.Count && laidOut[to].Block == laidOut[from].Block)
            {
                to++;
            }

            IReadOnlyList<string> texts = to - from == 1 ? [laidOut[from].Text] : LineHyphenation.Join(laidOut.GetRange(from, to - from).ConvertAll(l => l.Text), compounds);
            for (var i = from; i < to; i++)
            {
                var line = laidOut[i];
                lines.Add(new TextLine { Number = i + 1, Text = texts[i - from], Block = line.Block, FontSize = line.FontSize });
                words.AddRange(line.Words);
            }

            from = to;
        }

        return new TextPage { Number = number, Lines = lines, Words = words };
    }
}
