using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using MigrationFeeds.Pipeline.Ingestion;

namespace MigrationFeeds.Functions.Ingest;

/// <summary>
/// <c>retry-failed-documents</c>: every few minutes (app setting <c>Schedule_retry_failed_documents</c>), the failed
/// documents whose next attempt is due are fetched and parsed again, each source's under its lease.
/// </summary>
internal sealed partial class RetryFunction(FailedDocumentRetry retry, ILogger<RetryFunction> logger)
{
    [Function("retry-failed-documents")]
    public async Task RunAsync([TimerTrigger("%Schedule_retry_failed_documents%", UseMonitor = true)] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var summaries = await retry.RunDueAsync(cancellationToken).ConfigureAwait(false);
        LogRetried(summaries.Count, summaries.Sum(s => s.Parsed), summaries.Sum(s => s.Failed));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retry of failed documents: {Sources} sources, {Parsed} documents parsed, {Failed} failed again")]
    private partial void LogRetried(int sources, int parsed, int failed);
}
