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
            foreach (var raw in TextColumns.Unfold(BoxColumns.Unfold(pageText.Split('\n'))))
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

        // A copy of a web page may open with the site's menu ("Krstarica | Vesti | Region | Svet"): the title is the first
        // line that is not one.
        var opening = pages.SelectMany(p => p.Lines).Take(MenuLinesToSkip + 1).ToList();
        var title = (opening.FirstOrDefault(l => !IsMenu(l.Text)) ?? opening.FirstOrDefault())?.Text;
        return DocumentReadResult.Success(new TextDocument { Pages = pages, Title = title });
    }

    private const int MenuLinesToSkip = 3;

    /// <summary>A line of three or more short items between bars or dots, each a word or three: a site's menu.</summary>
    private static bool IsMenu(string line)
    {
        var items = line.Split(MenuSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return items.Length >= 3 && items.All(i => i.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3);
    }

    private static readonly char[] MenuSeparators = ['|', '·', '•'];
}
