using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MigrationFeeds.LocalRunner;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Functions.Tests;

/// <summary>
/// The Functions app in the local runner on a loopback port, over a real Azurite and the recorded snapshot. The app
/// folder is this test's output, where the build copies the app's functions.metadata, host.json and schedules.
/// </summary>
internal sealed class RunningApp : IAsyncDisposable
{
    private readonly WebApplication app;

    private RunningApp(WebApplication app, int port)
    {
        this.app = app;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromMinutes(3) };
    }

    public static string AppFolder => AppContext.BaseDirectory;

    public HttpClient Client { get; }

    /// <summary>The app's own services, to put stored state in place before a request.</summary>
    public IServiceProvider Services => app.Services;

    /// <summary>The routes the runner serves, as /prefix/route.</summary>
    public IEnumerable<string> RoutePatterns =>
        app.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'));

    /// <summary>Runs a timer function to its end, as the runner's scheduler fires it; throws what the function threw.</summary>
    public Task InvokeTimerAsync(string function) =>
        app.Services.GetRequiredService<TimerFunctions>().InvokeAsync(function, last: null, CancellationToken.None);

    /// <param name="configure">More set-up of the app, after the test settings (a telemetry exporter, say).</param>
    public static async Task<RunningApp> StartAsync(AzuriteServer azurite, IDictionary<string, string?>? settings = null, Action<WebApplicationBuilder>? configure = null)
    {
        var port = FreePort.Next();
        var values = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:NamePrefix"] = AzuriteServer.NewPrefix(),
            ["Fetch:Mode"] = "Offline",
            ["Fetch:SnapshotPath"] = RepoRoot.Combine("seeds", "snapshot"),
            ["ReliefWeb:AppName"] = "migrationfeeds-tests",
            ["Runner:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            values[k] = v;
        }

        var app = RunnerHost.Build(AppFolder, [], builder =>
        {
            builder.Configuration.AddInMemoryCollection(values);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            configure?.Invoke(builder);
        });
        await app.StartAsync();
        return new RunningApp(app, port);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
