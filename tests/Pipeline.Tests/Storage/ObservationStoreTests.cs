using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Pipeline.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class ObservationStoreTests(AzuriteServer azurite)
{
    private const string Sha = "aaaabbbbccccddddeeeeffff00001111aaaabbbbccccddddeeeeffff00001111";

    [Fact]
    public async Task Write_ThenRead_ReturnsFiguresWithProvenanceInRange()
    {
        await using var services = PipelineHarness.Create(azurite);
        var store = services.GetRequiredService<ObservationStore>();
        await store.WriteAsync(
        [
            Row("2022-09", 2113, "In September, 2,113 arrived."),
            Row("2022-10", 2367, "In October, 2,367 refugees and migrants arrived irregularly."),
            Row("2023-01", 999, "In January, 999 arrived."),
        ], CancellationToken.None);

        var read = await store.ReadAsync("BIH", "arrivals", new(2022, 10), new(2022, 12), CancellationToken.None);

        var only = Assert.Single(read);
        Assert.Equal(2367, only.Figure.Value);
        Assert.Equal(2, only.Figure.Page);
        Assert.Equal("In October, 2,367 refugees and migrants arrived irregularly.", only.Figure.Quote);
        Assert.Equal(new Uri("https://reliefweb.int/attachments/x/oct.pdf"), only.DocumentUrl);
        Assert.Equal(Sha, only.DocumentSha256);
        Assert.Equal(new DateOnly(2022, 11, 25), only.Published);
    }

    [Fact]
    public async Task Write_SameFiguresTwice_LeavesSameRows()
    {
        await using var services = PipelineHarness.Create(azurite);
        var store = services.GetRequiredService<ObservationStore>();
        IReadOnlyList<Observation> rows = [Row("2022-10", 2367, "a"), Row("2022-10", 2367, "a")];

        await store.WriteAsync(rows, CancellationToken.None);
        var keysOnce = await Keys(services);
        await store.WriteAsync(rows, CancellationToken.None);
        var keysTwice = await Keys(services);

        Assert.Equal(2, keysOnce.Count);
        Assert.Equal(keysOnce, keysTwice);
    }

    [Fact]
    public async Task Write_MoreThanOneBatch_StoresEveryRow()
    {
        await using var services = PipelineHarness.Create(azurite);
        var rows = Enumerable.Range(0, 250).Select(i => Row("2022-10", i, "q" + i)).ToList();

        var written = await services.GetRequiredService<ObservationStore>().WriteAsync(rows, CancellationToken.None);

        Assert.Equal(250, written);
        Assert.Equal(250, (await Keys(services)).Count);
    }

    private static async Task<List<string>> Keys(IServiceProvider services)
    {
        var table = services.GetRequiredService<StorageClients>().Observations;
        var keys = new List<string>();
        await foreach (var e in table.QueryAsync<TableEntity>(select: ["RowKey"]))
        {
            keys.Add(e.PartitionKey + "/" + e.RowKey);
        }

        return keys;
    }

    internal static Observation Row(string period, long value, string quote) => new()
    {
        Figure = new Figure
        {
            Country = "BIH", Indicator = "arrivals", Measure = "month", Period = period, Value = value, Page = 2, Quote = quote,
        },
        SourceId = "unhcr-bih-operational-update",
        DocumentUrl = new Uri("https://reliefweb.int/attachments/x/oct.pdf"),
        DocumentSha256 = Sha,
        ParserVersion = "1.0.0",
        RetrievedAt = new DateTimeOffset(2022, 11, 26, 5, 15, 0, TimeSpan.Zero),
        Published = new DateOnly(2022, 11, 25),
    };
}
