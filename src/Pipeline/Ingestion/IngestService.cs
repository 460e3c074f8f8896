using MigrationFeeds.Pipeline.Discovery;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Sources;
using MigrationFeeds.Pipeline.Storage;
using Microsoft.Extensions.Logging;

namespace MigrationFeeds.Pipeline.Ingestion;

/// <summary>
/// The run of one source: under its lease, discover, then the document step (<see cref="DocumentStep"/>: fetch,
/// archive, parse, store) for each document, counting as it goes, and refresh the series at the end. Whatever goes
/// wrong with one document (an exception in its fetch, parse or store included) fails that document, and the run goes
/// on; whatever goes wrong with a source fails that source, with a run record, and the other sources go on. Storage
/// that cannot be reached is waited out for a while (<see cref="OutageRetry"/>), then fails the source.
/// </summary>
public sealed partial class IngestService(
    IEnumerable<ISource> sources,
    DocumentStep step,
    DocumentStore documents,
    RunStore runs,
    SeriesMaterializer materializer,
    SourceLeases leases,
    FailedDocumentLedger failures,
    OutageRetry outage,
    TimeProvider clock,
    ILogger<IngestService> logger)
{
    /// <summary>
    /// Parsed documents whose state waits for the series refresh. Refreshing rereads whole partitions, so it is done
    /// rarely (a backfill stays linear); the bound caps what a crash costs in re-parsing.
    /// </summary>
    private const int FlushEvery = 1000;

    public IReadOnlyList<ISource> Sources { get; } = [.. sources];

    public ISource? Find(string sourceId) => Sources.FirstOrDefault(s => s.Id.Equals(sourceId, StringComparison.OrdinalIgnoreCase));

    public async Task<IReadOnlyList<SourceRunSummary>> RunAllAsync(CancellationToken cancellationToken)
    {
        using var activity = PipelineTelemetry.ActivitySource.StartActivity("ingest");
        var summaries = new List<SourceRunSummary>();
        foreach (var source in Sources)
        {
            summaries.Add(await RunAsync(source, cancellationToken).ConfigureAwait(false));
        }

        return summaries;
    }

    public Task<SourceRunSummary> RunAsync(ISource source, CancellationToken cancellationToken) =>
        PipelineTelemetry.TraceSourceAsync(source.Id, () => UnderLeaseAsync(source, async tally =>
        {
            var discovered = await DiscoverAsync(source, cancellationToken).ConfigureAwait(false);
            await IngestAllAsync(source, discovered, tally, cancellationToken).ConfigureAwait(false);
        }, cancellationToken));

    /// <summary>The source's documents, its listings archived whether or not the discovery got to the end of them.</summary>
    private async Task<IReadOnlyList<DiscoveredDocument>> DiscoverAsync(ISource source, CancellationToken cancellationToken)
    {
        using var collected = ListingFetcher.Collect();
        try
        {
            return await source.DiscoverAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await step.ArchiveListingsAsync(collected.Listings, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The document step again for just these documents (failed ones whose retry is due), under the source's lease; when
    /// another run holds it, nothing is done nor recorded, and the documents stay due for the next retry.
    /// </summary>
    public Task<SourceRunSummary> RetryAsync(ISource source, IReadOnlyList<DiscoveredDocument> documents, CancellationToken cancellationToken) =>
        PipelineTelemetry.TraceSourceAsync(source.Id, () => UnderLeaseAsync(
            source, tally => IngestAllAsync(source, documents, tally, cancellationToken), cancellationToken, retry: true));

    private async Task IngestAllAsync(ISource source, IReadOnlyList<DiscoveredDocument> documents, RunTally tally, CancellationToken cancellationToken)
    {
        tally.Discovered = documents.Count;
        tally.TextsToCome.UnionWith(documents.Where(d => d.TextOf is not null).Select(d => d.TextOf!.AbsoluteUri));
        foreach (var document in documents)
        {
            tally.Attempted.Add(document.Url.AbsoluteUri);
            await step.StoreHeldAsync(tally, cancellationToken, next: document.TextOf).ConfigureAwait(false);
            await ContainedAsync(document.Url, tally, () => step.IngestAsync(source, document, tally, cancellationToken), cancellationToken, document).ConfigureAwait(false);
            if (tally.Pending.Count >= FlushEvery)
            {
                await FlushAsync(tally, cancellationToken).ConfigureAwait(false);
            }
        }

        await step.StoreHeldAsync(tally, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Parses the archived documents of a source again with the current parser, without fetching anything, and
    /// replaces each document's observations (a parser upgrade).
    /// </summary>
    public Task<SourceRunSummary> ReparseAsync(ISource source, CancellationToken cancellationToken) =>
        UnderLeaseAsync(source, async tally =>
        {
            var known = (await outage.RunAsync(() => documents.ListAsync(source.Id, cancellationToken), cancellationToken).ConfigureAwait(false))
                .Where(d => d.Role is DocumentRole.Primary or DocumentRole.ReportText)
                // A report's text right after its PDF: the PDF's rows wait for it, to be written once with both provenances.
                .OrderBy(d => (d.TextOf ?? d.Url).AbsoluteUri, StringComparer.Ordinal)
                .ThenBy(d => d.Role == DocumentRole.ReportText)
                .ToList();
            tally.Discovered = known.Count;
            tally.TextsToCome.UnionWith(known.Where(d => d.TextOf is not null).Select(d => d.TextOf!.AbsoluteUri));
            foreach (var state in known)
            {
                await step.StoreHeldAsync(tally, cancellationToken, next: state.TextOf).ConfigureAwait(false);
                await ContainedAsync(state.Url, tally, () => step.ReparseAsync(source, state, tally, cancellationToken), cancellationToken).ConfigureAwait(false);
                if (tally.Pending.Count >= FlushEvery)
                {
                    await FlushAsync(tally, cancellationToken).ConfigureAwait(false);
                }
            }

            await step.StoreHeldAsync(tally, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    private async Task<SourceRunSummary> UnderLeaseAsync(ISource source, Func<RunTally, Task> work, CancellationToken cancellationToken, bool retry = false)
    {
        var tally = new RunTally { StartedAt = clock.GetUtcNow(), Retry = retry };
        IAsyncDisposable? lease;
        try
        {
            lease = await outage.RunAsync(() => leases.TryAcquireAsync(source.Id, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (StorageUnavailableException e)
        {
            tally.SourceFailed = true;
            tally.Errors.Add(e.Message);
            LogSourceFailed(source.Id, e.Message);
            var unreached = tally.ToSummary(source.Id, clock.GetUtcNow());
            await RecordAsync(unreached, cancellationToken).ConfigureAwait(false);
            return unreached;
        }

        if (lease is null)
        {
            LogSkipped(source.Id);
            var skipped = tally.ToSummary(source.Id, clock.GetUtcNow()) with
            {
                Outcome = RunOutcome.Skipped,
                Warnings = ["skipped: another run of this source holds its lease; it runs again on its next schedule"],
            };
            if (!retry)
            {
                // A retry that finds the source busy is tried again at its next tick; recording each would bury the runs.
                await RecordAsync(skipped, cancellationToken).ConfigureAwait(false);
            }

            return skipped;
        }

        await using (lease.ConfigureAwait(false))
        {
            LogRunStarted(source.Id);
            try
            {
                var known = await outage.RunAsync(() => documents.ListAsync(source.Id, cancellationToken), cancellationToken).ConfigureAwait(false);
                foreach (var state in known)
                {
                    tally.Remember(state);
                }

                tally.UsualFigures = UsualFigures(known);
                await work(tally).ConfigureAwait(false);
                await FlushAsync(tally, cancellationToken).ConfigureAwait(false);
                await outage.RunAsync(() => failures.SettleAsync(source.Id, tally, cancellationToken), cancellationToken).ConfigureAwait(false);
            }
            catch (DiscoveryException e)
            {
                tally.Errors.Add(e.Message);
                tally.SourceFailed = true;
                LogDiscoveryFailed(source.Id, e.Message);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Whatever else stops this source (storage gone for good, a bug) fails it alone, with a run record.
                var reason = e is StorageUnavailableException ? e.Message : $"{e.GetType().Name}: {e.Message}";
                tally.Errors.Add(reason);
                tally.SourceFailed = true;
                LogSourceFailed(source.Id, reason);
            }

            var summary = tally.ToSummary(source.Id, clock.GetUtcNow());
            await RecordAsync(summary, cancellationToken).ConfigureAwait(false);
            LogRunFinished(source.Id, summary.Outcome, summary.Fetched, summary.NotModified, summary.Parsed, summary.Failed, summary.ObservationsWritten);
            return summary;
        }
    }

    /// <summary>The run record, written when storage lets it be; a run whose record cannot be written is still returned and logged.</summary>
    private async Task RecordAsync(SourceRunSummary summary, CancellationToken cancellationToken)
    {
        try
        {
            await outage.RunAsync(() => runs.AddAsync(summary, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (StorageUnavailableException e)
        {
            LogRunNotRecorded(summary.SourceId, summary.Outcome, e.Message);
        }
    }

    /// <summary>
    /// One document's work: any exception in it fails that document and the run goes on. Storage that stays
    /// unreachable is the source's failure, not the document's, and is let through.
    /// </summary>
    private async Task ContainedAsync(Uri url, RunTally tally, Func<Task> work, CancellationToken cancellationToken, DiscoveredDocument? retryable = null)
    {
        try
        {
            await work().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not StorageUnavailableException && !StorageFaults.IsUnavailable(e)
                                  && (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested))
        {
            tally.Failed++;
            tally.Errors.Add($"{url}: {e.GetType().Name}: {e.Message}");
            LogDocumentFailed(url, e.GetType().Name, e.Message);
            if (retryable is not null)
            {
                // Not the document's fault as far as anyone knows (the parse worker would not start, a pipe broke): try again.
                tally.RetryLater(retryable, e.GetType().Name, e.Message);
            }
        }
    }

    private async Task FlushAsync(RunTally tally, CancellationToken cancellationToken)
    {
        if (tally.Changed.Count > 0)
        {
            await outage.RunAsync(() => materializer.RefreshAsync(tally.Changed, cancellationToken), cancellationToken).ConfigureAwait(false);
            tally.Changed.Clear();
        }

        foreach (var state in tally.Pending)
        {
            await outage.RunAsync(() => documents.SaveAsync(state, cancellationToken), cancellationToken).ConfigureAwait(false);
        }

        tally.Pending.Clear();
    }

    /// <summary>The median figure count of the source's parsed documents, once there are enough to call it usual.</summary>
    private static int? UsualFigures(IEnumerable<DocumentState> known)
    {
        var counts = known
            .Where(d => d.Status == DocumentStatus.Parsed && d.Role == DocumentRole.Primary)
            .Select(d => d.FigureCount)
            .Order()
            .ToList();
        return counts.Count >= 3 ? counts[counts.Count / 2] : null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingest of {SourceId} started")]
    private partial void LogRunStarted(string sourceId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingest of {SourceId} skipped: another run holds its lease")]
    private partial void LogSkipped(string sourceId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingest of {SourceId} {Outcome}: {Fetched} fetched, {NotModified} not modified, {Parsed} parsed, {Failed} failed, {Observations} observations written")]
    private partial void LogRunFinished(string sourceId, string outcome, int fetched, int notModified, int parsed, int failed, int observations);

    [LoggerMessage(Level = LogLevel.Error, Message = "Discovery of {SourceId} failed: {Reason}")]
    private partial void LogDiscoveryFailed(string sourceId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Ingest of {SourceId} failed: {Reason}")]
    private partial void LogSourceFailed(string sourceId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The run of {SourceId} ({Outcome}) could not be recorded: {Reason}")]
    private partial void LogRunNotRecorded(string sourceId, string outcome, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Document at {Url} failed: {ExceptionType}: {Reason}")]
    private partial void LogDocumentFailed(Uri url, string exceptionType, string reason);
}
