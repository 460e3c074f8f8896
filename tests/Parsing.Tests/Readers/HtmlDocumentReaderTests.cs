using System.Text;
using MigrationFeeds.Parsing.Readers;

namespace MigrationFeeds.Parsing.Tests.Readers;

public sealed class HtmlDocumentReaderTests
{
    private static readonly Encoding Windows1250 = CodePagesEncodingProvider.Instance.GetEncoding(1250)!;

    [Fact]
    public void Read_RelatedStoriesAndSidebar_AreLeftOut()
    {
        var bytes = Encoding.UTF8.GetBytes(
            "<html><body><article><p>U centrima je 2.614 lica.</p></article>"
            + "<section class=\"related\"><h2>Povezane vesti</h2><ul><li>Trenutno u centrima 3.059 migranata</li></ul></section>"
            + "<div id=\"right-sidebar\"><p>Najčitanije: 900 migranata</p></div><div class=\"article-body\"><p>Kraj.</p></div></body></html>");

        var lines = HtmlDocumentReader.Read(bytes).Document!.Pages[0].Lines.Select(l => l.Text).ToList();

        Assert.Equal(["U centrima je 2.614 lica.", "Kraj."], lines);
    }

    [Theory]
    [InlineData("Më të lexuarat")]
    [InlineData("Most read")]
    [InlineData("Најчитани")]
    public void Read_ABlockHeadedAsAListOfOtherPages_IsLeftOutWhateverItsClass(string heading)
    {
        var bytes = Encoding.UTF8.GetBytes(
            "<html><body><article><p>Në vitin 2020 u kapën 12 mijë emigrantë.</p></article>"
            + "<aside><h2>" + heading + "</h2><ul><li>Kapen 13 emigrantë në Elbasan</li></ul></aside></body></html>");

        var lines = HtmlDocumentReader.Read(bytes).Document!.Pages[0].Lines.Select(l => l.Text).ToList();

        Assert.Equal(["Në vitin 2020 u kapën 12 mijë emigrantë."], lines);
    }

    [Fact]
    public void Read_ASectionHeadedByItsOwnSubject_IsKept()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><body><section><h2>Arrivals</h2><p>In May 1,204 people arrived.</p></section></body></html>");

        var lines = HtmlDocumentReader.Read(bytes).Document!.Pages[0].Lines.Select(l => l.Text).ToList();

        Assert.Contains("In May 1,204 people arrived.", lines);
    }

    [Fact]
    public void Read_Windows1250WithCharsetInContentType_DecodesDiacritics()
    {
        var bytes = Windows1250.GetBytes("<html><body><p>1,204 in TRC Lipa and 493 in TRC Borići, Ušivak and Blažuj.</p></body></html>");

        var page = HtmlDocumentReader.Read(bytes, "text/html; charset=windows-1250").Document!.Pages[0];

        Assert.Equal("1,204 in TRC Lipa and 493 in TRC Borići, Ušivak and Blažuj.", Assert.Single(page.Lines).Text);
    }

    [Fact]
    public void Read_Windows1250WithMetaCharset_DecodesDiacritics()
    {
        var bytes = Windows1250.GetBytes(
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1250\"></head><body><p>TRC Borići</p></body></html>");

        var page = HtmlDocumentReader.Read(bytes, "text/html").Document!.Pages[0];

        Assert.Equal("TRC Borići", Assert.Single(page.Lines).Text);
    }

    [Fact]
    public void Read_ContentTypeCharset_WinsOverMetaCharset()
    {
        var bytes = Windows1250.GetBytes("<html><head><meta charset=\"utf-8\"></head><body><p>Ušivak</p></body></html>");

        var page = HtmlDocumentReader.Read(bytes, "text/html; charset=windows-1250").Document!.Pages[0];

        Assert.Equal("Ušivak", Assert.Single(page.Lines).Text);
    }

    [Fact]
    public void Read_Utf8WithoutAnyCharset_DefaultsToUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><body><p>Vaša Prava BiH – “AISA”</p></body></html>");

        var page = HtmlDocumentReader.Read(bytes).Document!.Pages[0];

        Assert.Equal("Vaša Prava BiH – “AISA”", Assert.Single(page.Lines).Text);
    }

    [Fact]
    public void Read_PageFurniture_IsDropped()
    {
        var html = """
            <html><head><title>T</title><style>p { color: red }</style></head>
            <body>
              <header><p>Site header 1,000</p></header>
              <nav><ul><li>Updates</li></ul></nav>
              <script>var arrivals = 5010;</script>
              <main><p>2,942 persons were accommodated.</p></main>
              <footer><p>Footer</p></footer>
            </body></html>
            """;

        var lines = HtmlDocumentReader.Read(Encoding.UTF8.GetBytes(html)).Document!.Pages[0].Lines;

        Assert.Equal(["2,942 persons were accommodated."], lines.Select(l => l.Text));
    }

    [Fact]
    public void Read_BlockElements_EndLines()
    {
        var html = "<body><h2>Key figures</h2><p>One <b>bold</b> line</p><ul><li>First</li><li>Second</li></ul>"
            + "<table><tr><td>Lipa</td><td>1,204</td></tr></table><div>Before<br>after</div></body>";

        var lines = HtmlDocumentReader.Read(Encoding.UTF8.GetBytes(html)).Document!.Pages[0].Lines;

        Assert.Equal(["Key figures", "One bold line", "First", "Second", "Lipa", "1,204", "Before", "after"], lines.Select(l => l.Text));
        Assert.Equal(Enumerable.Range(1, 8), lines.Select(l => l.Number));
        Assert.Equal(7, lines.Select(l => l.Block).Distinct().Count());
        Assert.Equal(lines[6].Block, lines[7].Block);
    }

    [Fact]
    public void Read_EntitiesAndNoBreakSpaces_AreDecodedAndNormalised()
    {
        var lines = HtmlDocumentReader.Read(Encoding.UTF8.GetBytes("<p>4&nbsp;215 persons &amp; 3\u202F100 more</p>")).Document!.Pages[0].Lines;

        Assert.Equal("4 215 persons & 3 100 more", Assert.Single(lines).Text);
    }

    [Fact]
    public void Read_TitleElement_IsTheTitle()
    {
        var html = "<html><head><title>Operational Update - October 2022</title></head><body><h1>Heading</h1></body></html>";

        Assert.Equal("Operational Update - October 2022", HtmlDocumentReader.Read(Encoding.UTF8.GetBytes(html)).Document!.Title);
    }

    [Fact]
    public void Read_NoTitleElement_TakesTheFirstHeading()
    {
        var html = "<html><body><h1>Operational Update, October 2022</h1><h1>Other</h1></body></html>";

        Assert.Equal("Operational Update, October 2022", HtmlDocumentReader.Read(Encoding.UTF8.GetBytes(html)).Document!.Title);
    }
}
