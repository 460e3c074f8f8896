using MigrationFeeds.Parsing.Readers;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// A run of words on one baseline with no wide gap between them. Its extent is measured once: the box readers
/// ask for it in every pairing they try.
/// </summary>
internal sealed class WordRun
{
    private string? _text;

    public WordRun(IReadOnlyList<PageWord> words)
    {
        Words = words;
        (Left, Bottom, Right, Top) = (double.MaxValue, double.MaxValue, double.MinValue, double.MinValue);
        FontSize = double.MinValue;
        var line = int.MaxValue;
        foreach (var w in words)
        {
            (Left, Bottom) = (Math.Min(Left, w.Left), Math.Min(Bottom, w.Bottom));
            (Right, Top) = (Math.Max(Right, w.Right), Math.Max(Top, w.Top));
            FontSize = Math.Max(FontSize, w.FontSize);
            if (w.Line > 0)
            {
                line = Math.Min(line, w.Line);
            }
        }

        Line = line == int.MaxValue ? 0 : line;
    }

    public IReadOnlyList<PageWord> Words { get; }
    public string Text => _text ??= string.Join(' ', Words.Select(w => w.Text));
    public double Left { get; }
    public double Right { get; }
    public double Bottom { get; }
    public double Top { get; }
    public double Height => Top - Bottom;
    public double FontSize { get; }
    public int Line { get; }
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
        var sorted = TopDown(words);
        var largest = sorted.Length == 0 ? 0 : sorted.Max(w => w.FontSize);
        var rows = new List<List<PageWord>>();

        // Words come from the top and so do the rows' first words: a row that starts further above a word than the
        // widest tolerance is as far above every later word, so the search for a word's row can start past it.
        var first = 0;
        foreach (var word in sorted)
        {
            while (first < rows.Count && rows[first][0].Bottom - word.Bottom > largest / 3)
            {
                first++;
            }

            List<PageWord>? row = null;
            for (var i = first; i < rows.Count; i++)
            {
                var head = rows[i][0];
                if (Math.Abs(head.Bottom - word.Bottom) <= Math.Max(head.FontSize, word.FontSize) / 3)
                {
                    row = rows[i];
                    break;
                }
            }

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

    /// <summary>The words from the top of the page, left to right on a baseline, else in the order given.</summary>
    private static PageWord[] TopDown(IEnumerable<PageWord> words)
    {
        // A sort of the words themselves, kept stable by their index, costs a fraction of OrderBy().ThenBy() here.
        var keyed = words.Select((w, i) => (Word: w, Index: i)).ToArray();
        Array.Sort(keyed, static (a, b) =>
        {
            var byBottom = b.Word.Bottom.CompareTo(a.Word.Bottom);
            if (byBottom != 0)
            {
                return byBottom;
            }

            var byLeft = a.Word.Left.CompareTo(b.Word.Left);
            return byLeft != 0 ? byLeft : a.Index.CompareTo(b.Index);
        });
        return Array.ConvertAll(keyed, k => k.Word);
    }
}
