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

    /// <summary>How the encoding was chosen, as a message names it.</summary>
    public const string ByteOrderMark = "by its byte order mark";
    public const string ByHeader = "by its Content-Type";
    public const string ByMeta = "by its <meta> charset";
    public const string Guessed = "by default";

    public static Encoding Detect(ReadOnlySpan<byte> content, string? contentType) => DetectWithSource(content, contentType).Encoding;

    public static (Encoding Encoding, string Source) DetectWithSource(ReadOnlySpan<byte> content, string? contentType)
    {
        if (content.StartsWith("\uFEFF"u8))
        {
            return (new UTF8Encoding(false), ByteOrderMark);
        }

        if (content.Length >= 2 && content[0] == 0xFF && content[1] == 0xFE)
        {
            return (Encoding.Unicode, ByteOrderMark);
        }

        if (content.Length >= 2 && content[0] == 0xFE && content[1] == 0xFF)
        {
            return (Encoding.BigEndianUnicode, ByteOrderMark);
        }

        if (contentType is not null && CharsetParameter().Match(contentType) is { Success: true } header
            && Lookup(header.Groups["name"].Value) is { } fromHeader)
        {
            return (fromHeader, ByHeader);
        }

        var head = Encoding.Latin1.GetString(content[..Math.Min(content.Length, MetaWindow)]);
        if (MetaCharset().Match(head) is { Success: true } meta && Lookup(meta.Groups["name"].Value) is { } fromMeta)
        {
            return (fromMeta, ByMeta);
        }

        return (new UTF8Encoding(false), Guessed);
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
