using MigrationFeeds.Parsing.Readers;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.PdfFonts;

namespace MigrationFeeds.Parsing.Tests.Readers;

/// <summary>Text set along the page's edge (a quarter turn either way), which the writer of TestPdf cannot produce.</summary>
public sealed class PdfPageLayoutTests
{
    private const double Advance = 6;
    private const double Height = 7;

    [Fact]
    public void Read_TextRunningUpThePage_IsOneLineAfterTheUprightText()
    {
        var letters = Upright("Arrivals", 100, 700).Concat(Up("UNHCR BiH", x: 30, y: 300)).ToList();

        var lines = PdfPageLayout.Read(letters);

        Assert.Equal(["Arrivals", "UNHCR BiH"], lines.Select(l => l.Text));
        var unhcr = lines[1].Words[0];
        Assert.Equal(30 - Height, unhcr.Left, 3);
        Assert.Equal(30, unhcr.Right, 3);
        Assert.Equal(300, unhcr.Bottom, 3);
        Assert.Equal(300 + (5 * Advance), unhcr.Top, 3);
        Assert.Equal(2, unhcr.Line);
    }

    [Fact]
    public void Read_TextRunningDownThePage_KeepsItsWordsInReadingOrder()
    {
        var letters = Down("Page 2 of 3", x: 560, y: 700).ToList();

        var line = Assert.Single(PdfPageLayout.Read(letters));

        Assert.Equal("Page 2 of 3", line.Text);
        Assert.Equal(["Page", "2", "of", "3"], line.Words.Select(w => w.Text));
        Assert.All(line.Words, w => Assert.InRange(w.Left, 559.9, 560.1));
        Assert.True(line.Words[0].Bottom > line.Words[^1].Top, "the first word stands above the last");
    }

    private static IEnumerable<Letter> Upright(string text, double x, double y) =>
        text.Select((c, i) => Letter(c, new PdfPoint(x + (i * Advance), y), new PdfPoint(x + ((i + 1) * Advance), y),
            new PdfRectangle(x + (i * Advance), y, x + ((i + 1) * Advance), y + Height)));

    private static IEnumerable<Letter> Up(string text, double x, double y) =>
        text.Select((c, i) => Letter(c, new PdfPoint(x, y + (i * Advance)), new PdfPoint(x, y + ((i + 1) * Advance)),
            new PdfRectangle(x - Height, y + (i * Advance), x, y + ((i + 1) * Advance))));

    private static IEnumerable<Letter> Down(string text, double x, double y) =>
        text.Select((c, i) => Letter(c, new PdfPoint(x, y - (i * Advance)), new PdfPoint(x, y - ((i + 1) * Advance)),
            new PdfRectangle(x, y - ((i + 1) * Advance), x + Height, y - (i * Advance))));

    private static Letter Letter(char value, PdfPoint start, PdfPoint end, PdfRectangle glyph) =>
        new(value.ToString(), glyph, glyph, start, end, Advance, 10, new FontDetails("Helvetica", false, 400, false),
            TextRenderingMode.Fill, GrayColor.Black, GrayColor.Black, 10, 0);
}
