using System.Diagnostics;
using System.Net;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Functions.Tests.Api;

/// <summary>
/// The dashboard: its files as the app serves them, and the page in headless Chromium over the snapshot
/// (tests/browser/dashboard.test.mjs, driven by playwright-core; ./test.sh installs Chromium and the npm tools).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DashboardTests(AzuriteServer azurite)
{
    [Theory]
    [InlineData("/api/dashboard", "text/html")]
    [InlineData("/api/dashboard/dashboard.js", "text/javascript")]
    [InlineData("/api/dashboard/dashboard.css", "text/css")]
    [InlineData("/api/dashboard/chart.umd.min.js", "text/javascript")]
    [InlineData("/api/dashboard/review.html", "text/html")]
    [InlineData("/api/dashboard/review.js", "text/javascript")]
    public async Task DashboardFiles_AreServedWithTheirContentType(string path, string mediaType)
    {
        await using var app = await RunningApp.StartAsync(azurite);

        using var response = await app.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Content.Headers.ContentLength > 100, $"{path} is {response.Content.Headers.ContentLength} bytes");
    }

    [Fact]
    public async Task ApiDocs_PageAndScriptAreServed_TheScriptGzippedWhenAccepted()
    {
        await using var app = await RunningApp.StartAsync(azurite);

        using var page = await app.Client.GetAsync(new Uri("/api/docs", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/docs/scalar.js", UriKind.Relative));
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var gzipped = await app.Client.SendAsync(request);
        using var plain = await app.Client.GetAsync(new Uri("/api/docs/scalar.js", UriKind.Relative));
        using var terms = await app.Client.GetAsync(new Uri("/api/dashboard/data-terms.md", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("/api/docs/scalar.js", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("style-src 'self' 'unsafe-inline'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("gzip", Assert.Single(gzipped.Content.Headers.ContentEncoding));
        var zipped = await gzipped.Content.ReadAsByteArrayAsync();
        var text = await plain.Content.ReadAsStringAsync();
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.True(text.Length > 10 * zipped.Length / 4, $"{text.Length} characters from {zipped.Length} bytes");
        Assert.Contains("createApiReference", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, terms.StatusCode);
        Assert.Contains("how to cite", (await terms.Content.ReadAsStringAsync()).ToLowerInvariant(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/dashboard/appsettings.json")]
    [InlineData("/api/dashboard/..%2Fappsettings.json")]
    [InlineData("/api/dashboard/..%5Cappsettings.json")]
    [InlineData("/api/dashboard/host.json")]
    [InlineData("/api/dashboard/missing.js")]
    public async Task DashboardFiles_OutsideWwwrootOrMissing_Are404(string path)
    {
        await using var app = await RunningApp.StartAsync(azurite);

        using var response = await app.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Dashboard_InChromium_ShowsBihArrivalsOfTheSnapshotAndQuotesTheDocumentOnHover()
    {
        await using var app = await RunningApp.StartAsync(azurite);
        await app.InvokeTimerAsync("ingest-unhcr-bih-operational-update");
        await app.InvokeTimerAsync("ingest-frontex-wb-route");

        var shots = RepoRoot.Combine("TestResults");
        var screenshot = Path.Combine(shots, "dashboard.png");
        var started = DateTime.UtcNow.AddSeconds(-1);

        var (exitCode, output) = await RunNodeAsync(RepoRoot.Combine("tests", "browser", "dashboard.test.mjs"), app.Client.BaseAddress!.ToString(), shots);

        Assert.True(exitCode == 0, $"the browser test failed (exit {exitCode}):\n{output}");
        Assert.Matches(@"dashboard: \d+ checks held", output);
        Assert.Matches(@"the tooltip of \d{4}-\d{2} quotes the document", output);
        Assert.Contains("the banner gives the manifests' share of real figures", output, StringComparison.Ordinal);
        Assert.Contains("the source selector offers the region's own series", output, StringComparison.Ordinal);
        Assert.Contains("at 390 px nothing overflows the page", output, StringComparison.Ordinal);
        Assert.Contains("the API reference lists /api/coverage", output, StringComparison.Ordinal);
        Assert.True(File.Exists(screenshot) && File.GetLastWriteTimeUtc(screenshot) >= started, $"no new screenshot at {screenshot}");
    }

    [Fact]
    public async Task ReviewPage_InChromium_CorrectsAndRejects_AndTheDashboardMarksFlagsAndCorrections()
    {
        await using var app = await RunningApp.StartAsync(azurite, new Dictionary<string, string?>
        {
            ["Review:LocalReviewer"] = "Browser Reviewer",
            ["Series:Precedence:BIH:arrivals"] = "national-test,unhcr-test",
        });
        await StoredState.WriteAsync(app, StoredState.ReviewCase());

        var (exitCode, output) = await RunNodeAsync(RepoRoot.Combine("tests", "browser", "review.test.mjs"), app.Client.BaseAddress!.ToString(), RepoRoot.Combine("TestResults"));

        Assert.True(exitCode == 0, $"the review browser test failed (exit {exitCode}):\n{output}");
        Assert.Matches(@"review: \d+ checks held", output);
        Assert.Contains("the rejected figure is no longer in the series", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunNodeAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepoRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return (-1, "timed out after 4 minutes\n" + await stdout + await stderr);
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
