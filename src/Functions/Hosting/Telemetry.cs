using Azure.Monitor.OpenTelemetry.Exporter;
using MigrationFeeds.Pipeline.Ingestion;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace MigrationFeeds.Functions.Hosting;

/// <summary>
/// OpenTelemetry traces, metrics and logs (docs/telemetry.md): the pipeline's spans and counters
/// (<see cref="PipelineTelemetry.Name"/>), the requests the handler serves (ASP.NET Core instrumentation, which
/// continues the W3C trace context the Functions host sends with each invocation) and outgoing HTTP calls. Exported to
/// Application Insights when APPLICATIONINSIGHTS_CONNECTION_STRING is set, and to the console in local mode when
/// <c>Local:ConsoleTelemetry</c> is true. With neither, spans are still started, so the trace context still flows.
/// </summary>
internal static class Telemetry
{
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string ServiceName = "migrationfeeds";

    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder, bool local)
    {
        var connectionString = builder.Configuration[ConnectionStringSetting];
        var console = local && builder.Configuration.GetSection(LocalOptions.Section).GetValue(nameof(LocalOptions.ConsoleTelemetry), false);

        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName, serviceVersion: typeof(Telemetry).Assembly.GetName().Version?.ToString()))
            .WithTracing(t =>
            {
                t.AddSource(PipelineTelemetry.Name).AddSource("System.Net.Http").AddAspNetCoreInstrumentation();
                if (console)
                {
                    t.AddConsoleExporter();
                }
            })
            .WithMetrics(m =>
            {
                m.AddMeter(PipelineTelemetry.Name).AddAspNetCoreInstrumentation();
                if (console)
                {
                    m.AddConsoleExporter();
                }
            });

        if (console)
        {
            otel.WithLogging(l => l.AddConsoleExporter(), o => o.IncludeFormattedMessage = true);
        }

        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            otel.UseAzureMonitorExporter(o => o.ConnectionString = connectionString);
        }

        return builder;
    }
}
