using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using MigrationFeeds.Functions.Hosting;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Reliability.Tests.Support;

/// <summary>The real custom handler (as under the Functions host) on a loopback port, over the given settings.</summary>
internal sealed class Handler : IAsyncDisposable
{
    private readonly WebApplication app;

    private Handler(WebApplication app, int port)
    {
        this.app = app;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Client { get; }

    public static async Task<Handler> StartAsync(IDictionary<string, string?> settings)
    {
        var port = FreePort.Next();
        var values = new Dictionary<string, string?>(settings)
        {
            ["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        Action<WebApplicationBuilder> configure = builder =>
        {
            builder.Configuration.AddInMemoryCollection(values);
            builder.Logging.SetMinimumLevel(LogLevel.Critical);
        };
        var app = HandlerApp.Build([], configure);
        await app.StartAsync();
        return new Handler(app, port);
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
