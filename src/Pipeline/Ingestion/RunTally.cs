using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Pipeline.Ingestion;

/// <summary>Counts kept while a run goes on.</summary>
internal sealed class RunTally
{
    public required DateTimeOffset StartedAt { get; init; }
    public int Discovered { get; set; }
    public int Fetched { get; set; }
    public int NotModified { get; set; }
    public int Parsed { get; set; }
    public int Failed { get; set; }
    public int ObservationsWritten { get; set; }
    public int Quarantined { get; set; }
    public bool SourceFailed { get; set; }
    public Period? LatestPeriod { get; private set; }
    public List<string> Errors { get; } = [];
    public List<string> Warnings { get; } = [];

    /// <summary>The median figure count of the source's parsed documents before this run; null while too few are known.</summary>
    public int? UsualFigures { get; set; }

    /// <summary>Country and indicator partitions written since the last series refresh.</summary>
    public HashSet<SeriesKey> Changed { get; } = [];

    /// <summary>Marks the partitions of these observations changed; one of a code not of the vocabulary has no series.</summary>
    public void Change(IEnumerable<Observation> observations)
    {
        foreach (var o in observations)
        {
            if (SeriesKey.Of(o) is { } key)
            {
                Changed.Add(key);
            }
        }
    }

    public List<Storage.DocumentState> Pending { get; } = [];

    /// <summary>
    /// The source's document states by address, read in one query when the run starts and kept current through it,
    /// so a re-run with nothing new asks the table once per source rather than once per document.
    /// </summary>
    public Dictionary<string, Storage.DocumentState> Known { get; } = new(StringComparer.Ordinal);

    /// <summary>Addresses of the documents this run tried to ingest; those that did not fail for a passing reason leave the retry table.</summary>
    public HashSet<string> Attempted { get; } = new(StringComparer.Ordinal);

    /// <summary>Documents that failed for a passing reason in this run, with the error's code and text: they are retried.</summary>
    public Dictionary<string, (Discovery.DiscoveredDocument Document, string Code, string Error)> Retryable { get; } = new(StringComparer.Ordinal);

    public void RetryLater(Discovery.DiscoveredDocument document, string code, string error) =>
        Retryable[document.Url.AbsoluteUri] = (document, code, error);

    public bool Retry { get; init; }

    /// <summary>Addresses of the documents parsed in this run: a report's text is merged again into a PDF parsed again.</summary>
    public HashSet<string> ParsedThisRun { get; } = new(StringComparer.Ordinal);

    /// <summary>Addresses of the PDFs whose report text this run reads after them (its own document in the run's list).</summary>
    public HashSet<string> TextsToCome { get; } = new(StringComparer.Ordinal);

    /// <summary>A PDF's rows, by its address, held until its report's text is read: then written once, with both provenances.</summary>
    public Dictionary<string, DocumentRows> Held { get; } = new(StringComparer.Ordinal);

    /// <summary>The report texts' states by the address of their PDF.</summary>
    private readonly Dictionary<string, Storage.DocumentState> texts = new(StringComparer.Ordinal);

    public Storage.DocumentState? Previous(Uri url) => Known.GetValueOrDefault(url.AbsoluteUri);

    /// <summary>The state of the report text read beside the PDF at <paramref name="pdf"/>, if one was.</summary>
    public Storage.DocumentState? TextOf(Uri pdf) => texts.GetValueOrDefault(pdf.AbsoluteUri);

    public void Remember(Storage.DocumentState state)
    {
        Known[state.Url.AbsoluteUri] = state;
        if (state.TextOf is { } pdf)
        {
            texts[pdf.AbsoluteUri] = state;
        }
    }

    /// <summary>A document skipped because it took the parse worker down before: counted, and warned of.</summary>
    public void Quarantine(Storage.DocumentState state, string parserVersion)
    {
        Quarantined++;
        var why = state.Issues.FirstOrDefault()?.Message ?? "it took the parse worker down";
        Warnings.Add($"{state.Url}: quarantined, not parsed ({why}); a parser newer than {parserVersion} will read it again");
    }

    /// <summary>
    /// The latest month the figures reach: where each period ends, a year standing as the year. The latest is the one
    /// that starts last, and a month before the year it opens (the order the run record's text has always sorted in).
    /// </summary>
    public void SeePeriods(IEnumerable<Observation> observations)
    {
        foreach (var o in observations)
        {
            Period? reached = o.Period switch
            {
                { Measure: PeriodMeasure.Year } year => year,
                { } period => Period.Month(period.Last.Year, period.Last.Month),
                null => null,
            };
            if (reached is { } r && (LatestPeriod is not { } latest || r.First > latest.First || (r.First == latest.First && r.Measure == PeriodMeasure.Month && latest.Measure == PeriodMeasure.Year)))
            {
                LatestPeriod = r;
            }
        }
    }

    public SourceRunSummary ToSummary(string sourceId, DateTimeOffset finishedAt) => new()
    {
        SourceId = sourceId,
        StartedAt = StartedAt,
        FinishedAt = finishedAt,
        Outcome = SourceFailed ? RunOutcome.Failed : Failed > 0 ? RunOutcome.Partial : RunOutcome.Succeeded,
        Discovered = Discovered,
        Fetched = Fetched,
        NotModified = NotModified,
        Parsed = Parsed,
        Failed = Failed,
        ObservationsWritten = ObservationsWritten,
        Quarantined = Quarantined,
        LatestPeriod = LatestPeriod,
        Errors = Errors,
        Warnings = Warnings,
        Retry = Retry,
    };
}
