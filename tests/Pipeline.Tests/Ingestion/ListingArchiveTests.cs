using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Pipeline.Tests.Ingestion;

/// <summary>Discovery only lists; the run that asked for it archives the listings it read.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ListingArchiveTests(AzuriteServer azurite)
{
    private const string Family = "unhcr-bih-operational-update";

    [Fact]
    public async Task Run_ArchivesTheListingsItsDiscoveryRead_WithoutTheApplicationName()
    {
        await using var services = PipelineHarness.Create(azurite);
        var ingest = services.GetRequiredService<IngestService>();

        var summary = await ingest.RunAsync(ingest.Find(Family)!, CancellationToken.None);

        var listings = await ListingUrlsAsync(services);
        Assert.Equal(RunOutcome.Succeeded, summary.Outcome);
        Assert.NotEmpty(listings);
        Assert.All(listings, url => Assert.DoesNotContain("appname", url, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Discover_OutsideARun_ArchivesNothing()
    {
        await using var services = PipelineHarness.Create(azurite);
        var source = services.GetRequiredService<IngestService>().Find(Family)!;

        var documents = await source.DiscoverAsync(CancellationToken.None);

        Assert.NotEmpty(documents);
        Assert.Empty(await ListingUrlsAsync(services));
    }

    /// <summary>The addresses of the archived ReliefWeb API answers.</summary>
    private static async Task<IReadOnlyList<string>> ListingUrlsAsync(IServiceProvider services)
    {
        var raw = services.GetRequiredService<StorageClients>().Raw;
        var urls = new List<string>();
        if (!await raw.ExistsAsync())
        {
            return urls;
        }

        await foreach (var item in raw.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata }))
        {
            // Other blobs than archived documents (a source's lease) carry no address.
            if (item.Metadata.TryGetValue("url", out var escaped) && Uri.UnescapeDataString(escaped) is var url
                && url.Contains("api.reliefweb.int/v2/reports", StringComparison.Ordinal))
            {
                urls.Add(url);
            }
        }

        return urls;
    }
}
