namespace MigrationFeeds.Parsing.Extraction;

/// <summary>The figures of one sentence, and the attributed numbers whose period could not be told.</summary>
internal sealed record SentenceFigures(IReadOnlyList<FigureCandidate> Figures, IReadOnlyList<UnresolvedFigure> Unresolved);
