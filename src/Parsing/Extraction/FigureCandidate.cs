using MigrationFeeds.Parsing.Language.Text;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>A figure read from one sentence, before it is placed in a country and deduplicated.</summary>
internal sealed record FigureCandidate
{
    public required string Indicator { get; init; }
    public required string Measure { get; init; }
    public required string Period { get; init; }
    public long? Value { get; init; }
    public long? Low { get; init; }
    public long? High { get; init; }
    public bool Approximate { get; init; }
    public string? Site { get; init; }

    /// <summary>The country the sentence names for it; null for the document's default.</summary>
    public string? Country { get; init; }
    public required Sentence Sentence { get; init; }

    /// <summary>Where the number stands in the sentence, to centre the quote on it.</summary>
    public required int Start { get; init; }

    public required int Length { get; init; }

    /// <summary>The rule that produced it, for diagnostics.</summary>
    public required string Rule { get; init; }
}
