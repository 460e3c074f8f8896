using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Functions.Ingest;

/// <summary>
/// What every timer function does: one ingest run of its source. A source that could not be read at all fails the
/// invocation (the exception), so the Functions host records the failure and its alerts fire.
/// </summary>
internal sealed partial class SourceIngest(IngestService ingest, ILogger<SourceIngest> logger)
{
    public async Task<SourceRunSummary> RunAsync(string sourceId, TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var source = ingest.Find(sourceId) ?? throw new InvalidOperationException($"No source '{sourceId}' is registered for its timer function.");
        LogInvoked(sourceId, timer.IsPastDue);
        var summary = await ingest.RunAsync(source, cancellationToken).ConfigureAwait(false);
        return summary.Outcome == RunOutcome.Failed ? throw new IngestFailedException(summary) : summary;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Timer function for {SourceId} invoked (past due: {IsPastDue})")]
    private partial void LogInvoked(string sourceId, bool isPastDue);
}
