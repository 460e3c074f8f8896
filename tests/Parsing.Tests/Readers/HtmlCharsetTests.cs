using System.Text;
using MigrationFeeds.Parsing.Readers;

namespace MigrationFeeds.Parsing.Tests.Readers;

public sealed class HtmlCharsetTests
{
    [Fact]
    public void Detect_ByteOrderMark_WinsOverTheContentType()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF, (byte)'<' };

        Assert.Equal(Encoding.UTF8.WebName, HtmlCharset.Detect(bytes, "text/html; charset=windows-1250").WebName);
    }

    [Theory]
    [InlineData("text/html; charset=windows-1250", "windows-1250")]
    [InlineData("text/html; charset=\"ISO-8859-2\"", "iso-8859-2")]
    [InlineData("text/html; charset=iso-8859-1", "windows-1252")]
    [InlineData("text/html; charset=no-such-charset", "utf-8")]
    [InlineData("text/html", "utf-8")]
    [InlineData(null, "utf-8")]
    public void Detect_ContentType_ChoosesItsCharsetOrUtf8(string? contentType, string expected)
    {
        Assert.Equal(expected, HtmlCharset.Detect("<p>x</p>"u8, contentType).WebName);
    }

    [Fact]
    public void Detect_MetaCharset_IsUsedWithoutAContentTypeCharset()
    {
        Assert.Equal("windows-1250", HtmlCharset.Detect("<html><head><meta charset='windows-1250'>"u8, "text/html").WebName);
    }
}
