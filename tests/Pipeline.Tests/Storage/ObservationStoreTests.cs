using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Snapshot;
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

        var read = await store.ReadAsync(CountryCode.BosniaAndHerzegovina, Indicator.Arrivals, new(2022, 10), new(2022, 12), CancellationToken.None);

        var only = Assert.Single(read);
        Assert.Equal(2367, only.Figure.Value);
        Assert.Equal(2, only.Provenance.Page);
        Assert.Equal("In October, 2,367 refugees and migrants arrived irregularly.", only.Provenance.Quote);
        Assert.Equal("https://reliefweb.int/attachments/x/oct.pdf", only.Provenance.DocumentUrl);
        Assert.Equal(Sha, only.Provenance.DocumentSha256);
        Assert.Equal(new DateOnly(2022, 11, 25), only.Provenance.Published);
    }

    [Fact]
    public async Task Write_ThenRead_CarriesTheProvenanceRecordAsWritten()
    {
        await using var services = PipelineHarness.Create(azurite);
        var store = services.GetRequiredService<ObservationStore>();
        var figure = new Figure { Country = "BIH", Indicator = "arrivals", Measure = "month", Period = "2022-10", Value = 2367, Page = 3, Quote = "2,367 arrived", Confidence = 0.85 };
        var text = Observation.Of(
            figure with { Page = 1, Quote = "In October 2,367 arrived.", Confidence = 0.9 },
            "unhcr-bih-operational-update",
            new Uri("https://reliefweb.int/report/bosnia-and-herzegovina/october"),
            "text-sha",
            "1.0.1",
            new DateTimeOffset(2022, 11, 27, 6, 0, 0, TimeSpan.Zero),
            null,
            ReconstructionNote.StandIn).Provenance;
        var written = Observation.Of(
            figure,
            "unhcr-bih-operational-update",
            new Uri("https://reliefweb.int/attachments/x/oct.pdf"),
            Sha,
            "1.0.0",
            new DateTimeOffset(2022, 11, 26, 5, 15, 0, TimeSpan.Zero),
            new DateOnly(2022, 11, 25),
            new ReconstructionNote("https://www.unhcr.org/ba/oct.pdf", "2022-11-25"));
        written = written with { Provenance = written.Provenance with { AlsoStatedIn = [text] } };
        await store.WriteAsync([written], CancellationToken.None);

        var read = Assert.Single(await store.ReadDocumentAsync(Sha, CancellationToken.None));

        Assert.Equal(written.Figure, read.Figure);
        Assert.Equal(written.Provenance with { AlsoStatedIn = null }, read.Provenance with { AlsoStatedIn = null });
        Assert.Equal([text], read.Provenance.AlsoStatedIn!);
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

    internal static Observation Row(string period, long value, string quote) => Observation.Of(
        new Figure { Country = "BIH", Indicator = "arrivals", Measure = "month", Period = period, Value = value, Page = 2, Quote = quote },
        "unhcr-bih-operational-update",
        new Uri("https://reliefweb.int/attachments/x/oct.pdf"),
        Sha,
        "1.0.0",
        new DateTimeOffset(2022, 11, 26, 5, 15, 0, TimeSpan.Zero),
        new DateOnly(2022, 11, 25));
}
