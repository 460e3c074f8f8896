using System.Net;
using System.Text.Json;
using MigrationFeeds.Functions.Ingest;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Functions.Tests.Api;

/// <summary>
/// The app in the local runner over loopback: a timer function ingests the snapshot, then the query API serves it,
/// refuses bad input with a problem and answers a repeated request with 304.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class EndToEndTests(AzuriteServer azurite)
{
    private const string Family = "unhcr-bih-operational-update";
    private const string Timer = "ingest-" + Family;

    [Fact]
    public async Task TimerFunction_ThenSeries_ServesSnapshotFiguresWithProvenance()
    {
        await using var app = await RunningApp.StartAsync(azurite);

        await app.InvokeTimerAsync(Timer);

        var expected = ExpectedFigures.Series(Family, "arrivals", "month");
        var from = expected.Keys.Min(StringComparer.Ordinal)!;
        var to = expected.Keys.Max(StringComparer.Ordinal)!;
        using var series = await app.Client.GetAsync(new Uri($"api/series?indicator=arrivals&country=BIH&from={from}&to={to}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, series.StatusCode);
        using var body = JsonDocument.Parse(await series.Content.ReadAsStringAsync());
        var points = body.RootElement.GetProperty("points").EnumerateArray().ToList();

        Assert.True(points.Count >= 12, $"expected at least 12 months, got {points.Count}");
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), points.Select(p => p.GetProperty("period").GetString()));
        foreach (var point in points)
        {
            var period = point.GetProperty("period").GetString()!;
            Assert.Equal(expected[period].Value, point.GetProperty("value").GetInt64());
            var provenance = point.GetProperty("provenance");
            Assert.Equal(expected[period].Url, provenance.GetProperty("documentUrl").GetString());
            Assert.True(provenance.GetProperty("page").GetInt32() >= 1);
            var quote = provenance.GetProperty("quote").GetString()!;
            Assert.False(string.IsNullOrWhiteSpace(quote));
            Assert.True(quote.Length <= 200);
            Assert.Equal(64, provenance.GetProperty("documentSha256").GetString()!.Length);
        }

        using var again = new HttpRequestMessage(HttpMethod.Get, series.RequestMessage!.RequestUri);
        again.Headers.IfNoneMatch.Add(series.Headers.ETag!);
        using var notModified = await app.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task TimerFunction_SourceUnreachable_FailsTheInvocationAndRecordsTheRun()
    {
        await using var app = await RunningApp.StartAsync(azurite, new Dictionary<string, string?>
        {
            // An empty snapshot: the listing answers 404, so the source cannot be read at all.
            ["Fetch:SnapshotPath"] = EmptySnapshot(),
            ["Fetch:RetryBaseDelaySeconds"] = "0.01",
        });

        var failure = await Assert.ThrowsAsync<IngestFailedException>(() => app.InvokeTimerAsync(Timer));

        Assert.Equal(RunOutcome.Failed, failure.Summary.Outcome);
        Assert.Contains("404", failure.Message, StringComparison.Ordinal);
        using var status = JsonDocument.Parse(await app.Client.GetStringAsync(new Uri("api/status", UriKind.Relative)));
        var runs = status.RootElement.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("id").GetString() == Family).GetProperty("runs");
        Assert.Equal("failed", runs[0].GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task RunOnStart_FiresTheTimersOnceAtStart()
    {
        await using var app = await RunningApp.StartAsync(azurite, new Dictionary<string, string?> { ["Runner:RunOnStart"] = "true" });

        var deadline = DateTime.UtcNow.AddMinutes(2);
        var count = 0;
        while (DateTime.UtcNow < deadline)
        {
            using var body = JsonDocument.Parse(await app.Client.GetStringAsync(new Uri("api/series?indicator=arrivals&country=BIH&from=2021-01&to=2022-12", UriKind.Relative)));
            count = body.RootElement.GetProperty("points").GetArrayLength();
            if (count >= 12)
            {
                break;
            }

            await Task.Delay(250);
        }

        Assert.True(count >= 12, $"the runner served {count} months");
    }

    [Theory]
    [InlineData("indicator=refugees&country=BIH&from=2022-01&to=2022-02", "indicator")]
    [InlineData("indicator=arrivals&country=XXX&from=2022-01&to=2022-02", "country")]
    [InlineData("indicator=arrivals&country=BIH&from=2022-13&to=2022-02", "from")]
    [InlineData("indicator=arrivals&country=BIH&from=2022-05&to=2022-02", "to")]
    [InlineData("indicator=arrivals&country=BIH&from=2022-01&to=2022-01-32", "to")]
    [InlineData("indicator=arrivals&indicator=uasc_arrivals&country=BIH&from=2022-01&to=2022-02", "indicator")]
    [InlineData("indicator=arrivals&country=BIH'%20or%20PartitionKey%20ne%20'&from=2022-01&to=2022-02", "country")]
    public async Task Series_BadParameter_Is400ProblemNamingIt(string query, string parameter)
    {
        await using var app = await RunningApp.StartAsync(azurite);

        using var response = await app.Client.GetAsync(new Uri("api/series?" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(parameter, out _), problem.RootElement.ToString());
    }

    [Theory]
    [InlineData("POST", "api/series")]
    [InlineData("GET", "api/reparse")]
    public async Task Function_OtherMethod_Is405(string method, string path)
    {
        await using var app = await RunningApp.StartAsync(azurite);

        using var response = await app.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private static string EmptySnapshot()
    {
        var folder = Directory.CreateTempSubdirectory("empty-snapshot").FullName;
        File.WriteAllText(Path.Combine(folder, "index.json"), "{\"entries\":[]}");
        return folder;
    }
}
