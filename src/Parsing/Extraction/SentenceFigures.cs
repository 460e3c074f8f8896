namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// The figures of one sentence, the attributed numbers whose period could not be told, and every other
/// number with the reason it gave no figure.
/// </summary>
internal sealed record SentenceFigures(IReadOnlyList<FigureCandidate> Figures, IReadOnlyList<UnresolvedFigure> Unresolved)
{
    public IReadOnlyList<SkippedNumber> Skipped { get; init; } = [];

    /// <summary>The values of the sentence's numbers that are not periods, percentages or ranges, whatever they count.</summary>
    public IReadOnlyList<long> Counts { get; init; } = [];

    /// <summary>Whether the sentence opens by pointing back at a whole ("Of these 1409, …", "Prej tyre, …"): its numbers are that whole's parts.</summary>
    public bool PointsBack { get; init; }

    /// <summary>What the sentence as a whole says of whose its figures are (<see cref="Extraction.Scope.OfSentence"/>), figures or not.</summary>
    public ScopeHint Scope { get; init; }

    /// <summary>The sentence's own period (the first that is not a comparison), for "in the same period" after it.</summary>
    public Language.Periods.PeriodMention? Period { get; init; }
}
