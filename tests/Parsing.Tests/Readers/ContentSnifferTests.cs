using System.Text;
using MigrationFeeds.Parsing.Readers;

namespace MigrationFeeds.Parsing.Tests.Readers;

public sealed class ContentSnifferTests
{
    [Fact]
    public void LooksLikePdf_HeaderAfterJunkWithinTheFirstKilobyte_IsAPdf()
    {
        var bytes = Encoding.ASCII.GetBytes(new string(' ', 500) + "%PDF-1.7\n");

        Assert.True(ContentSniffer.LooksLikePdf(bytes));
    }

    [Fact]
    public void LooksLikePdf_HeaderBeyondTheFirstKilobyte_IsNoPdf()
    {
        var bytes = Encoding.ASCII.GetBytes(new string(' ', 2000) + "%PDF-1.7\n");

        Assert.False(ContentSniffer.LooksLikePdf(bytes));
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html>", true)]
    [InlineData("\n  <html lang=\"en\">", true)]
    [InlineData("%PDF-1.7", false)]
    [InlineData("plain text", false)]
    public void LooksLikeHtml_FirstBytes_TellsHtml(string start, bool expected)
    {
        Assert.Equal(expected, ContentSniffer.LooksLikeHtml(Encoding.UTF8.GetBytes(start)));
    }
}
