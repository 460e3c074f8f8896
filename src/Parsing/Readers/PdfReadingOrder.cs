namespace MigrationFeeds.Parsing.Readers;

/// <summary>A block's extent in its text frame: from its lowest baseline to its highest glyph top.</summary>
internal readonly record struct PdfBox(int Index, double Left, double Bottom, double Right, double Top);

/// <summary>
/// Puts blocks in reading order by recursive cuts along the blank bands between them: first across the page
/// (bands read top to bottom), and where no band crosses a group, down it (columns read left to right).
/// A key-figure strip reads its numbers left to right, then its labels; two boxes side by side read left, then right.
/// </summary>
internal static class PdfReadingOrder
{
    private static readonly Comparison<PdfBox> TopDown = static (a, b) => b.Top != a.Top ? b.Top.CompareTo(a.Top) : a.Left.CompareTo(b.Left);
    private static readonly Comparison<PdfBox> LeftToRight = static (a, b) => a.Left != b.Left ? a.Left.CompareTo(b.Left) : b.Top.CompareTo(a.Top);

    public static List<int> Order(List<PdfBox> boxes)
    {
        var order = new List<int>(boxes.Count);
        Cut(boxes, order);
        return order;
    }

    private static void Cut(List<PdfBox> boxes, List<int> order)
    {
        if (boxes.Count == 1)
        {
            order.Add(boxes[0].Index);
            return;
        }

        boxes.Sort(TopDown);
        if (Split(boxes, across: true) is { } bands)
        {
            foreach (var band in bands)
            {
                Cut(band, order);
            }

            return;
        }

        boxes.Sort(LeftToRight);
        if (Split(boxes, across: false) is { } columns)
        {
            foreach (var column in columns)
            {
                Cut(column, order);
            }

            return;
        }

        // Interlocked blocks leave no blank band either way: read them from the top.
        boxes.Sort(TopDown);
        foreach (var box in boxes)
        {
            order.Add(box.Index);
        }
    }

    /// <summary>The groups between blank bands, in sorted order; null when no band separates the boxes.</summary>
    private static List<List<PdfBox>>? Split(List<PdfBox> boxes, bool across)
    {
        List<List<PdfBox>>? groups = null;
        var from = 0;
        var edge = across ? boxes[0].Bottom : boxes[0].Right;
        for (var i = 1; i < boxes.Count; i++)
        {
            var box = boxes[i];
            var separated = across ? box.Top < edge : box.Left > edge;
            if (separated)
            {
                groups ??= [];
                groups.Add(boxes.GetRange(from, i - from));
                from = i;
                edge = across ? box.Bottom : box.Right;
            }
            else
            {
                edge = across ? Math.Min(edge, box.Bottom) : Math.Max(edge, box.Right);
            }
        }

        groups?.Add(boxes.GetRange(from, boxes.Count - from));
        return groups;
    }
}
