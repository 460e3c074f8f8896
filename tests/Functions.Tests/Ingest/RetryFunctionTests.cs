using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Discovery;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Functions.Tests.Ingest;

/// <summary>The retry-failed-documents timer, and the failed documents in /api/status and /api/health, over HTTP.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RetryFunctionTests(AzuriteServer azurite)
{
    private const string Source = "unhcr-bih-operational-update";

    [Fact]
    public async Task RetryTimer_RetriesTheDueDocument_AndStatusAndHealthShowWhatIsLeft()
    {
        var clock = new ManualClock();
        await using var app = await RunningApp.StartAsync(azurite, configure: b => b.Services.AddSingleton<TimeProvider>(clock));
        var store = app.Services.GetRequiredService<FailedDocumentStore>();
        var documents = ExpectedFigures.Fetched(Source);
        await store.SaveAsync(Failed(new Uri(documents[0].Url), clock, attempts: 2, next: clock.GetUtcNow().AddMinutes(-1)), CancellationToken.None);
        await store.SaveAsync(Failed(new Uri(documents[1].Url), clock, attempts: 5, next: null), CancellationToken.None);
        await store.SaveAsync(Failed(new Uri(documents[2].Url), clock, attempts: 1, next: clock.GetUtcNow().AddMinutes(10)), CancellationToken.None);

        var before = SourceIn(await GetJsonAsync(app, "api/status"), Source);
        var healthBefore = SourceIn(await GetJsonAsync(app, "api/health"), Source);
        await app.InvokeTimerAsync("retry-failed-documents");
        var after = SourceIn(await GetJsonAsync(app, "api/status"), Source);
        var healthAfter = SourceIn(await GetJsonAsync(app, "api/health"), Source);

        Assert.Equal(3, before.GetProperty("retries").GetArrayLength());
        Assert.Equal(2, healthBefore.GetProperty("pendingRetries").GetInt32());
        Assert.Equal(1, healthBefore.GetProperty("gaveUpRetries").GetInt32());
        var left = after.GetProperty("retries").EnumerateArray().ToDictionary(r => r.GetProperty("url").GetString()!);
        Assert.Equal(new[] { documents[1].Url, documents[2].Url }.Order(StringComparer.Ordinal), left.Keys.Order(StringComparer.Ordinal));
        Assert.True(left[documents[1].Url].GetProperty("gaveUp").GetBoolean());
        Assert.Equal(JsonValueKind.Null, left[documents[1].Url].GetProperty("nextAttemptAt").ValueKind);
        Assert.Equal("http-503", left[documents[1].Url].GetProperty("lastErrorCode").GetString());
        Assert.Equal(5, left[documents[1].Url].GetProperty("attempts").GetInt32());
        Assert.False(left[documents[2].Url].GetProperty("gaveUp").GetBoolean());
        var run = after.GetProperty("runs")[0];
        Assert.True(run.GetProperty("retry").GetBoolean());
        Assert.Equal("succeeded", run.GetProperty("outcome").GetString());
        Assert.Equal(1, run.GetProperty("parsed").GetInt32());
        Assert.Equal(1, healthAfter.GetProperty("pendingRetries").GetInt32());
        Assert.Equal(1, healthAfter.GetProperty("gaveUpRetries").GetInt32());
    }

    private static FailedDocument Failed(Uri url, ManualClock clock, int attempts, DateTimeOffset? next) => new()
    {
        SourceId = Source,
        Document = new DiscoveredDocument { Url = url, Role = DocumentRole.Primary, Country = CountryCode.BosniaAndHerzegovina },
        Attempts = attempts,
        LastErrorCode = "http-503",
        LastError = "HTTP 503 Service Unavailable",
        FirstFailedAt = clock.GetUtcNow().AddHours(-3),
        LastAttemptAt = clock.GetUtcNow().AddMinutes(-20),
        NextAttemptAt = next,
    };

    private static JsonElement SourceIn(JsonElement body, string id) =>
        body.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("id").GetString() == id);

    private static async Task<JsonElement> GetJsonAsync(RunningApp app, string path)
    {
        using var response = await app.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
