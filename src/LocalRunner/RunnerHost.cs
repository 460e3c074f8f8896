using System.Net;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.Options;
using MigrationFeeds.Functions.Hosting;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace MigrationFeeds.LocalRunner;

/// <summary>
/// Builds the runner: the app's own services (<see cref="FunctionsAppServices.AddFunctionsApp"/>, as its Program.cs adds
/// them to the worker), its HTTP functions on Kestrel at 127.0.0.1 under host.json's route prefix, and its timers.
/// Nothing else sits in the request pipeline but <see cref="LocalRequestGuard"/> (local mode has no keys), so a function
/// answers here as it does behind the Functions host. What
/// only the host does (function keys, the timers' schedule monitor, scale) is not here; contract tests cover it.
/// </summary>
internal static class RunnerHost
{
    /// <summary>Default settings a deployment gives the app (infra/main.bicep): the timers' schedules.</summary>
    public const string ScheduleDefaults = "schedules.json";

    /// <param name="appFolder">The Functions app's build or publish folder: functions.metadata, host.json, appsettings.json.</param>
    /// <param name="configure">More set-up after the runner's own (test settings, an exporter).</param>
    public static WebApplication Build(string appFolder, string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        appFolder = Path.GetFullPath(appFolder);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = appFolder });
        var defaults = Path.Combine(appFolder, ScheduleDefaults);
        if (File.Exists(defaults))
        {
            // Below every other source: a setting of the environment or the command line wins, as an app setting does in Azure.
            var values = new ConfigurationBuilder().AddJsonFile(defaults).Build().AsEnumerable();
            builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = values });
        }

        configure?.Invoke(builder);

        builder.Services.AddOptions<RunnerOptions>().Bind(builder.Configuration.GetSection(RunnerOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(RunnerOptions.Section).Get<RunnerOptions>() ?? new RunnerOptions();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
        builder.Services.AddFunctionsApp(builder.Configuration);
        if (options.ConsoleTelemetry)
        {
            builder.Services.ConfigureOpenTelemetryTracerProvider(t => t.AddConsoleExporter());
            builder.Services.ConfigureOpenTelemetryMeterProvider(m => m.AddConsoleExporter());
            builder.Logging.AddOpenTelemetry(l => l.AddConsoleExporter());
        }

        var index = FunctionIndex.Load(appFolder);
        var invokers = index.Functions.Select(FunctionInvoker.Create).ToList();
        builder.Services.AddSingleton(sp => new TimerFunctions(
            TimerFunctions.Resolve(invokers, sp.GetRequiredService<IConfiguration>()), sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddHostedService<TimerScheduler>();

        var app = builder.Build();
        app.Use(LocalRequestGuard.InvokeAsync);
        // Resolve the schedules now, so a missing or malformed one stops the runner at start.
        _ = app.Services.GetRequiredService<TimerFunctions>();
        foreach (var invoker in invokers.Where(i => i.Function.TriggerType.Equals(FunctionIndex.HttpTrigger, StringComparison.OrdinalIgnoreCase)))
        {
            MapHttpFunction(app, index.RoutePrefix, invoker);
        }

        return app;
    }

    /// <summary>The endpoint the worker's ASP.NET Core integration maps for an HTTP function: prefix/route, its methods.</summary>
    private static void MapHttpFunction(WebApplication app, string prefix, FunctionInvoker invoker)
    {
        var route = prefix.Length == 0 ? invoker.Function.Route! : $"{prefix}/{invoker.Function.Route}";
        RequestDelegate invoke = async context =>
        {
            // RequestServices is the request's scope: one per invocation, as the worker's InstanceServices.
            var result = await invoker.InvokeAsync(context.RequestServices, new InvocationInput(context, null, context.RequestAborted)).ConfigureAwait(false);
            if (result is IResult answer)
            {
                await answer.ExecuteAsync(context).ConfigureAwait(false);
            }
        };
        var endpoint = invoker.Function.Methods.Count == 0
            ? app.Map(route, invoke)
            : app.MapMethods(route, invoker.Function.Methods.Select(m => m.ToUpperInvariant()), invoke);
        endpoint.WithDisplayName(invoker.Function.Name);
    }
}
