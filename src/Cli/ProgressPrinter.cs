using System.Diagnostics;
using MigrationFeeds.Pipeline.Ingestion;

namespace MigrationFeeds.Cli;

/// <summary>
/// Progress of long runs on standard error, one line per source and per document, read from the pipeline's
/// own trace spans, so the command shows exactly what the telemetry records.
/// </summary>
internal sealed class ProgressPrinter : IDisposable
{
    private readonly ActivityListener listener;
    private readonly TextWriter error;
    private int documents;

    public ProgressPrinter(TextWriter error)
    {
        this.error = error;
        listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == PipelineTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStarted = Started,
            ActivityStopped = Stopped,
        };
        ActivitySource.AddActivityListener(listener);
    }

    public void Dispose() => listener.Dispose();

    private void Started(Activity activity)
    {
        if (activity.GetTagItem(PipelineTelemetry.SourceTag) is string source && activity.OperationName.StartsWith("ingest ", StringComparison.Ordinal)
            && activity.OperationName != "ingest document")
        {
            Interlocked.Exchange(ref documents, 0);
            Write($"{source}: started");
        }
    }

    private void Stopped(Activity activity)
    {
        var source = activity.GetTagItem(PipelineTelemetry.SourceTag) as string;
        if (activity.OperationName == "ingest document")
        {
            var n = Interlocked.Increment(ref documents);
            Write($"{source}: [{n}] {activity.GetTagItem(PipelineTelemetry.ResultTag) ?? "done"} {activity.GetTagItem(PipelineTelemetry.UrlTag)}");
        }
        else if (source is not null && activity.OperationName.StartsWith("ingest ", StringComparison.Ordinal))
        {
            Write($"{source}: {activity.GetTagItem(PipelineTelemetry.OutcomeTag) ?? "finished"} in {activity.Duration.TotalSeconds:0.0} s");
        }
    }

    private void Write(string line)
    {
        lock (error)
        {
            error.WriteLine(line);
        }
    }
}
