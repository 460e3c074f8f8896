using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Functions.Tests.Api;

/// <summary>
/// GET /api/series over HTTP: conditional requests, and what a refresh (by this app or by another process)
/// does to the answer. The app's clock moves only when the test moves it.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SeriesCachingTests(AzuriteServer azurite)
{
    private const string Url = "api/series?indicator=arrivals&country=BIH&from=2022-10&to=2022-10";
    private static readonly TimeSpan Revalidate = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Series_WithTheETagInIfNoneMatch_Is304WithoutABody()
    {
        await using var app = await StartAsync(new ManualClock());
        await IngestAsync(app.Services, 2367, "2022-11-05");

        using var first = await app.Client.GetAsync(new Uri(Url, UriKind.Relative));
        var etag = first.Headers.ETag;
        using var again = await GetAsync(app, Url, etag?.Tag);
        using var weak = await GetAsync(app, Url, "W/" + etag?.Tag);
        using var other = await GetAsync(app, Url, "\"something-else\"");
        using var csv = await app.Client.GetAsync(new Uri(Url + "&format=csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.Equal(TimeSpan.FromSeconds(60), first.Headers.CacheControl?.MaxAge);
        Assert.True(first.Headers.CacheControl?.Private);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, again.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, weak.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await other.Content.ReadAsStringAsync());
        Assert.NotEqual(etag, csv.Headers.ETag);
    }

    [Fact]
    public async Task Series_AfterAnIngestInTheHandler_AnswersTheOldETagWithTheNewSeries()
    {
        await using var app = await StartAsync(new ManualClock());
        await IngestAsync(app.Services, 2367, "2022-11-05");
        using var before = await app.Client.GetAsync(new Uri(Url, UriKind.Relative));

        await IngestAsync(app.Services, 2401, "2022-12-20");
        using var after = await GetAsync(app, Url, before.Headers.ETag?.Tag);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Equal(2401, await ValueAsync(after));
    }

    [Fact]
    public async Task Series_AfterARefreshInAnotherProcess_IsServedOnceTheBoundHasPassed()
    {
        var clock = new ManualClock();
        await using var app = await StartAsync(clock);
        await using var other = OtherProcess(app);
        await IngestAsync(other, 2367, "2022-11-05");
        using var first = await app.Client.GetAsync(new Uri(Url, UriKind.Relative));

        await IngestAsync(other, 2401, "2022-12-20");
        using var within = await app.Client.GetAsync(new Uri(Url, UriKind.Relative));
        using var computed = await app.Client.GetAsync(new Uri(Url + "&asOf=2026-01-01", UriKind.Relative));
        clock.Advance(Revalidate);
        using var after = await app.Client.GetAsync(new Uri(Url, UriKind.Relative));

        Assert.Equal(2367, await ValueAsync(first));
        Assert.Equal(2367, await ValueAsync(within));
        Assert.Equal(2401, await ValueAsync(computed));
        Assert.Equal(2401, await ValueAsync(after));
    }

    [Fact]
    public async Task Series_WhileTheVersionIsUnchanged_ServesTheKeptAnswer_AndAfterARefreshNeverTheOldOne()
    {
        var clock = new ManualClock();
        await using var app = await StartAsync(clock);
        await IngestAsync(app.Services, 2367, "2022-11-05");
        using var first = await app.Client.GetAsync(new Uri(Url, UriKind.Relative));

        // A row changed behind the materializer's back, without a new version: nothing tells the app to build again.
        var storage = app.Services.GetRequiredService<StorageClients>();
        var row = (await storage.Series.GetEntityAsync<TableEntity>(TableKeys.SeriesPartition(CountryCode.BosniaAndHerzegovina, Indicator.Arrivals), TableKeys.SeriesRow(null, "2022-10"))).Value;
        row["Point"] = row.GetString("Point").Replace("2367", "1", StringComparison.Ordinal);
        await storage.Series.UpdateEntityAsync(row, Azure.ETag.All, TableUpdateMode.Replace);
        clock.Advance(Revalidate * 10);
        using var kept = await app.Client.GetAsync(new Uri(Url, UriKind.Relative));

        await IngestAsync(app.Services, 2401, "2022-12-20");
        using var after = await app.Client.GetAsync(new Uri(Url, UriKind.Relative));

        Assert.Equal(2367, await ValueAsync(first));
        Assert.Equal(2367, await ValueAsync(kept));
        Assert.Equal(first.Headers.ETag, kept.Headers.ETag);
        Assert.Equal(2401, await ValueAsync(after));
    }

    private Task<RunningApp> StartAsync(ManualClock clock) =>
        RunningApp.StartAsync(azurite, configure: b => b.Services.AddSingleton<TimeProvider>(clock));

    /// <summary>The pipeline's services on the app's tables, as another instance or the CLI would run them.</summary>
    private static ServiceProvider OtherProcess(RunningApp app)
    {
        var configuration = app.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMigrationFeeds(configuration);
        return services.BuildServiceProvider();
    }

    private static async Task IngestAsync(IServiceProvider services, long value, string published)
    {
        var row = Observation.Of(
            new Figure
            {
                Country = "BIH", Indicator = Indicators.Arrivals, Measure = Measures.Month, Period = "2022-10", Value = value, Page = 1,
                Quote = $"{value.ToString(CultureInfo.InvariantCulture)} arrived in October",
            },
            "unhcr-test",
            new Uri($"https://example.org/unhcr-test/{published}.pdf"),
            RawArchive.Sha256(System.Text.Encoding.UTF8.GetBytes(published)),
            "test",
            DateTimeOffset.Parse(published + "T12:00:00Z", CultureInfo.InvariantCulture),
            DateOnly.Parse(published, CultureInfo.InvariantCulture));
        await services.GetRequiredService<ObservationStore>().WriteAsync([row], CancellationToken.None);
        await services.GetRequiredService<SeriesMaterializer>().RefreshAsync([new SeriesKey(CountryCode.BosniaAndHerzegovina, Indicator.Arrivals)], CancellationToken.None);
    }

    private static async Task<HttpResponseMessage> GetAsync(RunningApp app, string url, string? ifNoneMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return await app.Client.SendAsync(request);
    }

    private static async Task<int> ValueAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("points")[0].GetProperty("value").GetInt32();
    }
}
