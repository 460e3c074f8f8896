using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Discovery;
using MigrationFeeds.Pipeline.Fetch;
using MigrationFeeds.Pipeline.Options;
using MigrationFeeds.Pipeline.Parse;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Snapshot;
using MigrationFeeds.Pipeline.Sources;
using MigrationFeeds.Pipeline.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MigrationFeeds.Pipeline.Ingestion;

/// <summary>
/// One run of one source: discover, fetch conditionally, archive, parse (in the parse worker), store. Whatever goes
/// wrong with one document (an exception in its fetch, parse or store included) fails that document, and the run goes
/// on; whatever goes wrong with a source fails that source, with a run record, and the other sources go on. Storage
/// that cannot be reached is waited out for a while (<see cref="OutageRetry"/>), then fails the source.
/// </summary>
public sealed partial class IngestService(
    IEnumerable<ISource> sources,
    DocumentFetcher fetcher,
    RawArchive archive,
    DocumentStore documents,
    ObservationStore observations,
    RunStore runs,
    SeriesMaterializer materializer,
    SourceLeases leases,
    FailedDocumentLedger failures,
    ParseWorkerClient parseWorker,
    OutageRetry outage,
    IOptions<ParseOptions> parseOptions,
    ReconstructionManifest reconstructions,
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
            var discovered = await source.DiscoverAsync(cancellationToken).ConfigureAwait(false);
            await IngestAllAsync(source, discovered, tally, cancellationToken).ConfigureAwait(false);
        }, cancellationToken));

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
        foreach (var document in documents)
        {
            tally.Attempted.Add(document.Url.AbsoluteUri);
            await ContainedAsync(document.Url, tally, () => IngestDocumentAsync(source, document, tally, cancellationToken), cancellationToken, document).ConfigureAwait(false);
            if (tally.Pending.Count >= FlushEvery)
            {
                await FlushAsync(tally, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Parses the archived documents of a source again with the current parser, without fetching anything, and
    /// replaces each document's observations (a parser upgrade).
    /// </summary>
    public Task<SourceRunSummary> ReparseAsync(ISource source, CancellationToken cancellationToken) =>
        UnderLeaseAsync(source, async tally =>
        {
            var known = (await outage.RunAsync(() => documents.ListAsync(source.Id, cancellationToken), cancellationToken).ConfigureAwait(false))
                .Where(d => d.Role == DocumentRole.Primary)
                .OrderBy(d => d.Url.AbsoluteUri, StringComparer.Ordinal)
                .ToList();
            tally.Discovered = known.Count;
            foreach (var state in known)
            {
                await ContainedAsync(state.Url, tally, () => ReparseDocumentAsync(source, state, tally, cancellationToken), cancellationToken).ConfigureAwait(false);
                if (tally.Pending.Count >= FlushEvery)
                {
                    await FlushAsync(tally, cancellationToken).ConfigureAwait(false);
                }
            }
        }, cancellationToken);

    private async Task ReparseDocumentAsync(ISource source, DocumentState state, RunTally tally, CancellationToken cancellationToken)
    {
        if (IsQuarantined(state, source))
        {
            tally.Quarantine(state, source.Parser.Version);
            return;
        }

        var content = await outage.RunAsync(() => archive.GetAsync(state.Sha256, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (content is null)
        {
            tally.Failed++;
            tally.Errors.Add($"{state.Url}: archived bytes {state.Sha256} are missing");
            return;
        }

        var document = new DiscoveredDocument
        {
            Url = state.Url,
            Role = state.Role,
            Country = state.Country ?? source.Coverage.Countries.FirstOrDefault() ?? Countries.Region,
            Title = state.Title,
            Published = state.Published,
        };
        await ParseAndStoreAsync(source, document, state, content.ToMemory(), replace: true, tally, cancellationToken).ConfigureAwait(false);
    }

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

    private async Task IngestDocumentAsync(ISource source, DiscoveredDocument document, RunTally tally, CancellationToken cancellationToken)
    {
        using var trace = PipelineTelemetry.TraceDocument(source.Id, document.Url, tally);
        var previous = tally.Previous(document.Url);
        var validators = previous is null ? null : new Validators(previous.UpstreamETag, previous.UpstreamLastModified);
        var fetched = await fetcher.FetchAsync(document.Url, document.Body, validators, source.Hosts, cancellationToken).ConfigureAwait(false);
        if (fetched.Status == FetchStatus.NotModified)
        {
            if (previous is not null && IsQuarantined(previous, source))
            {
                tally.NotModified++;
                tally.Quarantine(previous, source.Parser.Version);
                return;
            }

            if (previous is not null && IsCurrent(previous, source))
            {
                tally.NotModified++;
                return;
            }

            // Unchanged upstream, but our state is stale (a failure to retry, an older parser): read it again whole.
            fetched = await fetcher.FetchAsync(document.Url, document.Body, previous: null, source.Hosts, cancellationToken).ConfigureAwait(false);
        }

        if (fetched.Status != FetchStatus.Ok)
        {
            tally.Failed++;
            tally.Errors.Add($"{document.Url}: {fetched.Error ?? "HTTP " + fetched.HttpStatus}");
            if (fetched.Transient)
            {
                tally.RetryLater(document, fetched.HttpStatus is { } status ? $"http-{status}" : "network", fetched.Error ?? "HTTP " + fetched.HttpStatus);
            }

            return;
        }

        tally.Fetched++;
        var raw = new RawDocument { SourceId = source.Id, Url = document.Url, ContentType = fetched.ContentType, RetrievedAt = fetched.RetrievedAt, Content = fetched.Content };
        var (sha, _) = await outage.RunAsync(() => archive.PutAsync(raw, cancellationToken), cancellationToken).ConfigureAwait(false);

        if (previous is not null && previous.Sha256 == sha && IsQuarantined(previous, source))
        {
            tally.Quarantine(previous, source.Parser.Version);
            return;
        }

        if (previous is not null && previous.Sha256 == sha && IsCurrent(previous, source))
        {
            // Same bytes under new validators: already parsed and stored.
            return;
        }

        var state = new DocumentState
        {
            SourceId = source.Id,
            Url = document.Url,
            Role = document.Role,
            Country = document.Country,
            ContentType = fetched.ContentType,
            Sha256 = sha,
            UpstreamETag = fetched.ETag,
            UpstreamLastModified = fetched.LastModified,
            RetrievedAt = fetched.RetrievedAt,
            Title = document.Title,
            Published = document.Published,
            Status = DocumentStatus.Archived,
        };

        if (document.Role != DocumentRole.Primary)
        {
            await outage.RunAsync(() => documents.SaveAsync(state, cancellationToken), cancellationToken).ConfigureAwait(false);
            tally.Remember(state);
            return;
        }

        // The same bytes parsed before by another parser version have rows that must be replaced, not added to.
        var replace = previous is not null && previous.Sha256 == sha;
        await ParseAndStoreAsync(source, document, state, fetched.Content, replace, tally, cancellationToken).ConfigureAwait(false);
    }

    private async Task ParseAndStoreAsync(
        ISource source, DiscoveredDocument document, DocumentState state, ReadOnlyMemory<byte> content, bool replace, RunTally tally, CancellationToken cancellationToken)
    {
        var context = new DocumentContext
        {
            Url = document.Url.AbsoluteUri,
            ContentType = state.ContentType,
            DefaultCountry = document.Country,
            Title = document.Title,
            Published = document.Published,
        };
        var parse = await parseWorker.ParseAsync(source.Parser, content, context, cancellationToken).ConfigureAwait(false);
        var result = Bounded(parse.Result);
        state = state with { ParserFamily = source.Parser.Family, ParserVersion = source.Parser.Version, Issues = KeptIssues(result.Issues) };
        if (parse.KilledWorker)
        {
            // It took the worker down once: parsing it again would only do so again, until a parser changes.
            var quarantined = state with { Status = DocumentStatus.Quarantined };
            tally.Failed++;
            tally.Errors.Add($"{document.Url}: {Describe(result)}; quarantined until a parser newer than {source.Parser.Version} reads it");
            LogQuarantined(source.Id, document.Url, Describe(result));
            await DropFiguresAsync(state, replace, tally, cancellationToken).ConfigureAwait(false);
            await outage.RunAsync(() => documents.SaveAsync(quarantined, cancellationToken), cancellationToken).ConfigureAwait(false);
            tally.Remember(quarantined);
            return;
        }

        if (!result.Failed && result.Figures.Count == 0)
        {
            tally.Warnings.Add($"{document.Url}: no figures found; the publication's layout or wording may have changed");
        }
        else if (tally.UsualFigures is { } usual && result.Figures.Count * 2 < usual)
        {
            tally.Warnings.Add($"{document.Url}: {result.Figures.Count} figures where this source usually yields {usual}; the layout or wording may have changed");
        }

        if (result.Failed || result.Figures.Count == 0)
        {
            tally.Failed++;
            tally.Errors.Add($"{document.Url}: {Describe(result)}");
            LogParseFailed(source.Id, document.Url, Describe(result));
            await DropFiguresAsync(state, replace, tally, cancellationToken).ConfigureAwait(false);
            await outage.RunAsync(() => documents.SaveAsync(state with { Status = DocumentStatus.Failed }, cancellationToken), cancellationToken).ConfigureAwait(false);
            tally.Remember(state with { Status = DocumentStatus.Failed });
            return;
        }

        var rows = result.Figures.Select(f => new Observation
        {
            Figure = f,
            SourceId = source.Id,
            DocumentUrl = document.Url,
            DocumentSha256 = state.Sha256,
            ParserVersion = source.Parser.Version,
            RetrievedAt = state.RetrievedAt,
            Published = document.Published,
            Reconstruction = reconstructions.Find(document.Url, f),
        }).ToList();
        if (replace)
        {
            tally.Changed.UnionWith(await outage.RunAsync(() => observations.PartitionsOfDocumentAsync(state.Sha256, cancellationToken), cancellationToken).ConfigureAwait(false));
            tally.ObservationsWritten += await outage.RunAsync(() => observations.ReplaceDocumentAsync(state.Sha256, rows, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            tally.ObservationsWritten += await outage.RunAsync(() => observations.WriteAsync(rows, cancellationToken), cancellationToken).ConfigureAwait(false);
        }

        tally.Parsed++;
        tally.SeePeriods(result.Figures);
        foreach (var f in result.Figures)
        {
            tally.Changed.Add((f.Country, f.Indicator));
        }

        // Saved only after the series are refreshed: a crash before that leaves the document to be parsed again.
        var parsed = state with { Status = DocumentStatus.Parsed, FigureCount = result.Figures.Count };
        tally.Pending.Add(parsed);
        tally.Remember(parsed);
    }

    /// <summary>A document's figures removed (a re-parse that failed): the partitions they were in are refreshed.</summary>
    private async Task DropFiguresAsync(DocumentState state, bool replace, RunTally tally, CancellationToken cancellationToken)
    {
        if (replace)
        {
            tally.Changed.UnionWith(await outage.RunAsync(() => observations.PartitionsOfDocumentAsync(state.Sha256, cancellationToken), cancellationToken).ConfigureAwait(false));
            tally.ObservationsWritten += await outage.RunAsync(() => observations.ReplaceDocumentAsync(state.Sha256, [], cancellationToken), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A document that floods the tables with figures fails whole rather than being stored in part.</summary>
    private ParseResult Bounded(ParseResult result)
    {
        var max = parseOptions.Value.MaxFiguresPerDocument;
        return result.Figures.Count <= max
            ? result
            : ParseResult.Failure(new ParseIssue
            {
                Code = ParseIssueCodes.TooLarge,
                Message = $"The document gives {result.Figures.Count:N0} figures; documents of more than {max:N0} are not stored.",
            });
    }

    /// <summary>The first issues of a document, and one more saying how many were dropped: a state row has a size limit.</summary>
    private IReadOnlyList<ParseIssue> KeptIssues(IReadOnlyList<ParseIssue> issues)
    {
        var max = parseOptions.Value.MaxIssuesKept;
        if (issues.Count <= max)
        {
            return issues;
        }

        return
        [
            .. issues.Take(max - 1),
            new ParseIssue { Code = ParseIssueCodes.Truncated, Message = $"{issues.Count - (max - 1):N0} more issues were not kept ({issues.Count:N0} in all)." },
        ];
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

    /// <summary>Stored state needs no new work: parsed (or archived) by this parser version.</summary>
    private static bool IsQuarantined(DocumentState state, ISource source) =>
        state.Status == DocumentStatus.Quarantined && state.ParserVersion == source.Parser.Version;

    private static bool IsCurrent(DocumentState state, ISource source) =>
        state.Status == DocumentStatus.Archived
        || (state.Status == DocumentStatus.Parsed && state.ParserVersion == source.Parser.Version);

    private static string Describe(ParseResult result) =>
        result.Issues.Count == 0 ? "no figures found" : string.Join("; ", result.Issues.Select(i => $"{i.Code}: {i.Message}"));

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Document of {SourceId} at {Url} took the parse worker down and is quarantined: {Reason}")]
    private partial void LogQuarantined(string sourceId, Uri url, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Document of {SourceId} at {Url} was kept but not parsed: {Reason}")]
    private partial void LogParseFailed(string sourceId, Uri url, string reason);
}
