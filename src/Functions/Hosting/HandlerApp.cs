using System.Net;
using MigrationFeeds.Functions.Endpoints;
using MigrationFeeds.Pipeline;

namespace MigrationFeeds.Functions.Hosting;

/// <summary>
/// Builds the custom handler. Under the Functions host (FUNCTIONS_CUSTOMHANDLER_PORT set) it only answers the
/// host; without it (local mode) it serves the same endpoints itself and fires its timers on their schedules.
/// </summary>
internal static class HandlerApp
{
    public const string PortVariable = "FUNCTIONS_CUSTOMHANDLER_PORT";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        configure?.Invoke(builder);

        var hostPort = builder.Configuration[PortVariable];
        var local = string.IsNullOrEmpty(hostPort);
        builder.Services.AddOptions<LocalOptions>().Bind(builder.Configuration.GetSection(LocalOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        var port = local
            ? builder.Configuration.GetSection(LocalOptions.Section).GetValue(nameof(LocalOptions.Port), 7071)
            : int.Parse(hostPort!, System.Globalization.CultureInfo.InvariantCulture);
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));

        var scriptRoot = builder.Configuration["ScriptRoot"] ?? AppContext.BaseDirectory;
        builder.Services.AddSingleton<IReadOnlyList<FunctionDefinition>>(FunctionManifest.Load(scriptRoot));
        builder.Services.AddMigrationFeeds(builder.Configuration);
        builder.AddTelemetry(local);
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton<SeriesResponses>();
        // A query that cannot finish in time is cut off (503) rather than holding a worker; ingest invocations opt out.
        builder.Services.AddOptions<ApiOptions>().Bind(builder.Configuration.GetSection(ApiOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddRequestTimeouts(o => o.DefaultPolicy = new Microsoft.AspNetCore.Http.Timeouts.RequestTimeoutPolicy
        {
            Timeout = TimeSpan.FromSeconds(builder.Configuration.GetSection(ApiOptions.Section).Get<ApiOptions>()?.RequestTimeoutSeconds ?? 30),
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
        });
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Encoder = PipelineJson.Options.Encoder;
        });

        if (local)
        {
            builder.Services.AddHttpClient(LocalTimerScheduler.ClientName, c =>
            {
                c.BaseAddress = new Uri($"http://127.0.0.1:{port}/");
                c.Timeout = Timeout.InfiniteTimeSpan;
            });
            builder.Services.AddHostedService<LocalTimerScheduler>();
        }

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestTimeouts();
        app.MapDashboard();
        app.MapTimerFunctions();
        app.MapSeries();
        app.MapObservations();
        app.MapPoints();
        app.MapCatalog();
        app.MapOpenApiDocument();
        app.MapReparse();
        return app;
    }
}
