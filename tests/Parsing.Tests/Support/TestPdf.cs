using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace MigrationFeeds.Parsing.Tests.Support;

/// <summary>Builds small PDFs for reader and parser tests with PdfPig's writer and the standard 14 fonts.</summary>
internal sealed class TestPdf
{
    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _regular;
    private readonly PdfDocumentBuilder.AddedFont _bold;
    private PdfPageBuilder? _page;

    public TestPdf(string? title = null)
    {
        if (title is not null)
        {
            _builder.DocumentInformation.Title = title;
        }

        _regular = _builder.AddStandard14Font(Standard14Font.Helvetica);
        _bold = _builder.AddStandard14Font(Standard14Font.HelveticaBold);
    }

    public TestPdf NewPage()
    {
        _page = _builder.AddPage(PageSize.A4);
        return this;
    }

    /// <summary>One run of text with its baseline starting at (x, y), in points from the bottom left.</summary>
    public TestPdf Text(string text, double x, double y, double size = 10, bool bold = false)
    {
        _page ??= _builder.AddPage(PageSize.A4);
        _page.AddText(text, size, new PdfPoint(x, y), bold ? _bold : _regular);
        return this;
    }

    /// <summary>Lines set one under the other, as a paragraph.</summary>
    public TestPdf Paragraph(double x, double top, params string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            Text(lines[i], x, top - i * 13);
        }

        return this;
    }

    public byte[] Build() => _builder.Build();
}
