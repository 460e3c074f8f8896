namespace MigrationFeeds.Parsing.Readers;

/// <summary>
/// Text laid out in two columns side by side, as <c>pdftotext -layout</c> gives a report's key-figure column beside its
/// highlights: each line holds a piece of both, so a sentence of the right column is cut by the left column's words on
/// every line. Where consecutive lines share a blank gutter and the right of it reads as prose, the left column's lines
/// are put first and the right column's after them, each a block of its own. Tables (short cells, mostly numbers) are
/// left as they are, since their rows pair a label with its values.
/// </summary>
internal static class TextColumns
{
    private const int MinGutter = 12;
    private const int MinSplitLines = 4;
    private const double MinSplitShare = 0.3;
    private const double MinRightWords = 5;
    private const int MinOpeningWords = 1;

    /// <summary>A page's line is at most a few hundred characters; longer ones are no layout to split.</summary>
    private const int MaxWidth = 400;

    /// <summary>The most lines one pair of columns spans: more than a page of layout text (a form feed ends a page).</summary>
    private const int MaxRun = 120;

    public static IReadOnlyList<string> Unfold(IReadOnlyList<string> lines)
    {
        var result = new List<string>(lines.Count);
        var start = 0;
        while (start < lines.Count)
        {
            var (end, gutter) = LongestRun(lines, start);
            if (gutter > 0)
            {
                result.AddRange(lines.Skip(start).Take(end - start).Select(l => Left(l, gutter)));
                result.Add(string.Empty);
                result.AddRange(lines.Skip(start).Take(end - start).Select(l => Right(l, gutter)));
                result.Add(string.Empty);
                start = end;
            }
            else
            {
                result.Add(lines[start]);
                start++;
            }
        }

        return result;
    }

    /// <summary>
    /// The longest stretch from <paramref name="start"/> whose lines share a blank gutter that splits enough of them into
    /// two columns of prose, and the gutter's column; gutter 0 when there is none.
    /// </summary>
    private static (int End, int Gutter) LongestRun(IReadOnlyList<string> lines, int start)
    {
        var widest = Math.Min(MaxWidth, lines.Skip(start).Take(MaxRun).Select(l => l.Length).DefaultIfEmpty(0).Max());
        if (widest <= MinGutter + 8 || lines[start].Length > MaxWidth || !Splits(lines[start]))
        {
            return (start, 0);
        }

        // Columns blank in every line so far (a line that ends before a column is blank there).
        var open = Enumerable.Range(MinGutter, Math.Max(0, widest - MinGutter)).Where(g => Blank(lines[start], g)).ToList();
        var end = start;
        while (end < lines.Count && end - start < MaxRun && open.Count > 0)
        {
            var line = lines[end];
            if (line.Length > MaxWidth)
            {
                break;
            }

            var still = open.Where(g => Blank(line, g)).ToList();
            if (still.Count == 0)
            {
                break;
            }

            open = still;
            end++;
        }

        // Blank lines after the last split one belong to what follows.
        while (end > start && lines[end - 1].Trim().Length == 0)
        {
            end--;
        }

        var gutter = end > start ? BestGutter(lines, start, end, open) : 0;
        return (end, gutter);
    }

    /// <summary>The open column that splits the most lines into two columns, if they are enough and read as prose on the right.</summary>
    private static int BestGutter(IReadOnlyList<string> lines, int start, int end, List<int> open)
    {
        var filled = 0;
        for (var i = start; i < end; i++)
        {
            filled += lines[i].AsSpan().IsWhiteSpace() ? 0 : 1;
        }

        var bestGutter = 0;
        var bestSplit = 0;
        foreach (var g in open)
        {
            var split = 0;
            var words = 0;
            var right = 0;
            for (var i = start; i < end; i++)
            {
                var line = lines[i].AsSpan();
                var hasLeft = !line[..Math.Min(g, line.Length)].IsWhiteSpace();
                var rightText = line.Length > g ? line[g..] : [];
                if (rightText.IsWhiteSpace())
                {
                    continue;
                }

                right++;
                words += Words(rightText);
                split += hasLeft ? 1 : 0;
            }

            if (split > bestSplit && split >= MinSplitLines && split >= MinSplitShare * filled && right > 0 && (double)words / right >= MinRightWords)
            {
                bestSplit = split;
                bestGutter = g;
            }
        }

        return bestGutter;
    }

    /// <summary>
    /// Whether a line has text before some run of three or more spaces past the gutter's minimum and words after it: only
    /// such a line opens a pair of columns, so a table's rows (numbers after the gap) are passed over at once.
    /// </summary>
    private static bool Splits(string line)
    {
        var at = line.IndexOf("   ", MinGutter > line.Length ? line.Length : MinGutter, StringComparison.Ordinal);
        return at > 0 && !line.AsSpan(0, at).IsWhiteSpace() && Words(line.AsSpan(at)) >= MinOpeningWords;
    }

    /// <summary>Blank at the column and the one before it, or past the line's end.</summary>
    private static bool Blank(string line, int g) => g >= line.Length || (line[g] == ' ' && line[g - 1] == ' ');

    private static string Left(string line, int g) => line.Length > g ? line[..g].TrimEnd() : line;

    private static string Right(string line, int g) => line.Length > g ? line[g..].Trim() : string.Empty;

    private static int Words(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetter(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }
}
