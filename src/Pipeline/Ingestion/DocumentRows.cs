using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Pipeline.Ingestion;

/// <summary>
/// A parsed document's observations on their way to the table, with the state it is saved in once they are there; a
/// PDF's wait for its report's text, so that they are written once, with the text's provenance.
/// </summary>
/// <param name="Replace">The document's rows of an earlier reading are replaced, not added to.</param>
internal sealed record DocumentRows(IReadOnlyList<Observation> Rows, bool Replace, DocumentState Parsed);
