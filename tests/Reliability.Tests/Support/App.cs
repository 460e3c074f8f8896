using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using MigrationFeeds.LocalRunner;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Reliability.Tests.Support;

/// <summary>The Functions app in the local runner on a loopback port, over the given settings.</summary>
internal sealed class App : IAsyncDisposable
{
    private readonly WebApplication app;

    private App(WebApplication app, int port)
    {
        this.app = app;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Client { get; }

    public static async Task<App> StartAsync(IDictionary<string, string?> settings)
    {
        var port = FreePort.Next();
        var values = new Dictionary<string, string?>(settings)
        {
            ["Runner:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var app = RunnerHost.Build(AppContext.BaseDirectory, [], builder =>
        {
            builder.Configuration.AddInMemoryCollection(values);
            builder.Logging.SetMinimumLevel(LogLevel.Critical);
        });
        await app.StartAsync();
        return new App(app, port);
    }

    /// <summary>GET /api/status: the last runs of one source, newest first.</summary>
    public async Task<IReadOnlyList<JsonElement>> RunsAsync(string sourceId)
    {
        using var response = await Client.GetAsync(new Uri("api/status?runs=10", UriKind.Relative));
        if ((int)response.StatusCode >= 500)
        {
            ReliabilityReport.ServerErrors(1);
        }

        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. json.RootElement.GetProperty("sources").EnumerateArray()
            .Single(s => s.GetProperty("id").GetString() == sourceId)
            .GetProperty("runs").EnumerateArray().Select(r => r.Clone())];
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
