using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Discovery;
using MigrationFeeds.Pipeline.Fetch;
using MigrationFeeds.Pipeline.Options;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Snapshot;
using MigrationFeeds.Pipeline.Sources;
using MigrationFeeds.Pipeline.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MigrationFeeds.Pipeline.Ingestion;

/// <summary>
/// One run of one source: discover, fetch conditionally, archive, parse, store. A document that fails is
/// recorded and the run goes on; a source that fails is recorded and the other sources go on.
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
    ReconstructionManifest reconstructions,
    IOptions<FetchOptions> fetchOptions,
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
            tally.Discovered = discovered.Count;
            foreach (var document in discovered)
            {
                await IngestDocumentAsync(source, document, tally, cancellationToken).ConfigureAwait(false);
                if (tally.Pending.Count >= FlushEvery)
                {
                    await FlushAsync(tally, cancellationToken).ConfigureAwait(false);
                }
            }
        }, cancellationToken));

    /// <summary>
    /// Parses the archived documents of a source again with the current parser, without fetching anything, and
    /// replaces each document's observations (a parser upgrade).
    /// </summary>
    public Task<SourceRunSummary> ReparseAsync(ISource source, CancellationToken cancellationToken) =>
        UnderLeaseAsync(source, async tally =>
        {
            var known = (await documents.ListAsync(source.Id, cancellationToken).ConfigureAwait(false))
                .Where(d => d.Role == DocumentRole.Primary)
                .OrderBy(d => d.Url.AbsoluteUri, StringComparer.Ordinal)
                .ToList();
            tally.Discovered = known.Count;
            foreach (var state in known)
            {
                var content = await archive.GetAsync(state.Sha256, cancellationToken).ConfigureAwait(false);
                if (content is null)
                {
                    tally.Failed++;
                    tally.Errors.Add($"{state.Url}: archived bytes {state.Sha256} are missing");
                    continue;
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
                if (tally.Pending.Count >= FlushEvery)
                {
                    await FlushAsync(tally, cancellationToken).ConfigureAwait(false);
                }
            }
        }, cancellationToken);

    private async Task<SourceRunSummary> UnderLeaseAsync(ISource source, Func<RunTally, Task> work, CancellationToken cancellationToken)
    {
        var tally = new RunTally { StartedAt = clock.GetUtcNow() };
        var lease = await leases.TryAcquireAsync(source.Id, cancellationToken).ConfigureAwait(false);
        if (lease is null)
        {
            LogSkipped(source.Id);
            return tally.ToSummary(source.Id, clock.GetUtcNow()) with { Outcome = RunOutcome.Skipped };
        }

        await using (lease.ConfigureAwait(false))
        {
            LogRunStarted(source.Id);
            try
            {
                var known = await documents.ListAsync(source.Id, cancellationToken).ConfigureAwait(false);
                foreach (var state in known)
                {
                    tally.Remember(state);
                }

                tally.UsualFigures = UsualFigures(known);
                await work(tally).ConfigureAwait(false);
                await FlushAsync(tally, cancellationToken).ConfigureAwait(false);
            }
            catch (DiscoveryException e)
            {
                tally.Errors.Add(e.Message);
                tally.SourceFailed = true;
                LogDiscoveryFailed(source.Id, e.Message);
            }

            var summary = tally.ToSummary(source.Id, clock.GetUtcNow());
            await runs.AddAsync(summary, cancellationToken).ConfigureAwait(false);
            LogRunFinished(source.Id, summary.Outcome, summary.Fetched, summary.NotModified, summary.Parsed, summary.Failed, summary.ObservationsWritten);
            return summary;
        }
    }

    private async Task IngestDocumentAsync(ISource source, DiscoveredDocument document, RunTally tally, CancellationToken cancellationToken)
    {
        using var trace = PipelineTelemetry.TraceDocument(source.Id, document.Url, tally);
        var previous = tally.Previous(document.Url);
        var validators = previous is null ? null : new Validators(previous.UpstreamETag, previous.UpstreamLastModified);
        var fetched = await fetcher.FetchAsync(document.Url, document.Body, validators, cancellationToken).ConfigureAwait(false);
        if (fetched.Status == FetchStatus.NotModified)
        {
            if (previous is not null && IsCurrent(previous, source))
            {
                tally.NotModified++;
                return;
            }

            // Unchanged upstream, but our state is stale (a failure to retry, an older parser): read it again whole.
            fetched = await fetcher.FetchAsync(document.Url, document.Body, previous: null, cancellationToken).ConfigureAwait(false);
        }

        if (fetched.Status != FetchStatus.Ok)
        {
            tally.Failed++;
            tally.Errors.Add($"{document.Url}: {fetched.Error ?? "HTTP " + fetched.HttpStatus}");
            return;
        }

        tally.Fetched++;
        var (sha, _) = await archive.PutAsync(
            new RawDocument { SourceId = source.Id, Url = document.Url, ContentType = fetched.ContentType, RetrievedAt = fetched.RetrievedAt, Content = fetched.Content },
            cancellationToken).ConfigureAwait(false);

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
            await documents.SaveAsync(state, cancellationToken).ConfigureAwait(false);
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
        var result = await ParseWithinBudgetAsync(source.Parser, content, context, cancellationToken).ConfigureAwait(false);
        state = state with { ParserFamily = source.Parser.Family, ParserVersion = source.Parser.Version, Issues = result.Issues };

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
            if (replace)
            {
                tally.ObservationsWritten += await observations.ReplaceDocumentAsync(state.Sha256, [], cancellationToken).ConfigureAwait(false);
                tally.Changed.UnionWith(await observations.PartitionsOfDocumentAsync(state.Sha256, cancellationToken).ConfigureAwait(false));
            }

            await documents.SaveAsync(state with { Status = DocumentStatus.Failed }, cancellationToken).ConfigureAwait(false);
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
            tally.Changed.UnionWith(await observations.PartitionsOfDocumentAsync(state.Sha256, cancellationToken).ConfigureAwait(false));
            tally.ObservationsWritten += await observations.ReplaceDocumentAsync(state.Sha256, rows, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            tally.ObservationsWritten += await observations.WriteAsync(rows, cancellationToken).ConfigureAwait(false);
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

    /// <summary>
    /// Parsers are pure and cannot be interrupted, so a pathological document is abandoned at the budget: the run
    /// goes on and the document is recorded as failed. The abandoned parse finishes on its own thread.
    /// </summary>
    private async Task<ParseResult> ParseWithinBudgetAsync(IReportParser parser, ReadOnlyMemory<byte> content, DocumentContext context, CancellationToken cancellationToken)
    {
        var budget = TimeSpan.FromSeconds(fetchOptions.Value.ParseTimeoutSeconds);
        try
        {
            return await Task.Run(() => parser.Parse(content, context), cancellationToken).WaitAsync(budget, clock, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return ParseResult.Failure(new ParseIssue { Code = ParseIssueCodes.Timeout, Message = $"parsing took longer than {budget.TotalSeconds:0.#} s" });
        }
    }

    private async Task FlushAsync(RunTally tally, CancellationToken cancellationToken)
    {
        if (tally.Changed.Count > 0)
        {
            await materializer.RefreshAsync(tally.Changed, cancellationToken).ConfigureAwait(false);
            tally.Changed.Clear();
        }

        foreach (var state in tally.Pending)
        {
            await documents.SaveAsync(state, cancellationToken).ConfigureAwait(false);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Document of {SourceId} at {Url} was kept but not parsed: {Reason}")]
    private partial void LogParseFailed(string sourceId, Uri url, string reason);
}
