using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Discovery;
using MigrationFeeds.Pipeline.Fetch;
using MigrationFeeds.Pipeline.Parse;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Snapshot;
using MigrationFeeds.Pipeline.Sources;
using MigrationFeeds.Pipeline.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MigrationFeeds.Pipeline.Ingestion;

/// <summary>
/// One document's way through the pipeline: fetch (conditionally), archive, parse in the parse worker, store its
/// observations. What it learns goes into the run's <see cref="RunTally"/>; the run (<see cref="IngestService"/>)
/// holds the lease, contains failures and refreshes the series.
/// </summary>
public sealed partial class DocumentStep(
    DocumentFetcher fetcher,
    RawArchive archive,
    DocumentStore documents,
    ObservationStore observations,
    ParseWorkerClient parseWorker,
    OutageRetry outage,
    IOptions<ParseOptions> parseOptions,
    ReconstructionManifest reconstructions,
    ILogger<DocumentStep> logger)
{
    /// <summary>The listings a discovery read, archived like any raw document so it can be replayed and audited.</summary>
    internal async Task ArchiveListingsAsync(IEnumerable<RawDocument> listings, CancellationToken cancellationToken)
    {
        foreach (var listing in listings)
        {
            await outage.RunAsync(() => archive.PutAsync(listing, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
    }

    internal async Task IngestAsync(ISource source, DiscoveredDocument document, RunTally tally, CancellationToken cancellationToken)
    {
        using var trace = PipelineTelemetry.TraceDocument(source.Id, document.Url, tally);
        if (document.Content is { } held)
        {
            await IngestHeldAsync(source, document, held, tally, cancellationToken).ConfigureAwait(false);
            return;
        }

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

    /// <summary>
    /// A document discovery already holds (a report's text from its listing): nothing to fetch. Unchanged and read by
    /// this parser, it is skipped like a document the server says has not changed, unless its report's PDF was parsed
    /// again in this run, whose rows then need the text's provenance again.
    /// </summary>
    private async Task IngestHeldAsync(ISource source, DiscoveredDocument document, ReadOnlyMemory<byte> content, RunTally tally, CancellationToken cancellationToken)
    {
        var previous = tally.Previous(document.Url);
        var sha = RawArchive.Sha256(content.Span);
        var same = previous is not null && previous.Sha256 == sha;
        if (same && IsQuarantined(previous!, source))
        {
            tally.NotModified++;
            tally.Quarantine(previous!, source.Parser.Version);
            return;
        }

        if (same && IsCurrent(previous!, source) && (document.TextOf is null || !tally.ParsedThisRun.Contains(document.TextOf.AbsoluteUri)))
        {
            tally.NotModified++;
            return;
        }

        // Retrieved with the listing, as the run began: before the report's PDF, which a tie between the two then favours.
        const string contentType = "text/html; charset=utf-8";
        var retrievedAt = tally.StartedAt;
        var raw = new RawDocument { SourceId = source.Id, Url = document.Url, ContentType = contentType, RetrievedAt = retrievedAt, Content = content };
        await outage.RunAsync(() => archive.PutAsync(raw, cancellationToken), cancellationToken).ConfigureAwait(false);
        var state = new DocumentState
        {
            SourceId = source.Id,
            Url = document.Url,
            Role = document.Role,
            Country = document.Country,
            ContentType = contentType,
            Sha256 = sha,
            RetrievedAt = retrievedAt,
            Title = document.Title,
            Published = document.Published,
            Status = DocumentStatus.Archived,
            TextOf = document.TextOf,
        };
        await ParseAndStoreAsync(source, document, state, content, same, tally, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>An archived document parsed again with the current parser, nothing fetched; its observations are replaced.</summary>
    internal async Task ReparseAsync(ISource source, DocumentState state, RunTally tally, CancellationToken cancellationToken)
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
            Country = state.Country ?? (source.Coverage.Countries is [var first, ..] ? first : CountryCode.Region),
            Title = state.Title,
            Published = state.Published,
            TextOf = state.TextOf,
        };
        await ParseAndStoreAsync(source, document, state, content.ToMemory(), replace: true, tally, cancellationToken).ConfigureAwait(false);
    }

    private async Task ParseAndStoreAsync(
        ISource source, DiscoveredDocument document, DocumentState state, ReadOnlyMemory<byte> content, bool replace, RunTally tally, CancellationToken cancellationToken)
    {
        var context = new DocumentContext
        {
            Url = document.Url.AbsoluteUri,
            ContentType = state.ContentType,
            DefaultCountry = document.Country.Code,
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

        // A report's text may well state no figure: that is no failure of the text, nor a sign of a changed layout.
        var text = document.TextOf is not null;
        if (!text && !result.Failed && result.Figures.Count == 0)
        {
            tally.Warnings.Add($"{document.Url}: no figures found; the publication's layout or wording may have changed");
        }
        else if (!text && tally.UsualFigures is { } usual && result.Figures.Count * 2 < usual)
        {
            tally.Warnings.Add($"{document.Url}: {result.Figures.Count} figures where this source usually yields {usual}; the layout or wording may have changed");
        }

        if (result.Failed || (result.Figures.Count == 0 && !text))
        {
            tally.Failed++;
            tally.Errors.Add($"{document.Url}: {Describe(result)}");
            LogParseFailed(source.Id, document.Url, Describe(result));
            await DropFiguresAsync(state, replace, tally, cancellationToken).ConfigureAwait(false);
            await outage.RunAsync(() => documents.SaveAsync(state with { Status = DocumentStatus.Failed }, cancellationToken), cancellationToken).ConfigureAwait(false);
            tally.Remember(state with { Status = DocumentStatus.Failed });
            return;
        }

        var read = result.Figures
            .Select(f => Observation.Of(f, source.Id, document.Url, state.Sha256, source.Parser.Version, state.RetrievedAt, document.Published, reconstructions.Find(document.Url, f)))
            .ToList();
        var rows = read;
        if (document.TextOf is { } primary)
        {
            rows = await MergeIntoPrimaryAsync(source, primary, document.Url, rows, tally, cancellationToken).ConfigureAwait(false);
        }

        tally.Parsed++;
        tally.ParsedThisRun.Add(document.Url.AbsoluteUri);
        tally.SeePeriods(read);
        tally.Change(read);

        var parsed = state with { Status = DocumentStatus.Parsed, FigureCount = result.Figures.Count };
        tally.Remember(parsed);
        var stored = new DocumentRows(rows, replace, parsed);
        if (document.TextOf is not null)
        {
            await StoreAsync(stored, tally, cancellationToken).ConfigureAwait(false);
        }
        else if (tally.TextsToCome.Contains(document.Url.AbsoluteUri))
        {
            tally.Held[document.Url.AbsoluteUri] = stored;
        }
        else if (tally.TextOf(document.Url) is { Status: DocumentStatus.Parsed } readBefore)
        {
            // A retry of the PDF alone: its text, read before while the PDF could not be, is read again from the archive.
            tally.Held[document.Url.AbsoluteUri] = stored;
            await ReparseAsync(source, readBefore, tally, cancellationToken).ConfigureAwait(false);
            await StoreHeldAsync(tally, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await StoreAsync(stored, tally, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Rows held for a report's text that did not come (skipped, quarantined, failed, or not next): written as they are,
    /// but for those of the PDF <paramref name="next"/>, whose text is the document about to be read.
    /// </summary>
    internal async Task StoreHeldAsync(RunTally tally, CancellationToken cancellationToken, Uri? next = null)
    {
        foreach (var pdf in tally.Held.Keys.Where(k => k != next?.AbsoluteUri).ToList())
        {
            var held = tally.Held[pdf];
            tally.Held.Remove(pdf);
            await StoreAsync(held, tally, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task StoreAsync(DocumentRows stored, RunTally tally, CancellationToken cancellationToken)
    {
        var sha = stored.Parsed.Sha256;
        if (stored.Replace)
        {
            tally.Changed.UnionWith(await PartitionsOfDocumentAsync(sha, cancellationToken).ConfigureAwait(false));
            tally.ObservationsWritten += await outage.RunAsync(() => observations.ReplaceDocumentAsync(sha, stored.Rows, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            tally.ObservationsWritten += await outage.RunAsync(() => observations.WriteAsync(stored.Rows, cancellationToken), cancellationToken).ConfigureAwait(false);
        }

        // Held rows may be written after a flush of the series: their partitions are refreshed at the next one.
        tally.Change(stored.Rows);

        // Saved only after the series are refreshed: a crash before that leaves the document to be parsed again.
        tally.Pending.Add(stored.Parsed);
    }

    /// <summary>
    /// A report text's figures that its PDF states too become the text's provenance on the PDF's observations (the PDF
    /// first); what the text alone states is returned, to be stored as the text's own observations.
    /// </summary>
    private async Task<List<Observation>> MergeIntoPrimaryAsync(
        ISource source, Uri primary, Uri textUrl, List<Observation> rows, RunTally tally, CancellationToken cancellationToken)
    {
        if (tally.Held.Remove(primary.AbsoluteUri, out var held))
        {
            // The PDF was parsed just before: its rows are written once, with the text's provenance already in them.
            var (withText, textOnly) = StatedTwice.Merge(held.Rows, rows, textUrl);
            await StoreAsync(held with { Rows = withText }, tally, cancellationToken).ConfigureAwait(false);
            LogMerged(source.Id, textUrl, rows.Count - textOnly.Count, textOnly.Count);
            return textOnly;
        }

        if (tally.Previous(primary) is not { Status: DocumentStatus.Parsed } pdf)
        {
            return rows;
        }

        var stated = await outage.RunAsync(() => observations.ReadDocumentAsync(pdf.Sha256, cancellationToken), cancellationToken).ConfigureAwait(false);
        var (merged, own) = StatedTwice.Merge(stated, rows, textUrl);
        if (!merged.SequenceEqual(stated))
        {
            tally.Change(stated);
            tally.ObservationsWritten += await outage.RunAsync(() => observations.ReplaceDocumentAsync(pdf.Sha256, merged, cancellationToken), cancellationToken).ConfigureAwait(false);
        }

        LogMerged(source.Id, textUrl, rows.Count - own.Count, own.Count);
        return own;
    }

    private async Task<IEnumerable<SeriesKey>> PartitionsOfDocumentAsync(string sha256, CancellationToken cancellationToken) =>
        (await outage.RunAsync(() => observations.PartitionsOfDocumentAsync(sha256, cancellationToken), cancellationToken).ConfigureAwait(false))
        .Select(p => new SeriesKey(p.Country, p.Indicator));

    /// <summary>A document's figures removed (a re-parse that failed): the partitions they were in are refreshed.</summary>
    private async Task DropFiguresAsync(DocumentState state, bool replace, RunTally tally, CancellationToken cancellationToken)
    {
        if (replace)
        {
            tally.Changed.UnionWith(await PartitionsOfDocumentAsync(state.Sha256, cancellationToken).ConfigureAwait(false));
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

    /// <summary>Skipped until a newer parser: it took the parse worker down under this parser version.</summary>
    private static bool IsQuarantined(DocumentState state, ISource source) =>
        state.Status == DocumentStatus.Quarantined && state.ParserVersion == source.Parser.Version;

    /// <summary>Stored state needs no new work: parsed (or archived) by this parser version.</summary>
    private static bool IsCurrent(DocumentState state, ISource source) =>
        state.Status == DocumentStatus.Archived
        || (state.Status == DocumentStatus.Parsed && state.ParserVersion == source.Parser.Version);

    private static string Describe(ParseResult result) =>
        result.Issues.Count == 0 ? "no figures found" : string.Join("; ", result.Issues.Select(i => $"{i.Code}: {i.Message}"));

    [LoggerMessage(Level = LogLevel.Debug, Message = "Report text of {SourceId} at {Url}: {Shared} figures its PDF states too, {Own} of its own")]
    private partial void LogMerged(string sourceId, Uri url, int shared, int own);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Document of {SourceId} at {Url} took the parse worker down and is quarantined: {Reason}")]
    private partial void LogQuarantined(string sourceId, Uri url, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Document of {SourceId} at {Url} was kept but not parsed: {Reason}")]
    private partial void LogParseFailed(string sourceId, Uri url, string reason);
}
