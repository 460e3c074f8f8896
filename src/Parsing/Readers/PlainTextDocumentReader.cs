using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Readers;

/// <summary>
/// Reads plain text: a form feed ends a page (as pdftotext writes them), each line a line, a blank line ends a
/// block (a paragraph), the first non-empty line is the title. UTF-8 unless a byte order mark says otherwise.
/// </summary>
public static class PlainTextDocumentReader
{
    /// <summary>Larger files are refused: a report's text is a few hundred kilobytes, and a file's lines are held whole.</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    public static DocumentReadResult Read(ReadOnlyMemory<byte> content)
    {
        var span = content.Span;
        if (span.IsEmpty)
        {
            return DocumentReadResult.Failure(ParseIssueCodes.Empty, "The text file is empty.");
        }

        if (span.Length > MaxBytes)
        {
            return DocumentReadResult.Failure(ParseIssueCodes.TooLarge, $"The text file has {span.Length:N0} bytes; files over {MaxBytes:N0} are not read.");
        }

        var utf16 = span.Length >= 2 && ((span[0] == 0xFF && span[1] == 0xFE) || (span[0] == 0xFE && span[1] == 0xFF));
        if (!utf16 && span.IndexOf((byte)0) >= 0)
        {
            return DocumentReadResult.Failure(ParseIssueCodes.Unreadable, "The file is binary, not text.");
        }

        var decoded = TextDecoding.Decode(span, "text/plain; charset=utf-8");
        if (decoded.Issue is not null)
        {
            return DocumentReadResult.Failure(decoded.Issue);
        }

        var text = decoded.Text!;
        var pages = new List<TextPage>();
        foreach (var pageText in text.Split('\f'))
        {
            var lines = new List<TextLine>();
            var block = 0;
            foreach (var raw in TextColumns.Unfold(pageText.Split('\n')))
            {
                var line = TextNormalizer.Normalize(raw);
                if (line.Length == 0)
                {
                    if (lines.Count > 0 && lines[^1].Block == block)
                    {
                        block++;
                    }

                    continue;
                }

                lines.Add(new TextLine { Number = lines.Count + 1, Text = line, Block = block });
            }

            pages.Add(new TextPage { Number = pages.Count + 1, Lines = lines });
        }

        // A form feed at the very end makes no page of its own.
        while (pages.Count > 1 && pages[^1].Lines.Count == 0)
        {
            pages.RemoveAt(pages.Count - 1);
        }

        var title = pages.SelectMany(p => p.Lines).FirstOrDefault()?.Text;
        return DocumentReadResult.Success(new TextDocument { Pages = pages, Title = title });
    }
}
