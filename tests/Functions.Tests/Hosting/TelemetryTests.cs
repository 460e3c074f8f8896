using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Functions.Hosting;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.TestSupport;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace MigrationFeeds.Functions.Tests.Hosting;

/// <summary>
/// OpenTelemetry as the app wires it, read with in-memory exporters added to the app's own providers: a timer
/// invocation inside the worker's invocation span (which continues the host's trace) is traced down to each document
/// in that trace, and the metrics count the run.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TelemetryTests(AzuriteServer azurite)
{
    private const string Function = "ingest-unhcr-bih-operational-update";
    private const string SourceId = "unhcr-bih-operational-update";

    /// <summary>A source of the same name as the worker's, whose "Invoke" spans wrap each invocation in Azure.</summary>
    private static readonly ActivitySource Worker = new(Telemetry.WorkerSource);

    [Fact]
    public async Task TimerInvocation_InTheWorkersInvocationSpan_TracesSourceAndEachDocumentInThatTrace()
    {
        var spans = new Spans();
        await using var app = await RunningApp.StartAsync(azurite, configure: b =>
            b.Services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans)));
        var traceId = ActivityTraceId.CreateRandom();
        var hostSpan = ActivitySpanId.CreateRandom();

        using (var invocation = Worker.StartActivity("Invoke", ActivityKind.Internal, new ActivityContext(traceId, hostSpan, ActivityTraceFlags.Recorded)))
        {
            Assert.NotNull(invocation);
            await app.InvokeTimerAsync(Function);
        }

        var summary = await LastRunAsync(app);
        var invoke = await SpanAsync(spans, s => s.Source.Name == Telemetry.WorkerSource && s.TraceId == traceId);
        Assert.Equal(hostSpan, invoke.ParentSpanId);
        var ingest = await SpanAsync(spans, s => s.Source.Name == PipelineTelemetry.Name && s.DisplayName == "ingest " + SourceId && s.TraceId == traceId);
        Assert.Equal(invoke.SpanId, ingest.ParentSpanId);
        Assert.Equal(SourceId, ingest.GetTagItem(PipelineTelemetry.SourceTag));
        Assert.Equal("succeeded", ingest.GetTagItem(PipelineTelemetry.OutcomeTag));
        Assert.Equal(summary.GetProperty("observationsWritten").GetInt32(), ingest.GetTagItem("migrationfeeds.observations"));

        var documents = spans.Snapshot().Where(s => s.DisplayName == "ingest document" && s.ParentSpanId == ingest.SpanId).ToList();

        Assert.Equal(summary.GetProperty("discovered").GetInt32(), documents.Count);
        Assert.All(documents, d => Assert.Equal(traceId, d.TraceId));
        Assert.Equal(summary.GetProperty("parsed").GetInt32(), documents.Count(d => (string?)d.GetTagItem(PipelineTelemetry.ResultTag) == "parsed"));
        Assert.True(summary.GetProperty("parsed").GetInt32() > 0, "the snapshot has documents to parse");
    }

    [Fact]
    public async Task TimerInvocation_MetricsCountDocumentsAndObservationsOfTheRun()
    {
        var metrics = new List<MetricSnapshot>();
        await using var app = await RunningApp.StartAsync(azurite, configure: b =>
            b.Services.ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(metrics)));

        await app.InvokeTimerAsync(Function);
        var summary = await LastRunAsync(app);
        Assert.True(app.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000));

        var documents = Sums(metrics, "migrationfeeds.ingest.documents");
        Assert.Equal(summary.GetProperty("discovered").GetInt32(), documents.Values.Sum());
        Assert.Equal(summary.GetProperty("parsed").GetInt32(), documents.GetValueOrDefault("parsed"));
        Assert.True(documents.GetValueOrDefault("parsed") > 0, "the snapshot has documents to parse");
        Assert.Equal(summary.GetProperty("observationsWritten").GetInt32(), Sums(metrics, "migrationfeeds.ingest.observations").Values.Sum());
        Assert.Equal(1, Sums(metrics, "migrationfeeds.ingest.runs").GetValueOrDefault("succeeded"));
        Assert.Equal(0, Sums(metrics, "migrationfeeds.ingest.failures").Values.Sum());
    }

    /// <summary>The run the invocation recorded, as GET /api/status reports it.</summary>
    private static async Task<JsonElement> LastRunAsync(RunningApp app)
    {
        using var status = JsonDocument.Parse(await app.Client.GetStringAsync(new Uri("api/status", UriKind.Relative)));
        return status.RootElement.GetProperty("sources").EnumerateArray()
            .Single(s => s.GetProperty("id").GetString() == SourceId)
            .GetProperty("runs")[0].Clone();
    }

    /// <summary>The span once it has ended.</summary>
    private static async Task<Activity> SpanAsync(Spans spans, Func<Activity, bool> match)
    {
        for (var i = 0; i < 100; i++)
        {
            if (spans.Snapshot().FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        Assert.Fail("no such span among: " + string.Join(", ", spans.Snapshot().Select(s => $"{s.Source.Name}: {s.DisplayName} ({s.TraceId})").Distinct().Take(20)));
        throw new UnreachableException();
    }

    /// <summary>A counter's sums for this source, by its result or outcome tag (empty string when it has neither).</summary>
    private static Dictionary<string, long> Sums(List<MetricSnapshot> metrics, string name)
    {
        var sums = new Dictionary<string, long>(StringComparer.Ordinal);
        // Cumulative temporality: the last export holds the totals.
        var metric = metrics.LastOrDefault(m => m.Name == name);
        if (metric is null)
        {
            return sums;
        }

        foreach (var point in metric.MetricPoints)
        {
            string? source = null;
            var key = "";
            foreach (var tag in point.Tags)
            {
                if (tag.Key == PipelineTelemetry.SourceTag)
                {
                    source = tag.Value as string;
                }
                else if (tag.Key is PipelineTelemetry.ResultTag or PipelineTelemetry.OutcomeTag)
                {
                    key = tag.Value as string ?? "";
                }
            }

            if (source == SourceId)
            {
                sums[key] = sums.GetValueOrDefault(key) + point.GetSumLong();
            }
        }

        return sums;
    }

    /// <summary>Ended spans, added by the exporter on the threads that end them.</summary>
    private sealed class Spans : Collection<Activity>
    {
        private readonly Lock gate = new();

        public List<Activity> Snapshot()
        {
            lock (gate)
            {
                return [.. Items];
            }
        }

        protected override void InsertItem(int index, Activity item)
        {
            lock (gate)
            {
                base.InsertItem(index, item);
            }
        }
    }
}
