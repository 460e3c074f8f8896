using System.Text;
using MigrationFeeds.Parsing.Readers;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Readers;

public sealed class DocumentReaderTests
{
    [Fact]
    public void Read_PdfBytesLabelledHtml_ReadsThePdf()
    {
        var pdf = new TestPdf().Text("PDF text", 50, 700).Build();

        var result = DocumentReader.Read(pdf, "text/html");

        Assert.Equal("PDF text", result.Document!.Pages[0].Lines[0].Text);
    }

    [Fact]
    public void Read_HtmlLabelledPdf_ReportsNotPdf()
    {
        var result = DocumentReader.Read(Encoding.UTF8.GetBytes("<html><body>Error</body></html>"), "application/pdf");

        Assert.Equal(ParseIssueCodes.NotPdf, result.Issue!.Code);
    }

    [Fact]
    public void Read_HtmlWithoutContentType_ReadsTheHtml()
    {
        var result = DocumentReader.Read(Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><p>Hello</p></body></html>"), null);

        Assert.Equal("Hello", result.Document!.Pages[0].Lines[0].Text);
    }

    [Fact]
    public void Read_PlainText_ReadsItsLines()
    {
        var result = DocumentReader.Read(Encoding.UTF8.GetBytes("Title\n\njust text"), "text/plain");

        Assert.Equal(["Title", "just text"], result.Document!.Pages[0].Lines.Select(l => l.Text));
    }

    [Fact]
    public void Read_BytesOfUnknownType_ReportsUnreadable()
    {
        var result = DocumentReader.Read(Encoding.UTF8.GetBytes("just text"), "application/octet-stream");

        Assert.Equal(ParseIssueCodes.Unreadable, result.Issue!.Code);
    }

    [Fact]
    public void Read_NoBytes_ReportsEmpty()
    {
        Assert.Equal(ParseIssueCodes.Empty, DocumentReader.Read(ReadOnlyMemory<byte>.Empty, "application/pdf").Issue!.Code);
    }
}
