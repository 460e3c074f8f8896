using System.Diagnostics;
using System.Diagnostics.Metrics;
using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Pipeline.Ingestion;

/// <summary>
/// Traces and metrics of ingestion, under the name <see cref="Name"/> (docs/telemetry.md). A run of one source is a
/// span (<c>ingest {source}</c>) and each document it discovers a child span (<c>ingest document</c>); each finished
/// run adds its counts to the counters below. Without a listener (no exporter configured) all of this costs nothing.
/// </summary>
public static class PipelineTelemetry
{
    /// <summary>The name of both the ActivitySource and the Meter.</summary>
    public const string Name = "MigrationFeeds.Pipeline";

    public const string SourceTag = "migrationfeeds.source";
    public const string OutcomeTag = "migrationfeeds.outcome";
    public const string ResultTag = "migrationfeeds.result";
    public const string UrlTag = "url.full";

    public static readonly ActivitySource ActivitySource = new(Name, typeof(PipelineTelemetry).Assembly.GetName().Version?.ToString());

    private static readonly Meter Meter = new(Name, typeof(PipelineTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>Finished runs of a source, by outcome.</summary>
    public static readonly Counter<long> Runs = Meter.CreateCounter<long>("migrationfeeds.ingest.runs", "{run}", "Ingest runs of a source, by outcome.");

    /// <summary>Documents a run discovered, each once by result: parsed, failed, not_modified, archived.</summary>
    public static readonly Counter<long> Documents = Meter.CreateCounter<long>("migrationfeeds.ingest.documents", "{document}", "Documents handled by ingest runs, by result.");

    public static readonly Counter<long> Observations = Meter.CreateCounter<long>("migrationfeeds.ingest.observations", "{observation}", "Observations written by ingest runs.");

    /// <summary>Failed documents, and sources that could not be read at all (<c>migrationfeeds.result</c> = source).</summary>
    public static readonly Counter<long> Failures = Meter.CreateCounter<long>("migrationfeeds.ingest.failures", "{failure}", "Documents that failed, and sources that could not be read.");

    public static readonly Counter<long> Warnings = Meter.CreateCounter<long>("migrationfeeds.ingest.warnings", "{warning}", "Signs that a source changed: documents with no or far fewer figures than usual.");

    public static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("migrationfeeds.ingest.duration", "s", "Duration of an ingest run of one source.");

    /// <summary>Runs one source's ingest inside its span, and records the run's counts once it is done.</summary>
    public static async Task<SourceRunSummary> TraceSourceAsync(string sourceId, Func<Task<SourceRunSummary>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        using var activity = ActivitySource.StartActivity("ingest " + sourceId, ActivityKind.Internal);
        activity?.SetTag(SourceTag, sourceId);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var summary = await run().ConfigureAwait(false);
            Record(summary, Stopwatch.GetElapsedTime(started), activity);
            return summary;
        }
        catch (Exception e) when (activity is not null)
        {
            activity.SetStatus(ActivityStatusCode.Error, e.Message);
            activity.AddException(e);
            throw;
        }
    }

    /// <summary>The span of one document, tagged with what happened to it when it is disposed.</summary>
    internal static DocumentTrace TraceDocument(string sourceId, Uri url, RunTally tally)
    {
        var activity = ActivitySource.StartActivity("ingest document", ActivityKind.Internal);
        if (activity is not null)
        {
            activity.SetTag(SourceTag, sourceId);
            activity.SetTag(UrlTag, url.AbsoluteUri);
        }

        return new DocumentTrace(activity, tally);
    }

    private static void Record(SourceRunSummary summary, TimeSpan elapsed, Activity? activity)
    {
        var source = new KeyValuePair<string, object?>(SourceTag, summary.SourceId);
        Runs.Add(1, source, new(OutcomeTag, summary.Outcome));
        Duration.Record(elapsed.TotalSeconds, source, new(OutcomeTag, summary.Outcome));
        // Each discovered document once, by what became of it; "archived": fetched and kept, with nothing to parse.
        AddIfAny(Documents, summary.Parsed, source, "parsed");
        AddIfAny(Documents, summary.Failed, source, "failed");
        AddIfAny(Documents, summary.NotModified, source, "not_modified");
        AddIfAny(Documents, Math.Max(0, summary.Discovered - summary.Parsed - summary.Failed - summary.NotModified), source, "archived");
        AddIfAny(Failures, summary.Failed, source, "document");
        AddIfAny(Failures, summary.Outcome == RunOutcome.Failed ? 1 : 0, source, "source");
        if (summary.ObservationsWritten != 0)
        {
            Observations.Add(summary.ObservationsWritten, source);
        }

        if (summary.Warnings.Count > 0)
        {
            Warnings.Add(summary.Warnings.Count, source);
        }

        if (activity is null)
        {
            return;
        }

        activity.SetTag(OutcomeTag, summary.Outcome);
        activity.SetTag("migrationfeeds.discovered", summary.Discovered);
        activity.SetTag("migrationfeeds.fetched", summary.Fetched);
        activity.SetTag("migrationfeeds.not_modified", summary.NotModified);
        activity.SetTag("migrationfeeds.parsed", summary.Parsed);
        activity.SetTag("migrationfeeds.failed", summary.Failed);
        activity.SetTag("migrationfeeds.observations", summary.ObservationsWritten);
        activity.SetTag("migrationfeeds.warnings", summary.Warnings.Count);
        if (summary.Outcome == RunOutcome.Failed)
        {
            activity.SetStatus(ActivityStatusCode.Error, summary.Errors.FirstOrDefault() ?? "the source could not be read");
        }
    }

    private static void AddIfAny(Counter<long> counter, int count, KeyValuePair<string, object?> source, string result)
    {
        if (count != 0)
        {
            counter.Add(count, source, new(ResultTag, result));
        }
    }

    /// <summary>Ends a document's span with its result, read from how the run's counts moved while it was handled.</summary>
    internal readonly struct DocumentTrace : IDisposable
    {
        private readonly Activity? activity;
        private readonly RunTally tally;
        private readonly Counts before;

        public DocumentTrace(Activity? activity, RunTally tally)
        {
            this.activity = activity;
            this.tally = tally;
            before = activity is null ? default : Counts.Of(tally);
        }

        public void Dispose()
        {
            if (activity is null)
            {
                return;
            }

            var after = Counts.Of(tally);
            var result = after.Failed > before.Failed ? "failed"
                : after.Parsed > before.Parsed ? "parsed"
                : after.NotModified > before.NotModified ? "not_modified"
                : "archived";
            activity.SetTag(ResultTag, result);
            activity.SetTag("migrationfeeds.observations", after.Observations - before.Observations);
            if (after.Warnings > before.Warnings)
            {
                activity.SetTag("migrationfeeds.warning", tally.Warnings[^1]);
            }

            if (result == "failed")
            {
                activity.SetStatus(ActivityStatusCode.Error, after.Errors > before.Errors ? tally.Errors[^1] : "failed");
            }

            activity.Dispose();
        }
    }

    private readonly record struct Counts(int Fetched, int NotModified, int Parsed, int Failed, int Observations, int Warnings, int Errors)
    {
        public static Counts Of(RunTally t) =>
            new(t.Fetched, t.NotModified, t.Parsed, t.Failed, t.ObservationsWritten, t.Warnings.Count, t.Errors.Count);
    }
}
