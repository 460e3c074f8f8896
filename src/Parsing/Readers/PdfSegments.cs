using System.Text;
using UglyToad.PdfPig.Content;

namespace MigrationFeeds.Parsing.Readers;

/// <summary>A word in its text frame, with the median size of its letters.</summary>
internal readonly record struct PdfWord(string Text, double Left, double Bottom, double Right, double Top, double Size)
{
    public static PdfWord Of(PdfGlyph[] glyphs, int from, int to, StringBuilder text)
    {
        text.Clear();
        var (left, bottom, right, top) = (double.MaxValue, double.MaxValue, double.MinValue, double.MinValue);
        var uniform = true;
        for (var i = from; i < to; i++)
        {
            var g = glyphs[i];
            text.Append(g.Value);
            (left, bottom) = (Math.Min(left, g.Start), Math.Min(bottom, g.Baseline));
            (right, top) = (Math.Max(right, g.Right), Math.Max(top, g.Top));
            uniform &= g.Size == glyphs[from].Size;
        }

        return new PdfWord(TextNormalizer.Normalize(text.ToString()), left, bottom, right, top, uniform ? glyphs[from].Size : MedianSize(glyphs, from, to));
    }

    private static double MedianSize(PdfGlyph[] glyphs, int from, int to)
    {
        var sizes = new double[to - from];
        for (var i = from; i < to; i++)
        {
            sizes[i - from] = glyphs[i].Size;
        }

        Array.Sort(sizes);
        return sizes[sizes.Length / 2];
    }
}

/// <summary>Words of one row with no wide gap between them: a line of a column, a table cell.</summary>
internal sealed class PdfSegment
{
    private readonly List<PdfWord> _words = [];
    private double? _size;

    public double Left { get; private set; } = double.MaxValue;
    public double Right { get; private set; } = double.MinValue;
    public double Baseline { get; private set; } = double.MaxValue;
    public double Top { get; private set; } = double.MinValue;
    public double LastSize => _words[^1].Size;

    /// <summary>The median size of its words, the line's size as the parser reads it.</summary>
    public double Size => _size ??= MedianSize();

    public void Add(PdfWord word)
    {
        _size = null;
        _words.Add(word);
        (Left, Right) = (Math.Min(Left, word.Left), Math.Max(Right, word.Right));
        (Baseline, Top) = (Math.Min(Baseline, word.Bottom), Math.Max(Top, word.Top));
    }

    public PdfLine ToLine(int block, int lineNumber, TextOrientation orientation, StringBuilder text)
    {
        text.Clear();
        var words = new PageWord[_words.Count];
        for (var i = 0; i < words.Length; i++)
        {
            var w = _words[i];
            var (left, bottom, right, top) = PdfGlyph.ToPage(orientation, w.Left, w.Bottom, w.Right, w.Top);
            words[i] = new PageWord { Text = w.Text, Left = left, Bottom = bottom, Right = right, Top = top, FontSize = w.Size, Line = lineNumber };
            if (i > 0)
            {
                text.Append(' ');
            }

            text.Append(w.Text);
        }

        return new PdfLine(text.ToString(), block, Size, words);
    }

    private double MedianSize()
    {
        var sizes = new double[_words.Count];
        var uniform = true;
        for (var i = 0; i < sizes.Length; i++)
        {
            sizes[i] = _words[i].Size;
            uniform &= sizes[i] == sizes[0];
        }

        if (!uniform)
        {
            Array.Sort(sizes);
        }

        return sizes[sizes.Length / 2];
    }
}

/// <summary>Segments set one under another; its last is the one the next line must sit under.</summary>
internal sealed class PdfBlock(PdfSegment first)
{
    public List<PdfSegment> Segments { get; } = [first];

    public PdfSegment Last => Segments[^1];

    public void Add(PdfSegment segment) => Segments.Add(segment);

    public PdfBox Box(int index)
    {
        var (left, bottom, right, top) = (double.MaxValue, double.MaxValue, double.MinValue, double.MinValue);
        foreach (var s in Segments)
        {
            (left, bottom) = (Math.Min(left, s.Left), Math.Min(bottom, s.Baseline));
            (right, top) = (Math.Max(right, s.Right), Math.Max(top, s.Top));
        }

        return new PdfBox(index, left, bottom, right, top);
    }
}
