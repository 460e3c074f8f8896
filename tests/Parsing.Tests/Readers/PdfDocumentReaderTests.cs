using System.Text;
using MigrationFeeds.Parsing.Readers;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Readers;

public sealed class PdfDocumentReaderTests
{
    [Fact]
    public void Read_TwoParagraphs_ReturnsNumberedLinesInReadingOrder()
    {
        var pdf = new TestPdf()
            .Paragraph(50, 760, "First paragraph, first line", "first paragraph, second line.")
            .Paragraph(50, 700, "Second paragraph.")
            .Build();

        var result = PdfDocumentReader.Read(pdf);

        Assert.True(result.Succeeded);
        var page = Assert.Single(result.Document.Pages);
        Assert.Equal(1, page.Number);
        Assert.Equal(["First paragraph, first line", "first paragraph, second line.", "Second paragraph."], page.Lines.Select(l => l.Text));
        Assert.Equal([1, 2, 3], page.Lines.Select(l => l.Number));
        Assert.Equal(page.Lines[0].Block, page.Lines[1].Block);
        Assert.NotEqual(page.Lines[1].Block, page.Lines[2].Block);
    }

    [Fact]
    public void Read_TwoColumnsSideBySide_ReadsTheLeftColumnThenTheRight()
    {
        var pdf = new TestPdf()
            .Paragraph(50, 760, "Arrivals in the month were the", "highest since October 2018.")
            .Paragraph(320, 760, "Average waiting time for cases", "registered in October was 33 days.")
            .Build();

        var lines = PdfDocumentReader.Read(pdf).Document!.Pages[0].Lines;

        Assert.Equal(
            ["Arrivals in the month were the", "highest since October 2018.", "Average waiting time for cases", "registered in October was 33 days."],
            lines.Select(l => l.Text));
        Assert.Equal(lines[0].Block, lines[1].Block);
        Assert.NotEqual(lines[1].Block, lines[2].Block);
    }

    [Fact]
    public void Read_KeyFigureStrip_ReadsTheNumbersLeftToRightThenTheirLabels()
    {
        var pdf = new TestPdf()
            .Text("5,010", 50, 700, size: 15).Text("4,854", 200, 700, size: 15)
            .Text("irregular arrivals", 50, 680, size: 7.5).Text("intentions to seek asylum", 200, 680, size: 7.5)
            .Build();

        var page = PdfDocumentReader.Read(pdf).Document!.Pages[0];

        Assert.Equal(["5,010", "4,854", "irregular arrivals", "intentions to seek asylum"], page.Lines.Select(l => l.Text));
        Assert.Equal(4, page.Lines.Select(l => l.Block).Distinct().Count());
    }

    [Fact]
    public void Read_TableRow_SplitsAtTheWideGapIntoCellsWithTheirWords()
    {
        var pdf = new TestPdf().Text("TRC Lipa (Una-Sana Canton)", 50, 700, size: 8).Text("1,204", 300, 700, size: 8).Build();

        var page = PdfDocumentReader.Read(pdf).Document!.Pages[0];

        Assert.Equal(["TRC Lipa (Una-Sana Canton)", "1,204"], page.Lines.Select(l => l.Text));
        Assert.Equal(["TRC", "Lipa", "(Una-Sana", "Canton)", "1,204"], page.Words.Select(w => w.Text));
        Assert.Equal([1, 1, 1, 1, 2], page.Words.Select(w => w.Line));
        var number = page.Words[^1];
        Assert.InRange(number.Left, 299, 301);
        Assert.InRange(number.Bottom, 699, 701);
        Assert.Equal(8, number.FontSize, 1);
    }

    [Fact]
    public void Read_HeadingSetLarger_IsABlockOfItsOwn()
    {
        var pdf = new TestPdf()
            .Text("ARRIVALS AND ASYLUM", 50, 762, size: 12, bold: true)
            .Paragraph(50, 746, "5,010 persons arrived irregularly in October,", "the highest monthly number since 2018.")
            .Build();

        var lines = PdfDocumentReader.Read(pdf).Document!.Pages[0].Lines;

        Assert.Equal(3, lines.Count);
        Assert.NotEqual(lines[0].Block, lines[1].Block);
        Assert.Equal(lines[1].Block, lines[2].Block);
    }

    [Fact]
    public void Read_WordHyphenatedAtLineEnd_JoinsTheWordOnTheFirstLine()
    {
        var pdf = new TestPdf()
            .Paragraph(50, 760, "5,010 persons were registered among the ar-", "rivals in October, more than ever before.")
            .Build();

        var lines = PdfDocumentReader.Read(pdf).Document!.Pages[0].Lines;

        Assert.Equal("5,010 persons were registered among the arrivals", lines[0].Text);
        Assert.Equal("in October, more than ever before.", lines[1].Text);
    }

