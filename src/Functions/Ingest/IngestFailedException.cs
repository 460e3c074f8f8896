using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Functions.Ingest;

/// <summary>A source that could not be read at all; thrown so the invocation fails. The summary is in the run table too.</summary>
internal sealed class IngestFailedException(SourceRunSummary summary)
    : Exception($"Ingest of {summary.SourceId} failed: {string.Join("; ", summary.Errors.Take(20))}")
{
    public SourceRunSummary Summary { get; } = summary;
}
