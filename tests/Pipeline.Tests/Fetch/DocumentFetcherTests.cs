using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Pipeline.Fetch;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Pipeline.Tests.Fetch;

[Collection(AzuriteCollection.Name)]
public sealed class DocumentFetcherTests(AzuriteServer azurite)
{
    /// <summary>Live fetching, with the fake upstream's port the one loopback address a fetch may reach.</summary>
    internal static Dictionary<string, string?> Live(FakeUpstream upstream) => new()
    {
        ["Fetch:Mode"] = "Live",
        ["Fetch:RetryBaseDelaySeconds"] = "0.01",
        ["Fetch:MaxDocumentBytes"] = "4096",
        ["Fetch:PerHostDelayMilliseconds"] = "0",
        ["Fetch:TestLoopbackPort"] = upstream.BaseUri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task Fetch_WithValidatorsOfUnchangedDocument_IsNotModified()
    {
        await using var upstream = await FakeUpstream.StartAsync(async context =>
        {
            if (context.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                context.Response.StatusCode = 304;
                return;
            }

            context.Response.Headers.ETag = "\"v1\"";
            context.Response.ContentType = "application/pdf";
            await context.Response.WriteAsync("%PDF-1.4 body");
        });
        await using var services = PipelineHarness.Create(azurite, settings: Live(upstream));
        var fetcher = services.GetRequiredService<DocumentFetcher>();
        var url = new Uri(upstream.BaseUri, "report.pdf");

        var first = await fetcher.FetchAsync(url, null, CancellationToken.None);
        var second = await fetcher.FetchAsync(url, new Validators(first.ETag, first.LastModified), CancellationToken.None);

        Assert.Equal(FetchStatus.Ok, first.Status);
        Assert.Equal("\"v1\"", first.ETag);
        Assert.Equal("application/pdf", first.ContentType);
        Assert.Equal(FetchStatus.NotModified, second.Status);
    }

    [Fact]
    public async Task Fetch_ServerKeepsFailing_RetriesThenReportsFailure()
    {
        await using var upstream = await FakeUpstream.StartAsync(context =>
        {
            context.Response.StatusCode = 503;
            return Task.CompletedTask;
        });
        await using var services = PipelineHarness.Create(azurite, settings: Live(upstream));

        var result = await services.GetRequiredService<DocumentFetcher>().FetchAsync(new Uri(upstream.BaseUri, "x"), null, CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Equal(503, result.HttpStatus);
        Assert.True(upstream.Requests > 1, $"expected retries, saw {upstream.Requests} request(s)");
    }

    [Fact]
    public async Task Fetch_BodyOverLimitWithoutLength_IsRefused()
    {
        await using var upstream = await FakeUpstream.StartAsync(async context =>
        {
            // Chunked, so the limit must be enforced while reading, not from Content-Length.
            for (var i = 0; i < 10; i++)
            {
                await context.Response.WriteAsync(new string('x', 1000));
                await context.Response.Body.FlushAsync();
            }
        });
        await using var services = PipelineHarness.Create(azurite, settings: Live(upstream));

        var result = await services.GetRequiredService<DocumentFetcher>().FetchAsync(new Uri(upstream.BaseUri, "big"), null, CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Contains("limit", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_SameHostTwice_SecondRequestWaitsItsTurn()
    {
        var arrivals = new List<DateTimeOffset>();
        await using var upstream = await FakeUpstream.StartAsync(async context =>
        {
            lock (arrivals)
            {
                arrivals.Add(DateTimeOffset.UtcNow);
            }

            await context.Response.WriteAsync("ok");
        });
        var settings = Live(upstream);
        settings["Fetch:PerHostDelayMilliseconds"] = "400";
        await using var services = PipelineHarness.Create(azurite, settings: settings);
        var fetcher = services.GetRequiredService<DocumentFetcher>();

        // The first request opens the connection, which on a loaded machine delays its arrival by more than the spacing
        // leaves to spare; the two measured after it both go over the open connection.
        await fetcher.FetchAsync(new Uri(upstream.BaseUri, "warm"), null, CancellationToken.None);
        await Task.WhenAll(
            fetcher.FetchAsync(new Uri(upstream.BaseUri, "a"), null, CancellationToken.None),
            fetcher.FetchAsync(new Uri(upstream.BaseUri, "b"), null, CancellationToken.None));

        Assert.Equal(3, arrivals.Count);
        // A lower bound only, well under the 400 ms asked for: the pacing guarantees spacing, not speed, and a request sent at
        // once after its turn may still reach the server late; without pacing the two arrive within a few milliseconds.
        var gap = (arrivals[2] - arrivals[1]).TotalMilliseconds;
        Assert.True(gap >= 300, $"requests {gap} ms apart");
    }

    [Fact]
    public async Task Fetch_SendsUserAgentWithContact()
    {
        string? agent = null;
        await using var upstream = await FakeUpstream.StartAsync(async context =>
        {
            agent = context.Request.Headers.UserAgent;
            await context.Response.WriteAsync("ok");
        });
        var settings = Live(upstream);
        settings["Fetch:Contact"] = "mailto:data@example.org";
        await using var services = PipelineHarness.Create(azurite, settings: settings);

        await services.GetRequiredService<DocumentFetcher>().FetchAsync(new Uri(upstream.BaseUri, "ua"), null, CancellationToken.None);

        Assert.NotNull(agent);
        Assert.Contains("MigrationFeeds/", agent, StringComparison.Ordinal);
        Assert.Contains("mailto:data@example.org", agent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_WithBody_PostsTheQueryUnconditionallyAndRetriesIt()
    {
        var seen = new List<(string Method, string Body, bool Conditional)>();
        await using var upstream = await FakeUpstream.StartAsync(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            lock (seen)
            {
                seen.Add((context.Request.Method, body, context.Request.Headers.IfNoneMatch.Count + context.Request.Headers.IfModifiedSince.Count > 0));
                // The first attempt fails, so the retry must send the query again.
                context.Response.StatusCode = seen.Count == 1 ? 503 : 200;
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"class\":\"dataset\"}");
        });
        await using var services = PipelineHarness.Create(azurite, settings: Live(upstream));
        var query = new RequestBody { MediaType = "application/json", Content = "{\"query\":[],\"response\":{\"format\":\"json-stat2\"}}" };

        var result = await services.GetRequiredService<DocumentFetcher>().FetchAsync(
            new Uri(upstream.BaseUri, "AZIL01.px"), query, new Validators("\"v1\"", DateTimeOffset.UtcNow), [upstream.BaseUri.Authority], CancellationToken.None);

        Assert.Equal(FetchStatus.Ok, result.Status);
        Assert.Equal("{\"class\":\"dataset\"}", System.Text.Encoding.UTF8.GetString(result.Content.Span));
        Assert.Equal(2, seen.Count);
        Assert.All(seen, s => Assert.Equal(("POST", query.Content, false), s));
    }
}
