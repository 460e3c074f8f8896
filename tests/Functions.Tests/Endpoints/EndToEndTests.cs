using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Functions.Tests.Endpoints;

/// <summary>The handler as the Functions host drives it: a timer invocation over loopback, then the query API.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class EndToEndTests(AzuriteServer azurite)
{
    private const string Family = "unhcr-bih-operational-update";

    [Fact]
    public async Task TimerInvocation_ThenSeries_ServesSnapshotFiguresWithProvenance()
    {
        await using var handler = await RunningHandler.StartAsync(azurite, hostMode: true);

        using var invocation = await PostPayloadAsync(handler, "timer-invocation.json");
        Assert.Equal(HttpStatusCode.OK, invocation.StatusCode);
        using var reply = JsonDocument.Parse(await invocation.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Object, reply.RootElement.GetProperty("Outputs").ValueKind);
        Assert.Contains("succeeded", reply.RootElement.GetProperty("Logs")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("succeeded", reply.RootElement.GetProperty("ReturnValue").GetProperty("outcome").GetString());

        var expected = ExpectedFigures.Series(Family, "arrivals", "month");
        var from = expected.Keys.Min(StringComparer.Ordinal)!;
        var to = expected.Keys.Max(StringComparer.Ordinal)!;
        using var series = await handler.Client.GetAsync(new Uri($"api/series?indicator=arrivals&country=BIH&from={from}&to={to}", UriKind.Relative));
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
    }

    [Fact]
    public async Task TimerInvocation_DataAsJsonString_IsAccepted()
    {
        await using var handler = await RunningHandler.StartAsync(azurite, hostMode: true);

        using var invocation = await PostPayloadAsync(handler, "timer-invocation-string-data.json");

        Assert.Equal(HttpStatusCode.OK, invocation.StatusCode);
    }

    [Fact]
    public async Task TimerInvocation_SourceUnreachable_FailsInvocationWithLogs()
    {
        await using var handler = await RunningHandler.StartAsync(azurite, hostMode: true, new Dictionary<string, string?>
        {
            // An empty snapshot: the listing answers 404, so the source cannot be read at all.
            ["Fetch:SnapshotPath"] = EmptySnapshot(),
            ["Fetch:RetryBaseDelaySeconds"] = "0.01",
        });

        using var invocation = await PostPayloadAsync(handler, "timer-invocation.json");

        Assert.Equal(HttpStatusCode.InternalServerError, invocation.StatusCode);
        using var reply = JsonDocument.Parse(await invocation.Content.ReadAsStringAsync());
        Assert.Equal("failed", reply.RootElement.GetProperty("ReturnValue").GetProperty("outcome").GetString());
        Assert.Contains(reply.RootElement.GetProperty("Logs").EnumerateArray(), l => l.GetString()!.Contains("404", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownFunction_Is404()
    {
        await using var handler = await RunningHandler.StartAsync(azurite, hostMode: true);
        using var response = await handler.Client.PostAsync(new Uri("ingest-nowhere", UriKind.Relative), new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Readiness_AnswersOnRoot()
    {
        await using var handler = await RunningHandler.StartAsync(azurite, hostMode: true);
        using var response = await handler.Client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("indicator=refugees&country=BIH&from=2022-01&to=2022-02", "indicator")]
    [InlineData("indicator=arrivals&country=XXX&from=2022-01&to=2022-02", "country")]
    [InlineData("indicator=arrivals&country=BIH&from=2022-13&to=2022-02", "from")]
    [InlineData("indicator=arrivals&country=BIH&from=2022-05&to=2022-02", "to")]
    [InlineData("indicator=arrivals&country=BIH&from=2022-01", "to")]
    [InlineData("indicator=arrivals&indicator=uasc_arrivals&country=BIH&from=2022-01&to=2022-02", "indicator")]
    [InlineData("indicator=arrivals&country=BIH'%20or%20PartitionKey%20ne%20'&from=2022-01&to=2022-02", "country")]
    public async Task Series_BadParameter_Is400ProblemNamingIt(string query, string parameter)
    {
        await using var handler = await RunningHandler.StartAsync(azurite, hostMode: true);

        using var response = await handler.Client.GetAsync(new Uri("api/series?" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(parameter, out _), problem.RootElement.ToString());
    }

    [Fact]
    public async Task LocalMode_FiresTimerAtStart_ThroughTheSameEndpoint()
    {
        await using var handler = await RunningHandler.StartAsync(azurite, hostMode: false, new Dictionary<string, string?> { ["Local:RunOnStart"] = "true" });

        var deadline = DateTime.UtcNow.AddMinutes(2);
        var count = 0;
        while (DateTime.UtcNow < deadline)
        {
            using var body = JsonDocument.Parse(await handler.Client.GetStringAsync(new Uri("api/series?indicator=arrivals&country=BIH&from=2021-01&to=2022-12", UriKind.Relative)));
            count = body.RootElement.GetProperty("points").GetArrayLength();
            if (count >= 12)
            {
                break;
            }

            await Task.Delay(250);
        }

        Assert.True(count >= 12, $"local mode served {count} months");
    }

    private static async Task<HttpResponseMessage> PostPayloadAsync(RunningHandler handler, string payload)
    {
        var body = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Payloads", payload));
        return await handler.Client.PostAsync(
            new Uri("ingest-unhcr-bih-operational-update", UriKind.Relative),
            new StringContent(body, Encoding.UTF8, "application/json"));
    }

    private static string EmptySnapshot()
    {
        var folder = Directory.CreateTempSubdirectory("empty-snapshot").FullName;
        File.WriteAllText(Path.Combine(folder, "index.json"), "{\"entries\":[]}");
        return folder;
    }
}
