using System.Buffers;
using System.Text;
using UglyToad.PdfPig.Content;

namespace MigrationFeeds.Parsing.Readers;

/// <summary>One line of a PDF page as laid out, before hyphenation: its words carry their page line number.</summary>
internal sealed record PdfLine(string Text, int Block, double FontSize, IReadOnlyList<PageWord> Words);

/// <summary>
/// Lays out a page from its letters alone. Letters whose baselines agree form a row, sorted left to right; a row
/// splits into words at spaces and at gaps a little wider than a glyph, and into segments (columns, table cells)
/// at gaps wider than a font size. A segment continues the block of the segment right above it when the two are
/// set at line spacing, overlap across, and share a font size; otherwise it starts a block (paragraph, cell, box).
/// Blocks are then put in reading order by <see cref="PdfReadingOrder"/>.
/// </summary>
internal static class PdfPageLayout
{
    // Superscripts sit well within half a font size of their line's baseline; the next line is a whole one away.
    private const double RowTolerance = 0.5;

    // The limit PdfPig's nearest-neighbour words use (a fifth of the wider glyph), so words break where they did.
    private const double WordGap = 0.2;

    // Justified spaces stay under half a font size; column gutters and table cell gaps are wider than one.
    private const double SegmentGap = 1.0;

    // Lines of a paragraph are set up to ~1.4 font sizes apart, paragraphs ~1.9.
    private const double LineSpacing = 1.6;

    // A run-in heading half a point larger joins its paragraph; a section heading two points larger does not.
    private const double SameSizeRatio = 0.9;

    // Sort keys that put each text direction apart and its baselines from the top; no page is this tall.
    private const double FrameSpan = 1e7;

    public static List<PdfLine> Read(IReadOnlyList<Letter> letters)
    {
        var lines = new List<PdfLine>();
        if (letters.Count == 0)
        {
            return lines;
        }

        // A page's glyphs fill an array past the large-object threshold, which a fresh array per page would
        // charge to full collections: the arrays are rented. Sorting by plain double keys is several times
        // faster than by a comparison of the glyphs themselves.
        var count = letters.Count;
        var glyphs = ArrayPool<PdfGlyph>.Shared.Rent(count);
        var keys = ArrayPool<double>.Shared.Rent(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                glyphs[i] = PdfGlyph.From(letters[i]);
                keys[i] = (int)glyphs[i].Orientation * FrameSpan - glyphs[i].Baseline;
            }

            Array.Sort(keys, glyphs, 0, count);
            var text = new StringBuilder();
            var blocks = 0;
            for (var from = 0; from < count;)
            {
                var to = from;
                while (to < count && glyphs[to].Orientation == glyphs[from].Orientation)
                {
                    to++;
                }

                blocks = ReadFrame(glyphs, keys, from, to, text, lines, blocks);
                from = to;
            }

            return lines;
        }
        finally
        {
            ArrayPool<PdfGlyph>.Shared.Return(glyphs, clearArray: true);
            ArrayPool<double>.Shared.Return(keys);
        }
    }

    /// <summary>The glyphs of one text direction, sorted by baseline from the top: rows, segments, blocks, lines.</summary>
    private static int ReadFrame(PdfGlyph[] glyphs, double[] keys, int from, int to, StringBuilder text, List<PdfLine> lines, int firstBlock)
    {
        var segments = new List<PdfSegment>();
        for (var start = from; start < to;)
        {
            var baseline = glyphs[start].Baseline;
            var size = glyphs[start].Size;
            var end = start + 1;
            while (end < to && baseline - glyphs[end].Baseline <= RowTolerance * Math.Max(size, glyphs[end].Size))
            {
                end++;
            }

            for (var i = start; i < end; i++)
            {
                keys[i] = glyphs[i].Start;
            }

            Array.Sort(keys, glyphs, start, end - start);
            ReadRow(glyphs, start, end, text, segments);
            start = end;
        }

        var blocks = Stack(segments);
        var boxes = new List<PdfBox>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            boxes.Add(blocks[i].Box(i));
        }

        var orientation = glyphs[from].Orientation;
        var number = firstBlock;
        foreach (var index in PdfReadingOrder.Order(boxes))
        {
            foreach (var segment in blocks[index].Segments)
            {
                lines.Add(segment.ToLine(number, lines.Count + 1, orientation, text));
            }

            number++;
        }

        return number;
    }

    /// <summary>Splits one row, sorted left to right, into words and the words into segments at wide gaps.</summary>
    private static void ReadRow(PdfGlyph[] glyphs, int from, int to, StringBuilder text, List<PdfSegment> segments)
    {
        PdfSegment? segment = null;
        var wordStart = -1;
        var last = -1;
        for (var i = from; i <= to; i++)
        {
            var breaks = i == to || glyphs[i].IsSpace;
            if (!breaks && last >= 0)
            {
                var (previous, current) = (glyphs[last], glyphs[i]);
                if (IsDuplicate(previous, current))
                {
                    continue;
                }

                var distance = Math.Max(0, current.Start - previous.End) + Math.Abs(current.Baseline - previous.Baseline);
                breaks = distance > WordGap * Math.Max(previous.Width, current.Width);
            }

            if (breaks && wordStart >= 0)
            {
                var word = PdfWord.Of(glyphs, wordStart, last + 1, text);
                if (word.Text.Length > 0)
                {
                    if (segment is null || word.Left - segment.Right > SegmentGap * Math.Max(word.Size, segment.LastSize))
                    {
                        segment = new PdfSegment();
                        segments.Add(segment);
                    }

                    segment.Add(word);
                }

                wordStart = -1;
                last = -1;
            }

            if (i < to && !glyphs[i].IsSpace)
            {
                if (wordStart < 0)
                {
                    wordStart = i;
                }

                last = i;
            }
        }
    }

    /// <summary>The same glyph drawn twice at nearly the same place, as some producers fake bold: read once.</summary>
    private static bool IsDuplicate(PdfGlyph previous, PdfGlyph current) =>
        current.Value == previous.Value
        && Math.Abs(current.Start - previous.Start) < WordGap * current.Width
        && Math.Abs(current.Baseline - previous.Baseline) < WordGap * current.Width;

    /// <summary>Groups segments, given top to bottom and left to right, into blocks of lines set one under another.</summary>
    private static List<PdfBlock> Stack(List<PdfSegment> segments)
    {
        var blocks = new List<PdfBlock>();
        foreach (var segment in segments)
        {
            PdfBlock? best = null;
            var bestDistance = double.MaxValue;
            foreach (var block in blocks)
            {
                var above = block.Last;
                var size = Math.Max(above.Size, segment.Size);
                var distance = above.Baseline - segment.Baseline;
                if (distance > RowTolerance * size
                    && distance <= LineSpacing * size
                    && distance < bestDistance
                    && Math.Min(above.Size, segment.Size) >= SameSizeRatio * size
                    && Math.Min(above.Right, segment.Right) > Math.Max(above.Left, segment.Left))
                {
                    best = block;
                    bestDistance = distance;
                }
            }

            if (best is null)
            {
                blocks.Add(new PdfBlock(segment));
            }
            else
            {
                best.Add(segment);
            }
        }

        return blocks;
    }
}
