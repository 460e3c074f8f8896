using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Functions.Api;
using MigrationFeeds.Pipeline;
using MigrationFeeds.Pipeline.Query;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Functions.Tests.Api;

/// <summary>
/// GET /api/series over HTTP: conditional requests, what a refresh (by this app or by another process) does to the
/// answer, and how many reads of the series table a burst of the same query costs (counted on the app's own storage
/// clients, on their way to Azurite). The app's clock moves only when the test moves it.
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

    [Fact]
    public async Task Series_ManyAtOnceAfterARefresh_ReadTheTableOnce_AndAllGetTheSameBody()
    {
        const int Requests = 12;
        var reads = new SeriesTableReads();
        var arrived = new ArrivedRequests();
        await using var app = await StartAsync(new ManualClock(), reads, arrived);
        await IngestAsync(app.Services, 2367, "2022-11-05");
        using var before = await app.Client.GetAsync(new Uri(Url, UriKind.Relative));
        await IngestAsync(app.Services, 2401, "2022-12-20");

        // The first read is held until every request has reached the app, so all of them want the answer while it is built.
        reads.Watch(app.Services.GetRequiredService<StorageNames>().Series, hold: true);
        var waiting = arrived.WaitFor(Requests);
        var burst = Enumerable.Range(0, Requests).Select(_ => app.Client.GetAsync(new Uri(Url, UriKind.Relative))).ToList();
        await reads.First.WaitAsync(TimeSpan.FromMinutes(1));
        await waiting.WaitAsync(TimeSpan.FromMinutes(1));
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        reads.Release();
        var responses = await Task.WhenAll(burst);

        try
        {
            var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
            Assert.Equal(2367, await ValueAsync(before));
            Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
            Assert.Equal(1, reads.Count);
            Assert.Single(bodies.Distinct(StringComparer.Ordinal));
            Assert.Single(responses.Select(r => r.Headers.ETag).Distinct());
            Assert.Equal(2401, await ValueAsync(responses[0]));
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }

    [Fact]
    public async Task Series_WhenTheCallerThatStartedTheBuildGivesUp_TheOthersStillGetTheAnswer()
    {
        var reads = new SeriesTableReads();
        await using var app = await StartAsync(new ManualClock(), reads, new ArrivedRequests());
        await IngestAsync(app.Services, 2367, "2022-11-05");
        reads.Watch(app.Services.GetRequiredService<StorageNames>().Series, hold: true);

        // The app's own answers, asked directly, so the first caller's token is cancelled at a known moment.
        var responses = app.Services.GetRequiredService<SeriesResponses>();
        var (request, errors) = SeriesRequest.Create(Indicators.Arrivals, "BIH", "2022-10", "2022-10");
        Assert.Empty(errors);
        using var gone = new CancellationTokenSource();
        var first = responses.GetAsync(request!, new SeriesFormat(SeriesFormat.Json), gone.Token);
        await reads.First.WaitAsync(TimeSpan.FromMinutes(1));
        var second = responses.GetAsync(request!, new SeriesFormat(SeriesFormat.Json), CancellationToken.None);
        await gone.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        reads.Release();
        await second.WaitAsync(TimeSpan.FromMinutes(1));
        using var served = await app.Client.GetAsync(new Uri(Url, UriKind.Relative));

        Assert.Equal(2367, await ValueAsync(served));
        Assert.Equal(1, reads.Count);
    }

    [Fact]
    public async Task Series_WhenTheBuildFails_IsNotKept_AndTheNextRequestBuildsAgain()
    {
        var reads = new SeriesTableReads();
        await using var app = await StartAsync(new ManualClock(), reads, new ArrivedRequests());
        await IngestAsync(app.Services, 2367, "2022-11-05");
        var storage = app.Services.GetRequiredService<StorageClients>();
        var row = (await storage.Series.GetEntityAsync<TableEntity>(TableKeys.SeriesPartition(CountryCode.BosniaAndHerzegovina, Indicator.Arrivals), TableKeys.SeriesRow(null, "2022-10"))).Value;
        var point = row.GetString("Point");
        reads.Watch(app.Services.GetRequiredService<StorageNames>().Series, hold: false);

        // A stored point that cannot be read fails the build; the stamp does not move while it is put right.
        row["Point"] = "{ not a point";
        await storage.Series.UpdateEntityAsync(row, Azure.ETag.All, TableUpdateMode.Replace);
        using var failed = await app.Client.GetAsync(new Uri(Url, UriKind.Relative));
        row["Point"] = point;
        await storage.Series.UpdateEntityAsync(row, Azure.ETag.All, TableUpdateMode.Replace);
        using var after = await app.Client.GetAsync(new Uri(Url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(2367, await ValueAsync(after));
        Assert.Equal(2, reads.Count);
    }

    private Task<RunningApp> StartAsync(ManualClock clock) =>
        RunningApp.StartAsync(azurite, configure: b => b.Services.AddSingleton<TimeProvider>(clock));

    private Task<RunningApp> StartAsync(ManualClock clock, SeriesTableReads reads, ArrivedRequests arrived) =>
        RunningApp.StartAsync(azurite, configure: b =>
        {
            b.Services.AddSingleton<TimeProvider>(clock);
            b.Services.AddAzureClients(c => c.ConfigureDefaults(o => o.AddPolicy(reads, HttpPipelinePosition.PerCall)));
            b.Services.AddSingleton<IStartupFilter>(arrived);
        });

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

    /// <summary>
    /// Counts the app's reads of the series table as they leave for Azurite (once per operation, before retries), and
    /// can hold them until the test lets them go.
    /// </summary>
    private sealed class SeriesTableReads : HttpPipelinePolicy
    {
        private readonly TaskCompletionSource first = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private string? table;
        private bool hold;
        private int count;

        public int Count => Volatile.Read(ref count);

        public Task First => first.Task;

        public void Watch(string seriesTable, bool hold)
        {
            this.hold = hold;
            Volatile.Write(ref table, seriesTable);
        }

        public void Release() => released.TrySetResult();

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            if (Counts(message))
            {
                await released.Task.ConfigureAwait(false);
            }

            await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        }

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            if (Counts(message))
            {
                released.Task.GetAwaiter().GetResult();
            }

            ProcessNext(message, pipeline);
        }

        /// <returns>Whether the read is to be held.</returns>
        private bool Counts(HttpMessage message)
        {
            // A query or a point read of the table is a GET of "/{table}(...)"; the version table's name only starts alike.
            if (Volatile.Read(ref table) is not { } name || message.Request.Method != RequestMethod.Get
                || !message.Request.Uri.Path.Contains("/" + name + "(", StringComparison.Ordinal))
            {
                return false;
            }

            Interlocked.Increment(ref count);
            first.TrySetResult();
            return hold;
        }
    }

    /// <summary>Counts the requests that have reached the app, before it routes them.</summary>
    private sealed class ArrivedRequests : IStartupFilter
    {
        private readonly Lock gate = new();
        private readonly List<(int Count, TaskCompletionSource Reached)> waiters = [];
        private int arrived;

        public Task WaitFor(int count)
        {
            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (gate)
            {
                waiters.Add((count + arrived, reached));
            }

            return reached.Task;
        }

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, following) =>
            {
                lock (gate)
                {
                    arrived++;
                    foreach (var waiter in waiters.Where(w => w.Count <= arrived))
                    {
                        waiter.Reached.TrySetResult();
                    }
                }

                await following(context);
            });
            next(app);
        };
    }
}
