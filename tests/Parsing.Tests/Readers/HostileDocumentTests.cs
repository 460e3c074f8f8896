using System.IO.Compression;
using System.Text;
using MigrationFeeds.Parsing.Families.UnhcrOdp;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Readers;
using MigrationFeeds.Parsing.Readers.Structured;
using MigrationFeeds.Parsing.Tests.Families.UnhcrOdp;
using MigrationFeeds.Parsing.Tests.Readers.Structured;

namespace MigrationFeeds.Parsing.Tests.Readers;

/// <summary>
/// Documents built to hurt a reader: deep nesting that would overflow a recursive walk, bytes that contradict their
/// declared encoding, sizes that would inflate without bound. Each is refused with an issue naming why.
/// </summary>
public sealed class HostileDocumentTests
{
    [Fact]
    public void Html_HundredThousandNestedDivs_IsRefusedAsTooDeepWithoutOverflowingTheStack()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "In May, 5,010 arrived." + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>";

        var read = HtmlDocumentReader.Read(Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8");

        Assert.False(read.Succeeded);
        Assert.Equal(ParseIssueCodes.TooDeep, read.Issue.Code);
    }

    [Fact]
    public void Html_TwentyThousandNestedTables_IsRefusedAsTooDeep()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<table><tr><td>1", 20_000)) + string.Concat(Enumerable.Repeat("</td></tr></table>", 20_000)) + "</body></html>";

        var read = HtmlDocumentReader.Read(Encoding.UTF8.GetBytes(html), "text/html");

        Assert.Equal(ParseIssueCodes.TooDeep, read.Issue?.Code);
    }

    [Fact]
    public void Html_NestedAsDeepAsAllowed_IsReadInDocumentOrder()
    {
        var depth = HtmlTree.MaxDepth - 10;
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>First 1,200.</p><p>Second 3,400.</p>" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";

        var read = HtmlDocumentReader.Read(Encoding.UTF8.GetBytes(html), "text/html");

        Assert.Equal(["First 1,200.", "Second 3,400."], read.Document!.Pages[0].Lines.Select(l => l.Text));
    }

    [Fact]
    public void Html_OverTheSizeLimit_IsRefusedAsTooLarge()
    {
        var read = HtmlDocumentReader.Read(new byte[HtmlDocumentReader.MaxBytes + 1], "text/html");

        Assert.Equal(ParseIssueCodes.TooLarge, read.Issue?.Code);
    }

    [Fact]
    public void Html_Latin1NoBreakSpaceInAPageDeclaredUtf8_IsReportedNotReadAsTen()
    {
        var bytes = Encoding.Latin1.GetBytes("<html><body><p>In October, 5\u00A0010 refugees and migrants arrived.</p></body></html>");

        var read = DocumentReader.Read(bytes, "text/html; charset=utf-8");

        Assert.False(read.Succeeded);
        Assert.Equal(ParseIssueCodes.EncodingMismatch, read.Issue.Code);
        Assert.Contains("0xA0", read.Issue.Message, StringComparison.Ordinal);
        Assert.Contains("5", read.Issue.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_Utf8BytesInAPageDeclaredWindows1250_IsReported()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><body><p>U TRC Borići je smješteno 1.204 osoba.</p></body></html>");

        var read = HtmlDocumentReader.Read(bytes, "text/html; charset=windows-1250");

        Assert.Equal(ParseIssueCodes.EncodingMismatch, read.Issue?.Code);
    }

    [Fact]
    public void Html_ReplacementCharacterBetweenDigits_IsReportedAsASplitNumber()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><body><p>In October, 5\uFFFD010 refugees and migrants arrived.</p></body></html>");

        var read = DocumentReader.Read(bytes, "text/html; charset=utf-8");

        Assert.Equal(ParseIssueCodes.SplitNumber, read.Issue?.Code);
        Assert.Contains("5\uFFFD010", read.Issue!.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_Utf16ByteOrderMarkBeforeUtf8Text_IsReportedNotReadAsNothing()
    {
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(Encoding.UTF8.GetBytes("In October 2022, 5,010 refugees and migrants arrived in BiH.\n")).ToArray();

        var read = DocumentReader.Read(bytes, "text/plain");

        Assert.Equal(ParseIssueCodes.EncodingMismatch, read.Issue?.Code);
    }

    [Fact]
    public void Text_RealUtf16_IsRead()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("U oktobru je pristiglo 5.010 osoba.\n")).ToArray();

        var read = DocumentReader.Read(bytes, "text/plain");

        Assert.Equal("U oktobru je pristiglo 5.010 osoba.", Assert.Single(read.Document!.Pages[0].Lines).Text);
    }

    [Fact]
    public void Text_OverTheSizeLimit_IsRefusedAsTooLarge()
    {
        var read = PlainTextDocumentReader.Read(Encoding.ASCII.GetBytes(new string('x', PlainTextDocumentReader.MaxBytes + 1)));

        Assert.Equal(ParseIssueCodes.TooLarge, read.Issue?.Code);
    }

    [Fact]
    public void Xlsx_PartThatInflatesPastItsDeclaredSize_IsRefused()
    {
        var workbook = TestXlsx.Build("Data", 1, [["a", 1]]);
        var bomb = ReplaceSheet(workbook, "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + new string(' ', (int)XlsxWorkbook.MaxPartBytes + 1024) + "</sheetData></worksheet>");
        Assert.True(bomb.Length < 1024 * 1024, $"the bomb is {bomb.Length} bytes");

        using var book = XlsxWorkbook.Open(bomb);
        var e = Assert.Throws<InvalidDataException>(() => book.ReadRows("Data"));

        Assert.Contains("inflates", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_MoreRowsThanTheLimit_IsRefused()
    {
        var rows = Enumerable.Range(0, XlsxWorkbook.MaxRows + 1).Select(i => new object?[] { i }).ToArray();
        using var book = XlsxWorkbook.Open(TestXlsx.Build("Data", 1, rows));

        var e = Assert.Throws<InvalidDataException>(() => book.ReadRows("Data"));

        Assert.Contains("rows", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_AMillionRowsInAFewMegabytes_IsRefusedBeforeAnyFigureIsMade()
    {
        var row = OdpJson.Row("Bosnia and Herzegovina", "2022-10-31", "5010", OdpJson.NewMonthly());
        var answer = OdpJson.Answer([.. Enumerable.Repeat(row, JsonValues.MaxRows + 1)]);

        var result = new UnhcrOdpParser().Parse(answer, new DocumentContext { Url = "https://data.unhcr.org/population/get/sublocation?fromDate=2022-10-01&toDate=2022-10-31", ContentType = "application/json" });

        Assert.True(result.Failed);
        Assert.Equal(ParseIssueCodes.TooLarge, Assert.Single(result.Issues).Code);
    }

    private static byte[] ReplaceSheet(byte[] workbook, string sheetXml)
    {
        using var output = new MemoryStream();
        output.Write(workbook);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            var sheet = zip.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));
            var name = sheet.FullName;
            sheet.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
            writer.Write(sheetXml);
        }

        return output.ToArray();
    }
}