    [Fact]
    public void Read_CompoundBrokenAtItsHyphen_KeepsTheHyphenWhenTheDocumentWritesItWhole()
    {
        var pdf = new TestPdf()
            .Paragraph(50, 760, "2,942 migrants and asylum-", "seekers were accommodated.")
            .Paragraph(50, 700, "All asylum-seekers were registered.")
            .Build();

        var lines = PdfDocumentReader.Read(pdf).Document!.Pages[0].Lines;

        Assert.Equal("2,942 migrants and asylum-seekers", lines[0].Text);
    }

    [Fact]
    public void Read_RangeBrokenAfterItsDash_JoinsTheRange()
    {
        var pdf = new TestPdf()
            .Paragraph(50, 760, "while between 300-", "900 persons are estimated to be outside.")
            .Build();

        var lines = PdfDocumentReader.Read(pdf).Document!.Pages[0].Lines;

        Assert.Equal("while between 300-900", lines[0].Text);
        Assert.Equal("persons are estimated to be outside.", lines[1].Text);
    }

    [Fact]
    public void Read_SeveralPages_NumbersPagesFromOne()
    {
        var pdf = new TestPdf().Text("Page one text", 50, 760).NewPage().Text("Page two text", 50, 760).Build();

        var pages = PdfDocumentReader.Read(pdf).Document!.Pages;

        Assert.Equal([1, 2], pages.Select(p => p.Number));
        Assert.Equal("Page two text", pages[1].Lines[0].Text);
    }

    [Fact]
    public void Read_LargeNumber_KeepsWordPositionsAndFontSizes()
    {
        var pdf = new TestPdf().Text("5,010", 50, 700, size: 20, bold: true).Text("irregular arrivals", 50, 680, size: 8).Build();

        var page = PdfDocumentReader.Read(pdf).Document!.Pages[0];

        var number = Assert.Single(page.Words, w => w.Text == "5,010");
        Assert.Equal(20, number.FontSize, 1);
        Assert.InRange(number.Left, 49, 51);
        Assert.InRange(number.Bottom, 695, 701);
        Assert.Contains("5,010", page.Lines[number.Line - 1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LineSetInLargeType_CarriesItsFontSize()
    {
        var pdf = new TestPdf().Text("KEY FIGURES", 50, 760, size: 20).Paragraph(50, 600, "Body text in ten points.").Build();

        var lines = PdfDocumentReader.Read(pdf).Document!.Pages[0].Lines;

        Assert.Equal(20, lines.Single(l => l.Text == "KEY FIGURES").FontSize, 1);
        Assert.Equal(10, lines.Single(l => l.Text == "Body text in ten points.").FontSize, 1);
    }

    [Fact]
    public void Read_TitleInMetadata_BecomesTheDocumentTitle()
    {
        var pdf = new TestPdf(title: "Operational Update - October 2022").Text("Text", 50, 700).Build();

        Assert.Equal("Operational Update - October 2022", PdfDocumentReader.Read(pdf).Document!.Title);
    }

    [Fact]
    public void Read_HtmlPageServedAsPdf_ReportsNotPdf()
    {
        var html = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>Not found</title></head><body><p>Page not found</p></body></html>");

        var result = PdfDocumentReader.Read(html);

        Assert.False(result.Succeeded);
        Assert.Equal(ParseIssueCodes.NotPdf, result.Issue.Code);
        Assert.Contains("HTML", result.Issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RandomBytes_ReportsNotPdf()
    {
        var result = PdfDocumentReader.Read(new byte[] { 1, 2, 3, 4, 5 });

        Assert.Equal(ParseIssueCodes.NotPdf, result.Issue!.Code);
    }

    [Fact]
    public void Read_TruncatedPdf_ReportsUnreadable()
    {
        var pdf = new TestPdf().Paragraph(50, 760, "Some text that will be cut off.").Build();

        var result = PdfDocumentReader.Read(pdf.AsMemory(0, pdf.Length / 2));

        Assert.False(result.Succeeded);
        Assert.Equal(ParseIssueCodes.Unreadable, result.Issue.Code);
    }

    [Fact]
    public void Read_EncryptedPdf_ReportsUnreadable()
    {
        var pdf = Encoding.Latin1.GetString(new TestPdf().Text("Secret", 50, 700).Build());
        var encrypted = pdf.Replace(
            "trailer\n<<",
            "trailer\n<< /Encrypt << /Filter /Standard /V 2 /R 3 /Length 128 /P -44 "
            + "/O <00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF> "
            + "/U <00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF> >> ",
            StringComparison.Ordinal);
        Assert.NotEqual(pdf, encrypted);

        var result = PdfDocumentReader.Read(Encoding.Latin1.GetBytes(encrypted));

        Assert.False(result.Succeeded);
        Assert.Equal(ParseIssueCodes.Unreadable, result.Issue.Code);
        Assert.Contains("encrypted", result.Issue.Message, StringComparison.Ordinal);
    }
}
