using System.Text;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace MigrationFeeds.Pipeline.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class RawArchiveTests(AzuriteServer azurite)
{
    [Fact]
    public async Task Put_NewBytes_StoresUnderTheirHashWithMetadata()
    {
        await using var services = PipelineHarness.Create(azurite);
        var archive = services.GetRequiredService<RawArchive>();
        var content = Encoding.UTF8.GetBytes("%PDF-1.7 a report");

        var (sha, stored) = await archive.PutAsync(Document(content, "https://example.org/a.pdf", 1), CancellationToken.None);

        Assert.True(stored);
        Assert.Equal(RawArchive.Sha256(content), sha);
        var back = await archive.GetAsync(sha, CancellationToken.None);
        Assert.Equal(content, back!.ToArray());
        var blob = services.GetRequiredService<StorageClients>().Raw.GetBlobClient(TableKeys.BlobName(sha));
        var properties = (await blob.GetPropertiesAsync()).Value;
        Assert.Equal("application/pdf", properties.ContentType);
        Assert.Equal("https://example.org/a.pdf", Uri.UnescapeDataString(properties.Metadata["url"]));
        Assert.Equal("test-source", properties.Metadata["sourceid"]);
    }

    [Fact]
    public async Task Put_SameBytesAgain_NeverOverwritesTheFirstRetrieval()
    {
        await using var services = PipelineHarness.Create(azurite);
        var archive = services.GetRequiredService<RawArchive>();
        var content = Encoding.UTF8.GetBytes("the same bytes");

        var first = await archive.PutAsync(Document(content, "https://example.org/first", 1), CancellationToken.None);
        var second = await archive.PutAsync(Document(content, "https://example.org/second", 2), CancellationToken.None);

        Assert.True(first.Stored);
        Assert.False(second.Stored);
        Assert.Equal(first.Sha256, second.Sha256);
        var blob = services.GetRequiredService<StorageClients>().Raw.GetBlobClient(TableKeys.BlobName(first.Sha256));
        var metadata = (await blob.GetPropertiesAsync()).Value.Metadata;
        Assert.Equal("https://example.org/first", Uri.UnescapeDataString(metadata["url"]));
    }

    [Fact]
    public async Task Get_UnknownHash_ReturnsNull()
    {
        await using var services = PipelineHarness.Create(azurite);
        var missing = await services.GetRequiredService<RawArchive>().GetAsync(new string('0', 64), CancellationToken.None);
        Assert.Null(missing);
    }

    private static RawDocument Document(byte[] content, string url, int day) => new()
    {
        SourceId = "test-source",
        Url = new Uri(url),
        ContentType = "application/pdf",
        RetrievedAt = new DateTimeOffset(2022, 11, day, 8, 0, 0, TimeSpan.Zero),
        Content = content,
    };
}
