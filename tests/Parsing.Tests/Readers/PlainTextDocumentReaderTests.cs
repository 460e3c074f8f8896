using System.Text;
using MigrationFeeds.Parsing.Readers;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Tests.Readers;

public sealed class PlainTextDocumentReaderTests
{
    [Fact]
    public void Read_BlankLine_StartsANewBlock()
    {
        var page = PlainTextDocumentReader.Read(Encoding.UTF8.GetBytes("Title\n\nFirst line\nsecond line\n\nNext paragraph")).Document!.Pages[0];

        Assert.Equal([0, 1, 1, 2], page.Lines.Select(l => l.Block));
    }

    [Fact]
    public void Read_FirstLine_IsTheTitle()
    {
        Assert.Equal("Serbia Update", PlainTextDocumentReader.Read(Encoding.UTF8.GetBytes("\nSerbia Update\n\nText.")).Document!.Title);
    }

    [Theory]
    [InlineData("Krstarica  |  Vesti  |  Region  |  Svet  |  Sport\n\nBIH: More illegal crossings\n\nText.")]
    [InlineData("News · Business · Region · World\nBIH: More illegal crossings\nText.")]
    public void Read_ASiteMenuFirst_TakesTheLineAfterItAsTheTitle(string text)
    {
        Assert.Equal("BIH: More illegal crossings", PlainTextDocumentReader.Read(Encoding.UTF8.GetBytes(text)).Document!.Title);
    }

    [Fact]
    public void Read_ATitleWithABar_IsStillTheTitle()
    {
        Assert.Equal("Serbia Update | UNHCR", PlainTextDocumentReader.Read(Encoding.UTF8.GetBytes("Serbia Update | UNHCR\n\nText.")).Document!.Title);
    }

    [Fact]
    public void Read_BinaryBytes_AreUnreadable()
    {
        Assert.Equal(ParseIssueCodes.Unreadable, PlainTextDocumentReader.Read(new byte[] { 1, 0, 2 }).Issue!.Code);
    }
}
