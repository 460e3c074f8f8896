namespace MigrationFeeds.Parsing.Language.Numbers;

/// <summary>A count written in a text: one value, or a range (then <see cref="Value"/> is null).</summary>
internal sealed record NumberMention
{
    /// <summary>Offset of the number (or the range) in the text, approximation words excluded.</summary>
    public required int Start { get; init; }

    public required int Length { get; init; }

    public long? Value { get; init; }
    public long? Low { get; init; }
    public long? High { get; init; }

    /// <summary>Preceded by "about", "some", "over", …, or a range.</summary>
    public bool Approximate { get; init; }

    /// <summary>A negation read as zero ("no asylum applications were lodged"): a figure only when an indicator's words follow it.</summary>
    public bool IsZeroWord { get; init; }

    public int End => Start + Length;

    public bool IsRange => Value is null;
}
