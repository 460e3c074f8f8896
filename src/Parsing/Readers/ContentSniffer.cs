using System.Text;

namespace MigrationFeeds.Parsing.Readers;

/// <summary>Tells a PDF from an HTML page by their first bytes, whatever the server called them.</summary>
internal static class ContentSniffer
{
    private const int PdfHeaderWindow = 1024;
    private const int HtmlWindow = 2048;

    /// <summary>The PDF specification lets the header start anywhere in the first 1024 bytes.</summary>
    public static bool LooksLikePdf(ReadOnlySpan<byte> content)
    {
        var window = content[..Math.Min(content.Length, PdfHeaderWindow)];
        return window.IndexOf("%PDF-"u8) >= 0;
    }

    public static bool LooksLikeHtml(ReadOnlySpan<byte> content)
    {
        var window = content[..Math.Min(content.Length, HtmlWindow)];
        var text = Encoding.Latin1.GetString(window).TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF', ' ', '\r', '\n', '\t');
        return text.StartsWith('<')
            && (text.Contains("<html", StringComparison.OrdinalIgnoreCase)
                || text.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase)
                || text.Contains("<body", StringComparison.OrdinalIgnoreCase)
                || text.Contains("<p", StringComparison.OrdinalIgnoreCase)
                || text.Contains("<div", StringComparison.OrdinalIgnoreCase));
    }
}
