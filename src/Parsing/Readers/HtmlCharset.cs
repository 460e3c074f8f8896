using System.Text;
using System.Text.RegularExpressions;

namespace MigrationFeeds.Parsing.Readers;

/// <summary>
/// Chooses the encoding of an HTML page: a byte order mark, else the Content-Type charset,
/// else a &lt;meta&gt; charset in the first bytes, else UTF-8.
/// </summary>
internal static partial class HtmlCharset
{
    private const int MetaWindow = 4096;

    public static Encoding Detect(ReadOnlySpan<byte> content, string? contentType)
    {
        if (content.StartsWith("\uFEFF"u8))
        {
            return new UTF8Encoding(false);
        }

        if (content.Length >= 2 && content[0] == 0xFF && content[1] == 0xFE)
        {
            return Encoding.Unicode;
        }

        if (content.Length >= 2 && content[0] == 0xFE && content[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode;
        }

        if (contentType is not null && CharsetParameter().Match(contentType) is { Success: true } header
            && Lookup(header.Groups["name"].Value) is { } fromHeader)
        {
            return fromHeader;
        }

        var head = Encoding.Latin1.GetString(content[..Math.Min(content.Length, MetaWindow)]);
        if (MetaCharset().Match(head) is { Success: true } meta && Lookup(meta.Groups["name"].Value) is { } fromMeta)
        {
            return fromMeta;
        }

        return new UTF8Encoding(false);
    }

    public static Encoding? Lookup(string name)
    {
        var key = name.Trim().Trim('"', '\'').ToUpperInvariant();

        // The HTML standard reads pages labelled Latin-1 or ASCII as windows-1252.
        if (key is "ISO-8859-1" or "LATIN1" or "US-ASCII" or "ASCII" or "ISO8859-1")
        {
            key = "WINDOWS-1252";
        }

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(key) ?? Encoding.GetEncoding(key);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""charset\s*=\s*["']?(?<name>[\w.:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?(?<name>[\w.:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
