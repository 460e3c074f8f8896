using MigrationFeeds.Parsing.Readers;
using MigrationFeeds.Parsing.Language.Numbers;
using MigrationFeeds.Parsing.Language.Text;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// Reads key-figure boxes by position: a number set much larger than the body text, and its label,
/// the small text nearest below or to the right of it (continued on the lines right under it). The
/// text stream of such boxes is often out of order (all numbers, then all labels), so the stream
/// cannot be trusted to pair them. Each pair becomes a sentence "number label".
/// </summary>
internal static class KeyFigureBoxReader
{
    /// <summary>How much larger than the body text a key figure is set, at least.</summary>
    public const double DisplayRatio = 1.3;

    private const double NumberGap = 0.6;
    private const double LabelGap = 0.8;
    private const double MaxBelowInHeights = 3.0;
    private const double MaxRightInHeights = 4.0;
    private const int MaxLabelLines = 4;

    /// <summary>The most common font size of the page's words, the size of its running text.</summary>
    public static double BodyFontSize(TextPage page)
    {
        var sizes = page.Words.Where(w => w.FontSize > 0).Select(w => Math.Round(w.FontSize * 2) / 2).ToList();
        return sizes.Count == 0 ? 0 : sizes.GroupBy(s => s).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }

    public static bool IsDisplayLine(TextLine line, double bodyFontSize) =>
        bodyFontSize > 0 && line.FontSize >= bodyFontSize * DisplayRatio;

    public static IReadOnlyList<Sentence> Read(TextPage page) => ReadPage(page).Sentences;

    /// <summary>
    /// The page's boxes as sentences, and the lines that hold only a box's row of numbers set at the text's size: those
    /// are read with their labels, not as text.
    /// </summary>
    public static KeyFigures ReadPage(TextPage page)
    {
        var body = BodyFontSize(page);
        if (body <= 0)
        {
            return KeyFigures.None;
        }

        var big = page.Words.Where(w => w.FontSize >= body * DisplayRatio).ToList();
        var small = page.Words.Where(w => w.FontSize < body * DisplayRatio).ToList();
        var numbers = WordRows.Runs(big, NumberGap).Where(IsLoneNumber).ToList();

        // A box whose numbers lost their size (bold at the text's size, as a converter may leave a table of key figures):
        // a row of nothing but numbers standing apart in columns, with the labels under them.
        var numberRows = NumberRows(small);
        numbers.AddRange(numberRows.SelectMany(r => r).Where(IsLoneNumber));
        if (numbers.Count == 0)
        {
            return KeyFigures.None;
        }

        var inRows = numberRows.SelectMany(r => r).SelectMany(r => r.Words).ToHashSet();
        var fragments = WordRows.Runs(small.Where(w => !inRows.Contains(w)), LabelGap).ToList();
        var taken = new HashSet<WordRun>();
        var sentences = new List<Sentence>();

        // Nearest pairs first, so that a label goes to the number it belongs to, not to a neighbour's.
        var pairs = numbers
            .SelectMany(n => fragments.Select(f => (Number: n, Label: f, Distance: Distance(n, f))))
            .Where(p => p.Distance is not null)
            .OrderBy(p => p.Distance)
            .ToList();
        var paired = new HashSet<WordRun>();
        foreach (var (number, label, _) in pairs)
        {
            if (paired.Contains(number) || taken.Contains(label))
            {
                continue;
            }

            paired.Add(number);
            taken.Add(label);
            var lines = new List<WordRun> { label };
            while (lines.Count < MaxLabelLines && NextLine(lines[^1], fragments, taken) is { } next)
            {
                taken.Add(next);
                lines.Add(next);
            }

            var text = number.Text + " " + string.Join(' ', lines.Select(l => l.Text));
            sentences.Add(new Sentence { Page = page.Number, Line = number.Line, Text = TextNormalizer.Normalize(text), FromLayout = true });
        }

        return new KeyFigures(sentences.OrderBy(s => s.Line).ToList(), inRows.Select(w => w.Line).Where(l => l > 0).ToHashSet());
    }

    /// <summary>
    /// Rows of two or more lone numbers (and shares: "2,237 · 36% · 124 · 2 · 0") with nothing else on the row, each
    /// number in a column of its own, set wide apart, and text right below them.
    /// </summary>
    private static List<List<WordRun>> NumberRows(IReadOnlyList<PageWord> words)
    {
        var rows = new List<List<WordRun>>();
        foreach (var row in WordRows.Runs(words, NumberGap).GroupBy(r => Math.Round(r.Bottom)))
        {
            var runs = row.OrderBy(r => r.Left).ToList();
            // Most rows hold words: asked first, the question stops at a row's first word instead of reading every run as a number.
            if (runs.All(r => IsLoneNumber(r) || IsShare(r)) && runs.Count(IsLoneNumber) >= 2
                && runs.Zip(runs.Skip(1)).All(p => p.Second.Left - p.First.Right >= ColumnGapInHeights * p.First.Height))
            {
                rows.Add(runs);
            }
        }

        return rows;
    }

    // Columns of a box stand well apart; the numbers of a sentence or a table's cells by a narrow gap do not make one.
    private const double ColumnGapInHeights = 2.0;

    private static bool IsShare(WordRun run) =>
        run.Text.Trim() is { Length: > 1 } text && text[^1] == '%' && IsLoneNumber(new WordRun([.. run.Words.Select(w => w with { Text = w.Text.TrimEnd('%') })]));

    private static bool IsLoneNumber(WordRun run)
    {
        var text = run.Text.Trim();
        return NumberReader.Read(text) is [var only] && only.Start == 0 && only.Length == text.Length;
    }

    /// <summary>How far the label lies below or to the right of the number; null when it lies elsewhere.</summary>
    private static double? Distance(WordRun number, WordRun label)
    {
        var height = number.Height;

        var below = number.Bottom - label.Top;
        var overlapsHorizontally = label.Left < number.Right + height && label.Right > number.Left - height / 2;
        if (below >= -height * 0.2 && below <= MaxBelowInHeights * height && overlapsHorizontally && Math.Abs(label.Left - number.Left) <= 2 * height)
        {
            return below + Math.Abs(label.Left - number.Left) * 0.1;
        }

        var right = label.Left - number.Right;
        var overlapsVertically = label.Bottom < number.Top && label.Top > number.Bottom;
        if (right >= -height * 0.2 && right <= MaxRightInHeights * height && overlapsVertically)
        {
            return right;
        }

        return null;
    }

    private static WordRun? NextLine(WordRun line, IReadOnlyList<WordRun> fragments, HashSet<WordRun> taken) =>
        fragments
            .Where(f => !taken.Contains(f)
                && f.Top <= line.Bottom + line.Height * 0.2
                && line.Bottom - f.Top <= line.Height * 1.2
                && Math.Abs(f.Left - line.Left) <= line.FontSize * 2)
            .OrderByDescending(f => f.Top)
            .FirstOrDefault();
}

/// <summary>A page's key-figure boxes read as sentences, and the lines of numbers they took out of the running text.</summary>
internal sealed record KeyFigures(IReadOnlyList<Sentence> Sentences, IReadOnlySet<int> NumberRowLines)
{
    public static KeyFigures None { get; } = new([], new HashSet<int>());
}
