using MigrationFeeds.Parsing.Language.Text;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>A number attributed to an indicator whose period could not be told.</summary>
internal sealed record UnresolvedFigure(string Indicator, Sentence Sentence, int Start, int Length);
