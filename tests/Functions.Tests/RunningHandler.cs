using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MigrationFeeds.Functions.Hosting;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Functions.Tests;

/// <summary>The real handler on a loopback port, over a real Azurite and the recorded snapshot.</summary>
internal sealed class RunningHandler : IAsyncDisposable
{
    private readonly WebApplication app;

    private RunningHandler(WebApplication app, int port)
    {
        this.app = app;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromMinutes(3) };
    }

    public HttpClient Client { get; }

    /// <summary>The app's own services, to put stored state in place before a request.</summary>
    public IServiceProvider Services => app.Services;

    public IEnumerable<string> RoutePatterns =>
        app.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'));

    /// <param name="hostMode">As under the Functions host (FUNCTIONS_CUSTOMHANDLER_PORT set), or in local mode.</param>
    /// <param name="configure">More set-up of the app, after the test settings (a telemetry exporter, say).</param>
    public static async Task<RunningHandler> StartAsync(AzuriteServer azurite, bool hostMode, IDictionary<string, string?>? settings = null, Action<WebApplicationBuilder>? configure = null)
    {
        var port = FreePort.Next();
        var values = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:NamePrefix"] = AzuriteServer.NewPrefix(),
            ["Fetch:Mode"] = "Offline",
            ["Fetch:SnapshotPath"] = RepoRoot.Combine("seeds", "snapshot"),
            ["ReliefWeb:AppName"] = "migrationfeeds-tests",
            [hostMode ? HandlerApp.PortVariable : "Local:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            values[k] = v;
        }

        var app = HandlerApp.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(values);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            configure?.Invoke(builder);
        });
        await app.StartAsync();
        return new RunningHandler(app, port);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
