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

    public static IReadOnlyList<Sentence> Read(TextPage page)
    {
        var body = BodyFontSize(page);
        if (body <= 0)
        {
            return [];
        }

        var big = page.Words.Where(w => w.FontSize >= body * DisplayRatio).ToList();
        var small = page.Words.Where(w => w.FontSize < body * DisplayRatio).ToList();
        var numbers = WordRows.Runs(big, NumberGap).Where(IsLoneNumber).ToList();
        if (numbers.Count == 0)
        {
            return [];
        }

        var fragments = WordRows.Runs(small, LabelGap).ToList();
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

        return sentences.OrderBy(s => s.Line).ToList();
    }

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
