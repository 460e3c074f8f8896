using System.Text;
using System.Text.RegularExpressions;

namespace MigrationFeeds.Parsing.Readers;

/// <summary>
/// Makes extracted text comparable: one kind of space, no invisible characters, no ligatures.
/// Thousands separators written as no-break spaces become plain spaces, which the number reader accepts.
/// </summary>
internal static partial class TextNormalizer
{
    public static string Normalize(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\u00A0' or '\u202F' or '\u2007' or '\u2009' or '\u2002' or '\u2003' or '\u2005' or '\u2006' or '\u200A' or '\t':
                    builder.Append(' ');
                    break;
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                    break;
                case '\uFB00':
                    builder.Append("ff");
                    break;
                case '\uFB01':
                    builder.Append("fi");
                    break;
                case '\uFB02':
                    builder.Append("fl");
                    break;
                case '\uFB03':
                    builder.Append("ffi");
                    break;
                case '\uFB04':
                    builder.Append("ffl");
                    break;
                case '\r' or '\n':
                    builder.Append(' ');
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return MultipleSpaces().Replace(builder.ToString(), " ").Trim();
    }

    [GeneratedRegex(" {2,}")]
    private static partial Regex MultipleSpaces();
}
