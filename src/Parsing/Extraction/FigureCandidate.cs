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

    /// <summary>The country named for it (in its own words or clause, then its sentence); null when none is.</summary>
    public string? Country { get; init; }

    /// <summary>What the words nearest it say of whose figure it is.</summary>
    public ScopeHint Scope { get; init; }

    /// <summary>What its sentence says of whose figures it gives, when it names none of the six (<see cref="Extraction.Scope.OfSentence"/>).</summary>
    public ScopeHint SentenceScope { get; init; }
    public required Sentence Sentence { get; init; }

    /// <summary>Where the number stands in the sentence, to centre the quote on it.</summary>
    public required int Start { get; init; }

    public required int Length { get; init; }

    /// <summary>What produced it, for diagnostics.</summary>
    public required string Rule { get; init; }

    /// <summary>How sure the reading is, 0–1: the label's reading, its period's and its place's together.</summary>
    public double Confidence { get; init; } = 1;

    /// <summary>How it was read, for <c>extract --explain</c>.</summary>
    public string Explanation { get; init; } = string.Empty;
}
