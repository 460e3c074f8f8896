using MigrationFeeds.Pipeline.Storage;
using Microsoft.Extensions.Logging;

namespace MigrationFeeds.Pipeline.Ingestion;

/// <summary>
/// The retry step: the failed documents whose next attempt is due, each source's under its lease, through the same
/// document step as a scheduled run (<see cref="IngestService.RetryAsync"/>). The run settles the records.
/// </summary>
public sealed partial class FailedDocumentRetry(IngestService ingest, FailedDocumentStore store, OutageRetry outage, TimeProvider clock, ILogger<FailedDocumentRetry> logger)
{
    /// <returns>A run per source that had documents due: skipped when another run held the source's lease.</returns>
    public async Task<IReadOnlyList<SourceRunSummary>> RunDueAsync(CancellationToken cancellationToken)
    {
        var due = await outage.RunAsync(() => store.DueAsync(clock.GetUtcNow(), cancellationToken), cancellationToken).ConfigureAwait(false);
        var summaries = new List<SourceRunSummary>();
        foreach (var group in due.GroupBy(f => f.SourceId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (ingest.Find(group.Key) is not { } source)
            {
                // A source no longer registered: its records stay, visible in the table, until someone removes them.
                LogUnknownSource(group.Key, group.Count());
                continue;
            }

            summaries.Add(await ingest.RetryAsync(source, [.. group.Select(f => f.Document)], cancellationToken).ConfigureAwait(false));
        }

        return summaries;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} failed documents of {SourceId} are due for a retry, but no such source is registered")]
    private partial void LogUnknownSource(string sourceId, int count);
}
