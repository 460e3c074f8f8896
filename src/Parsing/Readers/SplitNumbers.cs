using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Readers;

/// <summary>
/// A replacement character (U+FFFD) between digits: a byte the encoding could not decode, or a glyph the PDF could not
/// map, stood where a thousands separator was. Read on, "5�010" would give 5 and 10 instead of 5010.
/// </summary>
internal static partial class SplitNumbers
{
    public static ParseIssue? Find(TextDocument document)
    {
        foreach (var page in document.Pages)
        {
            foreach (var line in page.Lines)
            {
                if (line.Text.Contains('\uFFFD', StringComparison.Ordinal) && Split().Match(line.Text) is { Success: true } m)
                {
                    var start = Math.Max(0, m.Index - 40);
                    var end = Math.Min(line.Text.Length, m.Index + m.Length + 40);
                    return new ParseIssue
                    {
                        Code = ParseIssueCodes.SplitNumber,
                        Message = "An undecodable character stands between digits, so a number cannot be read whole; the document is not read.",
                        Page = page.Number,
                        Line = line.Number,
                        Quote = line.Text[start..end],
                    };
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"\d ?\uFFFD+ ?\d")]
    private static partial Regex Split();
}
