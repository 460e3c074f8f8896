using System.Globalization;
using System.Text;
using System.Text.Json;
using MigrationFeeds.Reliability.Tests.Faults;
using MigrationFeeds.Reliability.Tests.Support;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Reliability.Tests.Security;

/// <summary>
/// A listing that links to internal addresses and other schemes, and report files that redirect there: a real ingest
/// (the CLI, live, against the fake upstream) refuses each one as a failed document, reaches none of them, and lands
/// the rest of the source.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SsrfTests(AzuriteServer azurite)
{
    private const string Source = Harness.BihSource;

    [Fact]
    public async Task Ingest_ListingLinksAndRedirectsToInternalAddresses_AreRefusedAndTheRestLands()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        // A second server on loopback stands for what must stay out of reach (a metadata endpoint, a VNet neighbour).
        await using var inside = await FakeUpstream.StartAsync();
        var port = inside.Origin.Port.ToString(CultureInfo.InvariantCulture);
        string[] links =
        [
            "ftp://reliefweb.int/x.pdf",
            $"gopher://127.0.0.1:{port}/_x.pdf",
            "javascript:alert(document.cookie)//x.pdf",
            "file:///etc/passwd",
            $"http://127.0.0.1:{port}/x.pdf",
            $"http://2130706433:{port}/x.pdf",
            $"http://[::ffff:127.0.0.1]:{port}/x.pdf",
            "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
            "https://files.example.net/x.pdf",
        ];
        string[] redirects = [$"http://localhost:{port}/x.pdf", "file:///etc/passwd"];
        var documents = ExpectedFigures.Fetched(Source);
        Assert.True(documents.Count >= links.Length + redirects.Length + 2);

        var listingUrl = JsonDocument.Parse(File.ReadAllText(RepoRoot.Combine("seeds", "snapshot", Source, "index.json"))).RootElement
            .GetProperty("entries")[0].GetProperty("url").GetString()!;
        var listing = Encoding.UTF8.GetString(upstream.Recorded(listingUrl));
        for (var i = 0; i < links.Length; i++)
        {
            Assert.Contains(documents[i].Url, listing, StringComparison.Ordinal);
            listing = listing.Replace(documents[i].Url, links[i], StringComparison.Ordinal);
        }

        // As the fake upstream serves ReliefWeb's own links: pointing back to it.
        listing = listing.Replace("https://reliefweb.int/", upstream.Origin.AbsoluteUri + "reliefweb.int/", StringComparison.Ordinal)
            .Replace("https://api.reliefweb.int/", upstream.Origin.AbsoluteUri + "api.reliefweb.int/", StringComparison.Ordinal);
        upstream.Inject(listingUrl, new Fault.Body(Encoding.UTF8.GetBytes(listing), "application/json"));
        for (var i = 0; i < redirects.Length; i++)
        {
            upstream.Inject(documents[links.Length + i].Url, new Fault.Redirect(redirects[i]));
        }

        var settings = Harness.LiveSettings(azurite, AzuriteServer.NewPrefix(), upstream);
        var run = await FaultInjectionTests.IngestAsync(settings);

        var refused = links.Length + redirects.Length;
        var row = run.Row(Source);
        Assert.Equal(4, run.Exit);
        Assert.Equal("partial", row["outcome"]);
        Assert.Equal(refused.ToString(CultureInfo.InvariantCulture), row["failed"]);
        // Every report's text is parsed too, from the listing, the refused PDFs' among them.
        Assert.Equal((ExpectedFigures.Load(Source).Count - refused).ToString(CultureInfo.InvariantCulture), row["parsed"]);
        Assert.Empty(inside.Log);
        var refusals = run.Error.Split('\n').Count(l => l.Contains("refused", StringComparison.Ordinal));
        Assert.True(refusals >= refused, $"{refusals} refusals reported, {refused} expected:\n{run.Error}");
        ReliabilityReport.SsrfRefused(refused);
    }
}
