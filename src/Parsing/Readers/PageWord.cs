namespace MigrationFeeds.Parsing.Readers;

/// <summary>A word with its box in PDF user space (origin bottom left, y grows upwards).</summary>
public sealed record PageWord
{
    public required string Text { get; init; }
    public required double Left { get; init; }
    public required double Bottom { get; init; }
    public required double Right { get; init; }
    public required double Top { get; init; }
    public required double FontSize { get; init; }

    /// <summary>The number of the page line the word was read into; 0 when unknown.</summary>
    public int Line { get; init; }

    public double Height => Top - Bottom;
}
