using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Pipeline.Ingestion;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace MigrationFeeds.Functions.Hosting;

/// <summary>
/// OpenTelemetry traces, metrics and logs (docs/telemetry.md): the pipeline's spans and counters
/// (<see cref="PipelineTelemetry.Name"/>), the worker's span of each invocation, which continues the trace the Functions
/// host started (host.json sets <c>telemetryMode</c> to OpenTelemetry), and outgoing HTTP calls. Exported to
/// Application Insights when APPLICATIONINSIGHTS_CONNECTION_STRING is set. Without it, spans are still started, so the
/// trace context still flows to outgoing calls.
/// </summary>
internal static class Telemetry
{
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>The ActivitySource of the worker's invocation spans.</summary>
    public const string WorkerSource = "Microsoft.Azure.Functions.Worker";

    public static IServiceCollection AddFunctionsTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var otel = services.AddOpenTelemetry()
            .WithTracing(t => t.AddSource(WorkerSource, PipelineTelemetry.Name, "System.Net.Http"))
            .WithMetrics(m => m.AddMeter(PipelineTelemetry.Name));
        otel.UseFunctionsWorkerDefaults();

        var connectionString = configuration[ConnectionStringSetting];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            otel.UseAzureMonitorExporter(o => o.ConnectionString = connectionString);
        }

        return services;
    }
}
