using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Discovery;
using MigrationFeeds.Pipeline.Fetch;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Sources;
using MigrationFeeds.Pipeline.Storage;
using Microsoft.Extensions.Logging;

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
    TimeProvider clock,
    ILogger<IngestService> logger)
{
    public IReadOnlyList<ISource> Sources { get; } = [.. sources];

    /// <summary>Parsed documents whose state waits for the series refresh; bounded, so a crash costs little re-parsing.</summary>
    private const int FlushEvery = 50;

    public ISource? Find(string sourceId) => Sources.FirstOrDefault(s => s.Id.Equals(sourceId, StringComparison.OrdinalIgnoreCase));

    public async Task<IReadOnlyList<SourceRunSummary>> RunAllAsync(CancellationToken cancellationToken)
    {
        var summaries = new List<SourceRunSummary>();
        foreach (var source in Sources)
        {
            summaries.Add(await RunAsync(source, cancellationToken).ConfigureAwait(false));
        }

        return summaries;
    }

    public async Task<SourceRunSummary> RunAsync(ISource source, CancellationToken cancellationToken)
    {
        var tally = new RunTally { StartedAt = clock.GetUtcNow() };
        LogRunStarted(source.Id);
        try
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

    private async Task IngestDocumentAsync(ISource source, DiscoveredDocument document, RunTally tally, CancellationToken cancellationToken)
    {
        var previous = await documents.GetAsync(source.Id, document.Url, cancellationToken).ConfigureAwait(false);
        var validators = previous is null ? null : new Validators(previous.UpstreamETag, previous.UpstreamLastModified);
        var fetched = await fetcher.FetchAsync(document.Url, validators, cancellationToken).ConfigureAwait(false);
        if (fetched.Status == FetchStatus.NotModified)
        {
            if (previous is not null && IsCurrent(previous, source))
            {
                tally.NotModified++;
                return;
            }

            // Unchanged upstream, but our state is stale (a failure to retry, an older parser): read it again whole.
            fetched = await fetcher.FetchAsync(document.Url, previous: null, cancellationToken).ConfigureAwait(false);
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
            return;
        }

        var context = new DocumentContext
        {
            Url = document.Url.AbsoluteUri,
            ContentType = fetched.ContentType,
            DefaultCountry = document.Country,
            Title = document.Title,
            Published = document.Published,
        };
        var result = source.Parser.Parse(fetched.Content, context);
        state = state with { ParserFamily = source.Parser.Family, ParserVersion = source.Parser.Version, Issues = result.Issues };

        if (result.Failed || result.Figures.Count == 0)
        {
            tally.Failed++;
            tally.Errors.Add($"{document.Url}: {Describe(result)}");
            LogParseFailed(source.Id, document.Url, Describe(result));
            await documents.SaveAsync(state with { Status = DocumentStatus.Failed }, cancellationToken).ConfigureAwait(false);
            return;
        }

        var rows = result.Figures.Select(f => new Observation
        {
            Figure = f,
            SourceId = source.Id,
            DocumentUrl = document.Url,
            DocumentSha256 = sha,
            ParserVersion = source.Parser.Version,
            RetrievedAt = fetched.RetrievedAt,
            Published = document.Published,
        }).ToList();
        tally.ObservationsWritten += await observations.WriteAsync(rows, cancellationToken).ConfigureAwait(false);
        tally.Parsed++;
        tally.SeePeriods(result.Figures);
        foreach (var f in result.Figures)
        {
            tally.Changed.Add((f.Country, f.Indicator));
        }

        // Saved only after the series are refreshed: a crash before that leaves the document to be parsed again.
        tally.Pending.Add(state with { Status = DocumentStatus.Parsed, FigureCount = result.Figures.Count });
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

    /// <summary>Stored state needs no new work: parsed (or archived) by this parser version.</summary>
    private static bool IsCurrent(DocumentState state, ISource source) =>
        state.Status == DocumentStatus.Archived
        || (state.Status == DocumentStatus.Parsed && state.ParserVersion == source.Parser.Version);

    private static string Describe(ParseResult result) =>
        result.Issues.Count == 0 ? "no figures found" : string.Join("; ", result.Issues.Select(i => $"{i.Code}: {i.Message}"));

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingest of {SourceId} started")]
    private partial void LogRunStarted(string sourceId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingest of {SourceId} {Outcome}: {Fetched} fetched, {NotModified} not modified, {Parsed} parsed, {Failed} failed, {Observations} observations written")]
    private partial void LogRunFinished(string sourceId, string outcome, int fetched, int notModified, int parsed, int failed, int observations);

    [LoggerMessage(Level = LogLevel.Error, Message = "Discovery of {SourceId} failed: {Reason}")]
    private partial void LogDiscoveryFailed(string sourceId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Document of {SourceId} at {Url} was kept but not parsed: {Reason}")]
    private partial void LogParseFailed(string sourceId, Uri url, string reason);
}
