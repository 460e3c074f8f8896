using MigrationFeeds.Parsing.Language.Text;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>A number in a sentence that gave no figure, and why; for <c>extract --explain</c>.</summary>
internal sealed record SkippedNumber(Sentence Sentence, int Start, int Length, string Reason);
