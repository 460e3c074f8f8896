using MigrationFeeds.Parsing.Documents;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>A run of words on one baseline with no wide gap between them.</summary>
internal sealed record WordRun(IReadOnlyList<PageWord> Words)
{
    public string Text => string.Join(' ', Words.Select(w => w.Text));
    public double Left => Words.Min(w => w.Left);
    public double Right => Words.Max(w => w.Right);
    public double Bottom => Words.Min(w => w.Bottom);
    public double Top => Words.Max(w => w.Top);
    public double Height => Top - Bottom;
    public double FontSize => Words.Max(w => w.FontSize);
    public int Line => Words.Where(w => w.Line > 0).Select(w => w.Line).DefaultIfEmpty(0).Min();
}

/// <summary>Groups positioned words into visual rows and the rows into runs split at wide gaps (columns).</summary>
internal static class WordRows
{
    /// <param name="words">The words to group.</param>
    /// <param name="gapInFontSizes">A gap wider than this many font sizes separates two runs.</param>
    public static IReadOnlyList<WordRun> Runs(IEnumerable<PageWord> words, double gapInFontSizes)
    {
        var runs = new List<WordRun>();
        foreach (var row in Rows(words))
        {
            var current = new List<PageWord>();
            foreach (var word in row.OrderBy(w => w.Left))
            {
                if (current.Count > 0 && word.Left - current[^1].Right > gapInFontSizes * Math.Max(word.FontSize, current[^1].FontSize))
                {
                    runs.Add(new WordRun(current));
                    current = [];
                }

                current.Add(word);
            }

            if (current.Count > 0)
            {
                runs.Add(new WordRun(current));
            }
        }

        return runs;
    }

    /// <summary>Words whose baselines lie within a third of their font size, top of the page first.</summary>
    public static IReadOnlyList<IReadOnlyList<PageWord>> Rows(IEnumerable<PageWord> words)
    {
        var rows = new List<List<PageWord>>();
        foreach (var word in words.OrderByDescending(w => w.Bottom).ThenBy(w => w.Left))
        {
            var row = rows.FirstOrDefault(r => Math.Abs(r[0].Bottom - word.Bottom) <= Math.Max(r[0].FontSize, word.FontSize) / 3);
            if (row is null)
            {
                rows.Add([word]);
            }
            else
            {
                row.Add(word);
            }
        }

        return rows;
    }
}
