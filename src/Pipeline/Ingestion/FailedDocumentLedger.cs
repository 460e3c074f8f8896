using MigrationFeeds.Pipeline.Options;
using MigrationFeeds.Pipeline.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MigrationFeeds.Pipeline.Ingestion;

/// <summary>
/// Brings the retry table up to date at the end of a run: a document that failed for a passing reason gets (or keeps) a
/// record with its next attempt, or is given up on once its attempts are used; any other document the run tried, a
/// success or a bad document kept and reported as before, loses its record.
/// </summary>
public sealed partial class FailedDocumentLedger(FailedDocumentStore store, IOptions<RetryOptions> options, TimeProvider clock, ILogger<FailedDocumentLedger> logger)
{
    internal async Task SettleAsync(string sourceId, RunTally tally, CancellationToken cancellationToken)
    {
        if (tally.Attempted.Count == 0)
        {
            return;
        }

        var known = (await store.ListAsync(sourceId, cancellationToken).ConfigureAwait(false)).ToDictionary(f => f.Document.Url.AbsoluteUri, StringComparer.Ordinal);
        foreach (var url in tally.Attempted)
        {
            var previous = known.GetValueOrDefault(url);
            if (!tally.Retryable.TryGetValue(url, out var failure))
            {
                if (previous is not null)
                {
                    await store.DeleteAsync(sourceId, previous.Document.Url, cancellationToken).ConfigureAwait(false);
                }

                continue;
            }

            var now = clock.GetUtcNow();
            var attempts = (previous?.Attempts ?? 0) + 1;
            var next = options.Value.NextAttempt(attempts, now);
            await store.SaveAsync(new FailedDocument
            {
                SourceId = sourceId,
                Document = failure.Document,
                Attempts = attempts,
                LastErrorCode = failure.Code,
                LastError = failure.Error,
                FirstFailedAt = previous?.FirstFailedAt ?? now,
                LastAttemptAt = now,
                NextAttemptAt = next,
            }, cancellationToken).ConfigureAwait(false);
            if (next is null)
            {
                LogGaveUp(sourceId, failure.Document.Url, attempts, failure.Code);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Document of {SourceId} at {Url} is not retried any more after {Attempts} failed attempts (last: {Code})")]
    private partial void LogGaveUp(string sourceId, Uri url, int attempts, string code);
}
