using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Readers;

/// <summary>
/// Picks the reader by what the bytes are, then by what the server said: a PDF header wins over any
/// content type, a body served as PDF that is not one is reported as not_pdf, HTML is read as HTML,
/// and a body served as text/plain as plain text.
/// </summary>
public static class DocumentReader
{
    public static DocumentReadResult Read(ReadOnlyMemory<byte> content, string? contentType)
    {
        var read = ReadAny(content, contentType);
        return read.Succeeded && SplitNumbers.Find(read.Document) is { } split ? DocumentReadResult.Failure(split) : read;
    }

    private static DocumentReadResult ReadAny(ReadOnlyMemory<byte> content, string? contentType)
    {
        if (content.IsEmpty)
        {
            return DocumentReadResult.Failure(ParseIssueCodes.Empty, "The document is empty.");
        }

        var type = contentType ?? string.Empty;
        if (ContentSniffer.LooksLikePdf(content.Span) || type.Contains("pdf", StringComparison.OrdinalIgnoreCase))
        {
            return PdfDocumentReader.Read(content);
        }

        if (type.Contains("html", StringComparison.OrdinalIgnoreCase) || ContentSniffer.LooksLikeHtml(content.Span))
        {
            return HtmlDocumentReader.Read(content, contentType);
        }

        if (type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            return PlainTextDocumentReader.Read(content);
        }

        return DocumentReadResult.Failure(ParseIssueCodes.Unreadable, $"Neither a PDF, an HTML page nor plain text (content type '{type}').");
    }
}
