using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace MigrationFeeds.Parsing.Readers;

/// <summary>
/// A letter in the frame of its own text direction: x runs along the baseline and y up the glyph, so rotated text
/// is laid out by the same rules as horizontal text. <see cref="ToPage"/> turns a box back into page space.
/// </summary>
internal readonly record struct PdfGlyph
{
    public required string Value { get; init; }

    public required TextOrientation Orientation { get; init; }

    /// <summary>Where the pen starts and ends on the baseline.</summary>
    public required double Start { get; init; }

    public required double End { get; init; }

    /// <summary>The right edge of the glyph as PdfPig's own words measure it (advance or ink, whichever is wider).</summary>
    public required double Right { get; init; }

    public required double Baseline { get; init; }

    public required double Top { get; init; }

    public required double Size { get; init; }

    /// <summary>The wider of advance and ink: the unit of the word-break distance.</summary>
    public required double Width { get; init; }

    public required bool IsSpace { get; init; }

    public static PdfGlyph From(Letter letter)
    {
        var orientation = letter.TextOrientation;
        var glyph = letter.BoundingBox;
        if (orientation is TextOrientation.Horizontal or TextOrientation.Other)
        {
            // PdfPig's own words measure upright text this way; keeping it keeps word boxes where they were.
            var width = Math.Max(Math.Abs(letter.Width), Math.Abs(glyph.Width));
            return new PdfGlyph
            {
                Value = letter.Value,
                IsSpace = string.IsNullOrWhiteSpace(letter.Value),
                Orientation = TextOrientation.Horizontal,
                Start = letter.StartBaseLine.X,
                End = letter.EndBaseLine.X,
                Right = letter.StartBaseLine.X + Math.Max(letter.Width, glyph.Width),
                Baseline = letter.StartBaseLine.Y,
                Top = glyph.TopLeft.Y,
                Size = letter.PointSize,
                Width = width,
            };
        }

        var start = ToText(orientation, letter.StartBaseLine);
        var end = ToText(orientation, letter.EndBaseLine);
        var (minX, maxX, maxY) = (double.MaxValue, double.MinValue, double.MinValue);
        foreach (var corner in (ReadOnlySpan<PdfPoint>)[glyph.BottomLeft, glyph.BottomRight, glyph.TopLeft, glyph.TopRight])
        {
            var p = ToText(orientation, corner);
            (minX, maxX, maxY) = (Math.Min(minX, p.X), Math.Max(maxX, p.X), Math.Max(maxY, p.Y));
        }

        return new PdfGlyph
        {
            Value = letter.Value,
            IsSpace = string.IsNullOrWhiteSpace(letter.Value),
            Orientation = orientation,
            Start = start.X,
            End = end.X,
            Right = Math.Max(end.X, start.X + (maxX - minX)),
            Baseline = start.Y,
            Top = Math.Max(maxY, start.Y),
            Size = letter.PointSize,
            Width = Math.Max(Math.Abs(end.X - start.X), maxX - minX),
        };
    }

    /// <summary>A box in the text frame of <paramref name="orientation"/>, in page space (origin bottom left, y up).</summary>
    public static (double Left, double Bottom, double Right, double Top) ToPage(TextOrientation orientation, double left, double bottom, double right, double top)
    {
        var a = FromText(orientation, left, bottom);
        var b = FromText(orientation, right, top);
        return (Math.Min(a.X, b.X), Math.Min(a.Y, b.Y), Math.Max(a.X, b.X), Math.Max(a.Y, b.Y));
    }

    // Rotate90 runs down the page and Rotate270 up it (PdfPig's naming); each is a quarter turn of the page frame.
    private static (double X, double Y) ToText(TextOrientation orientation, PdfPoint p) => orientation switch
    {
        TextOrientation.Rotate90 => (-p.Y, p.X),
        TextOrientation.Rotate180 => (-p.X, -p.Y),
        TextOrientation.Rotate270 => (p.Y, -p.X),
        _ => (p.X, p.Y),
    };

    private static (double X, double Y) FromText(TextOrientation orientation, double x, double y) => orientation switch
    {
        TextOrientation.Rotate90 => (y, -x),
        TextOrientation.Rotate180 => (-x, -y),
        TextOrientation.Rotate270 => (-y, x),
        _ => (x, y),
    };
}
