using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Functions.Tests.Api;

/// <summary>HEAD on GET routes, the dashboard's security headers, local mode's refusals, a skipped run in /api/status.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class HttpHygieneTests(AzuriteServer azurite)
{
    private const string Source = "unhcr-bih-operational-update";

    [Theory]
    [InlineData("/api/status")]
    [InlineData("/api/catalog")]
    [InlineData("/api/sources")]
    [InlineData("/api/openapi.json")]
    [InlineData("/api/reconstruction")]
    [InlineData("/api/dashboard")]
    [InlineData("/api/dashboard/dashboard.js")]
    [InlineData("/api/series?indicator=arrivals&country=BIH&from=2022-01&to=2022-12")]
    [InlineData("/api/series?indicator=arrivals&country=BIH&from=2022-13&to=2022-12")]
    [InlineData("/api/observations?country=BIH")]
    public async Task Head_OnAGetRoute_AnswersAsGetDoesWithoutABody(string path)
    {
        await using var app = await RunningApp.StartAsync(azurite);

        using var get = await app.Client.GetAsync(new Uri(path, UriKind.Relative));
        using var head = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative)));

        Assert.NotEqual(HttpStatusCode.MethodNotAllowed, head.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/api/status", "application/xml", false)]
    [InlineData("/api/catalog", "text/html", false)]
    [InlineData("/api/sources", "application/xml, text/plain;q=0.5", false)]
    [InlineData("/api/series?indicator=arrivals&country=BIH&from=2022-01&to=2022-12", "text/csv", false)]
    [InlineData("/api/series?indicator=arrivals&country=BIH&from=2022-01&to=2022-12&format=csv", "application/json", false)]
    [InlineData("/api/observations?indicator=arrivals&country=BIH&from=2022-01&to=2022-12", "application/json;q=0, application/xml", false)]
    [InlineData("/api/points/arrivals/BIH/2022-10", "image/*", false)]
    [InlineData("/api/status", "application/json", true)]
    [InlineData("/api/status", "application/*", true)]
    [InlineData("/api/status", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", true)]
    [InlineData("/api/status", "APPLICATION/JSON; charset=utf-8", true)]
    [InlineData("/api/series?indicator=arrivals&country=BIH&from=2022-01&to=2022-12&format=csv", "text/*", true)]
    [InlineData("/api/series?indicator=arrivals&country=BIH&from=2022-01&to=2022-12&format=csv", "text/csv", true)]
    [InlineData("/api/series?indicator=arrivals&country=BIH&from=2022-13&to=2022-12", "application/json", true)]
    public async Task Accept_ThatRulesOutTheAnswer_Is406ProblemAndAnyOtherIsServed(string path, string accept, bool served)
    {
        await using var app = await RunningApp.StartAsync(azurite);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept", accept);

        using var response = await app.Client.SendAsync(request);

        if (served)
        {
            Assert.NotEqual(HttpStatusCode.NotAcceptable, response.StatusCode);
            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode}");
        }
        else
        {
            Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [InlineData("/api/dashboard")]
    [InlineData("/api/dashboard/dashboard.js")]
    [InlineData("/api/dashboard/missing.js")]
    public async Task Dashboard_Answers_CarrySecurityHeaders(string path)
    {
        await using var app = await RunningApp.StartAsync(azurite);

        using var response = await app.Client.GetAsync(new Uri(path, UriKind.Relative));

        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        Assert.Equal(["DENY"], response.Headers.GetValues("X-Frame-Options"));
    }

    [Theory]
    [InlineData("evil.example", HttpStatusCode.MisdirectedRequest)]
    [InlineData("rebound.example:7071", HttpStatusCode.MisdirectedRequest)]
    [InlineData("10.0.0.5", HttpStatusCode.MisdirectedRequest)]
    [InlineData("localhost", HttpStatusCode.OK)]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    [InlineData("[::1]", HttpStatusCode.OK)]
    public async Task LocalMode_HostHeader_OnlyLoopbackNamesAreAnswered(string host, HttpStatusCode expected)
    {
        await using var app = await RunningApp.StartAsync(azurite);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/status", UriKind.Relative));
        request.Headers.Host = host;

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example", null, HttpStatusCode.Forbidden)]
    [InlineData("http://127.0.0.1:1", null, HttpStatusCode.Forbidden)]
    [InlineData("null", null, HttpStatusCode.Forbidden)]
    [InlineData(null, "cross-site", HttpStatusCode.Forbidden)]
    [InlineData("{self}", null, HttpStatusCode.BadRequest)]
    [InlineData(null, null, HttpStatusCode.BadRequest)]
    public async Task LocalMode_Write_IsRefusedFromAnotherOrigin(string? origin, string? fetchSite, HttpStatusCode expected)
    {
        await using var app = await RunningApp.StartAsync(azurite);
        // An unknown source: a write that gets through is answered 400 without running anything.
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/reparse?source=nope", UriKind.Relative))
        {
            Content = new StringContent("x", Encoding.UTF8, "text/plain"),
        };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin == "{self}" ? app.Client.BaseAddress!.GetLeftPart(UriPartial.Authority) : origin);
        }

        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Status_RunSkippedForAHeldLease_IsReportedAsSkipped()
    {
        await using var app = await RunningApp.StartAsync(azurite);
        await app.Services.GetRequiredService<StorageClients>().EnsureCreatedAsync(CancellationToken.None);
        await using (var held = await app.Services.GetRequiredService<SourceLeases>().TryAcquireAsync(Source, CancellationToken.None))
        {
            Assert.NotNull(held);
            await app.InvokeTimerAsync("ingest-" + Source);
        }

        var status = await app.Client.GetStringAsync(new Uri("/api/status", UriKind.Relative));

        using var json = System.Text.Json.JsonDocument.Parse(status);
        var text = json.RootElement.ToString();
        Assert.Contains("\"skipped\"", text, StringComparison.Ordinal);
        Assert.Contains("holds its lease", text, StringComparison.Ordinal);
    }
}
