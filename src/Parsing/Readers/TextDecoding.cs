using System.Buffers;
using System.Text;
using System.Text.Unicode;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Readers;

/// <summary>Text decoded in the encoding a page declares, or the issue of bytes that contradict it.</summary>
internal sealed record DecodedText(string? Text, ParseIssue? Issue);

/// <summary>
/// Decodes a page or a text file in its declared encoding (<see cref="HtmlCharset"/>) and refuses bytes that contradict
/// the declaration: a stray byte in a page declared UTF-8 would decode as U+FFFD, and a Latin-1 no-break space between
/// the digits of "5 010" would then split the number in two. Such a page is reported, never read with a wrong figure.
/// </summary>
internal static class TextDecoding
{
    private const int QuoteContext = 40;

    public static DecodedText Decode(ReadOnlySpan<byte> content, string? contentType)
    {
        var (encoding, declared) = HtmlCharset.DetectWithSource(content, contentType);
        if (encoding is UTF8Encoding)
        {
            var body = content.StartsWith("\uFEFF"u8) ? content[3..] : content;
            if (FirstInvalidUtf8(body) is { } offset)
            {
                return Mismatch($"The text is read as UTF-8 ({declared}), but byte 0x{body[offset]:X2} at offset {offset} is not UTF-8", Quote(body, offset));
            }
        }
        else if (encoding is UnicodeEncoding && !ReadsAsUtf16(content, encoding))
        {
            return Mismatch("The bytes start with a UTF-16 byte order mark but do not read as UTF-16 text", Quote(content, 2));
        }
        else if (encoding.IsSingleByte && declared != HtmlCharset.Guessed && LooksLikeUtf8(content))
        {
            return Mismatch($"The text is read as {encoding.WebName} ({declared}), but its bytes are UTF-8", Quote(content, FirstMultibyte(content)));
        }

        var text = encoding.GetString(content).TrimStart('\uFEFF');
        return new DecodedText(text, null);
    }

    private static DecodedText Mismatch(string message, string quote) =>
        new(null, new ParseIssue { Code = ParseIssueCodes.EncodingMismatch, Message = message + "; the document is not read, so no figure is split or misread.", Quote = quote });

    private static int? FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return null;
        }

        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return null;
    }

    /// <summary>Text of the languages we read is Latin, Cyrillic, punctuation and spaces; bytes of another encoding read as UTF-16 are not.</summary>
    private static bool ReadsAsUtf16(ReadOnlySpan<byte> content, Encoding encoding)
    {
        var body = content.Length >= 2 && ((content[0] == 0xFF && content[1] == 0xFE) || (content[0] == 0xFE && content[1] == 0xFF)) ? content[2..] : content;
        if (body.Length % 2 != 0)
        {
            return false;
        }

        var text = encoding.GetString(body);
        if (text.Length == 0)
        {
            return true;
        }

        var plausible = 0;
        foreach (var c in text)
        {
            if (c is (>= '\u0020' and <= '\u024F') or (>= '\u0400' and <= '\u04FF') or (>= '\u2000' and <= '\u206F') or '\n' or '\r' or '\t' or '\f' or '\u20AC')
            {
                plausible++;
            }
        }

        return plausible >= text.Length * 0.9;
    }

    /// <summary>Valid UTF-8 with multi-byte sequences: a single-byte page of the region's languages almost never is.</summary>
    private static bool LooksLikeUtf8(ReadOnlySpan<byte> content) => FirstMultibyte(content) >= 0 && Utf8.IsValid(content);

    private static int FirstMultibyte(ReadOnlySpan<byte> content) => content.IndexOfAnyInRange((byte)0xC2, (byte)0xF4);

    private static string Quote(ReadOnlySpan<byte> bytes, int offset)
    {
        var start = Math.Max(0, offset - QuoteContext);
        var end = Math.Min(bytes.Length, offset + QuoteContext);
        return TextNormalizer.Normalize(Encoding.Latin1.GetString(bytes[start..end]).Replace('\0', ' '));
    }
}
