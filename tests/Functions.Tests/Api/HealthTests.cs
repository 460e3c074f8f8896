using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Functions.Tests.Api;

/// <summary>/api/health, and staleness in /api/health, /api/status and /api/sources, over HTTP with a clock the test moves.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class HealthTests(AzuriteServer azurite)
{
    private const string Source = "unhcr-bih-operational-update";

    [Fact]
    public async Task Health_AfterARecentRun_IsHealthyWithTheLastRunOfEachSource()
    {
        var clock = new ManualClock(new DateTimeOffset(2023, 2, 15, 0, 0, 0, TimeSpan.Zero));
        await using var app = await StartAsync(clock);
        await AddRunAsync(app, clock, "2022-12");

        using var response = await app.Client.GetAsync(new Uri("api/health", UriKind.Relative));
        var body = await JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.True(body.GetProperty("storageReachable").GetBoolean());
        var source = SourceIn(body, Source);
        Assert.Equal("succeeded", source.GetProperty("lastOutcome").GetString());
        Assert.Equal(clock.GetUtcNow(), source.GetProperty("lastRun").GetDateTimeOffset());
        Assert.False(source.GetProperty("stale").GetBoolean());
        var never = SourceIn(body, "kirs-srb");
        Assert.Equal(JsonValueKind.Null, never.GetProperty("lastRun").ValueKind);
        Assert.Equal("healthy", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task SourceWhoseLatestPeriodIsOlderThanCadenceAndGrace_IsStaleInHealthStatusAndSources()
    {
        var clock = new ManualClock(new DateTimeOffset(2023, 3, 31, 12, 0, 0, TimeSpan.Zero));
        await using var app = await StartAsync(clock);
        await AddRunAsync(app, clock, "2022-12");
        var before = SourceIn(await GetJsonAsync(app, "api/sources"), Source);

        clock.Advance(TimeSpan.FromDays(1));
        var healthText = await app.Client.GetStringAsync(new Uri("api/health", UriKind.Relative));
        using var healthDocument = JsonDocument.Parse(healthText);
        var health = healthDocument.RootElement;
        var status = SourceIn(await GetJsonAsync(app, "api/status"), Source);
        var sources = SourceIn(await GetJsonAsync(app, "api/sources"), Source);

        Assert.False(before.GetProperty("stale").GetBoolean());
        Assert.True(SourceIn(health, Source).GetProperty("stale").GetBoolean());
        // What the availability test in infra/alerts.bicep looks for.
        Assert.Contains("\"stale\":true", healthText, StringComparison.Ordinal);
        Assert.Equal("degraded", health.GetProperty("status").GetString());
        Assert.True(status.GetProperty("stale").GetBoolean());
        Assert.True(sources.GetProperty("stale").GetBoolean());
        Assert.Equal("2023-04-01", sources.GetProperty("staleFrom").GetString());
        Assert.Equal("2022-12", sources.GetProperty("latestPeriod").GetString());
        Assert.Equal("monthly", sources.GetProperty("cadence").GetString());
        Assert.Equal("succeeded", sources.GetProperty("lastOutcome").GetString());
    }

    [Fact]
    public async Task Health_StorageUnreachable_Is503AndSaysNoMore()
    {
        await using var app = await RunningApp.StartAsync(azurite, new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.UnreachableConnectionString,
            ["Storage:MaxRetries"] = "0",
            ["Storage:NetworkTimeoutSeconds"] = "2",
        });

        using var response = await app.Client.GetAsync(new Uri("api/health", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var body = JsonDocument.Parse(text);
        Assert.Equal("unhealthy", body.RootElement.GetProperty("status").GetString());
        Assert.False(body.RootElement.GetProperty("storageReachable").GetBoolean());
        Assert.DoesNotContain("127.0.0.1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }

    private Task<RunningApp> StartAsync(ManualClock clock) =>
        RunningApp.StartAsync(azurite, configure: b => b.Services.AddSingleton<TimeProvider>(clock));

    private static Task AddRunAsync(RunningApp app, ManualClock clock, string latestPeriod) =>
        app.Services.GetRequiredService<RunStore>().AddAsync(new SourceRunSummary
        {
            SourceId = Source,
            StartedAt = clock.GetUtcNow().AddMinutes(-1),
            FinishedAt = clock.GetUtcNow(),
            Outcome = RunOutcome.Succeeded,
            LatestPeriod = Period.Parse(Measures.Month, latestPeriod),
        }, CancellationToken.None);

    private static JsonElement SourceIn(JsonElement body, string id) =>
        body.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("id").GetString() == id);

    private static async Task<JsonElement> GetJsonAsync(RunningApp app, string path)
    {
        using var response = await app.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await JsonAsync(response);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
