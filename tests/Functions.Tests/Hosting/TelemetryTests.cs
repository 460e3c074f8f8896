using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.TestSupport;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace MigrationFeeds.Functions.Tests.Hosting;

/// <summary>
/// OpenTelemetry as the app wires it, read with in-memory exporters added to the app's own providers: an invocation
/// the host sends with a W3C traceparent continues that trace down to each document, and the metrics count the run.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TelemetryTests(AzuriteServer azurite)
{
    private const string Function = "ingest-unhcr-bih-operational-update";
    private const string SourceId = "unhcr-bih-operational-update";

    [Fact]
    public async Task IngestInvocation_WithTraceparent_TracesSourceAndEachDocumentInThatTrace()
    {
        var spans = new Spans();
        await using var handler = await RunningHandler.StartAsync(azurite, hostMode: true, configure: b =>
            b.Services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans)));
        var traceId = ActivityTraceId.CreateRandom();
        var callerSpan = ActivitySpanId.CreateRandom();

        var summary = await InvokeAsync(handler, $"00-{traceId.ToHexString()}-{callerSpan.ToHexString()}-01");

        var server = await SpanAsync(spans, s => s.Kind == ActivityKind.Server && s.TraceId == traceId);
        Assert.Equal(callerSpan, server.ParentSpanId);
        var ingest = await SpanAsync(spans, s => s.Source.Name == PipelineTelemetry.Name && s.DisplayName == "ingest " + SourceId && s.TraceId == traceId);
        Assert.Equal(server.SpanId, ingest.ParentSpanId);
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
    public async Task IngestInvocation_MetricsCountDocumentsAndObservationsOfTheRun()
    {
        var metrics = new List<MetricSnapshot>();
        await using var handler = await RunningHandler.StartAsync(azurite, hostMode: true, configure: b =>
            b.Services.ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(metrics)));

        var summary = await InvokeAsync(handler, traceparent: null);
        Assert.True(handler.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000));

        var documents = Sums(metrics, "migrationfeeds.ingest.documents");
        Assert.Equal(summary.GetProperty("discovered").GetInt32(), documents.Values.Sum());
        Assert.Equal(summary.GetProperty("parsed").GetInt32(), documents.GetValueOrDefault("parsed"));
        Assert.True(documents.GetValueOrDefault("parsed") > 0, "the snapshot has documents to parse");
        Assert.Equal(summary.GetProperty("observationsWritten").GetInt32(), Sums(metrics, "migrationfeeds.ingest.observations").Values.Sum());
        Assert.Equal(1, Sums(metrics, "migrationfeeds.ingest.runs").GetValueOrDefault("succeeded"));
        Assert.Equal(0, Sums(metrics, "migrationfeeds.ingest.failures").Values.Sum());
    }

    private static async Task<JsonElement> InvokeAsync(RunningHandler handler, string? traceparent)
    {
        var payload = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Payloads", "timer-invocation.json"));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Function, UriKind.Relative))
        {
            Content = new StringContent(payload, Encoding.UTF8, "application/json"),
        };
        if (traceparent is not null)
        {
            request.Headers.Add("traceparent", traceparent);
        }

        using var response = await handler.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("ReturnValue").Clone();
    }

    /// <summary>The span once it has ended: the server span ends just after the response is sent.</summary>
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
