using System.Text;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Query;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Pipeline.Tests.Ingestion;

[Collection(AzuriteCollection.Name)]
public sealed class IngestServiceTests(AzuriteServer azurite)
{
    private const string Family = "unhcr-bih-operational-update";

    [Fact]
    public async Task Run_Snapshot_StoresEveryMonthWithProvenance()
    {
        await using var services = PipelineHarness.Create(azurite);
        var ingest = services.GetRequiredService<IngestService>();

        var summary = await ingest.RunAsync(ingest.Find(Family)!, CancellationToken.None);

        var expectedDocuments = ExpectedFigures.Load(Family);
        Assert.Equal(RunOutcome.Succeeded, summary.Outcome);
        Assert.Equal(expectedDocuments.Count, summary.Parsed);
        Assert.Equal(0, summary.Failed);
        Assert.True(summary.ObservationsWritten >= expectedDocuments.Sum(d => d.Figures.Count));

        foreach (var (indicator, measure) in new[] { ("arrivals", "month"), ("asylum_intentions", "month"), ("accommodated", "stock") })
        {
            var expected = ExpectedFigures.Series(Family, indicator, measure);
            var (request, _) = SeriesRequest.Create(indicator, "BIH", expected.Keys.Min(), expected.Keys.Max());
            var series = await services.GetRequiredService<SeriesQuery>().GetAsync(request!, CancellationToken.None);
            Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), series.Points.Select(p => p.Period));
            foreach (var point in series.Points)
            {
                Assert.Equal(expected[point.Period].Value, (long?)point.Value);
                Assert.Equal(expected[point.Period].Url, point.Provenance!.DocumentUrl);
                Assert.NotEmpty(point.Provenance.Quote);
            }
        }
    }

    [Fact]
    public async Task Run_SecondTimeOnSameSnapshot_WritesNothingNew()
    {
        await using var services = PipelineHarness.Create(azurite);
        var ingest = services.GetRequiredService<IngestService>();
        var source = ingest.Find(Family)!;
        var storage = services.GetRequiredService<StorageClients>();

        var first = await ingest.RunAsync(source, CancellationToken.None);
        var before = await Dump(storage);
        var second = await ingest.RunAsync(source, CancellationToken.None);
        var after = await Dump(storage);

        Assert.True(first.ObservationsWritten > 0);
        Assert.Equal(0, second.ObservationsWritten);
        Assert.Equal(0, second.Parsed);
        Assert.Equal(second.Discovered, second.NotModified);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Run_DocumentThatIsNotAPdf_IsArchivedAndRecordedWithoutFigures()
    {
        var snapshot = SnapshotCopy.Create();
        var broken = ExpectedFigures.Load(Family)[3].Url;
        var errorPage = Encoding.UTF8.GetBytes("<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>");
        snapshot.Replace(broken, errorPage, "application/pdf");
        await using var services = PipelineHarness.Create(azurite, settings: new Dictionary<string, string?> { ["Fetch:SnapshotPath"] = snapshot.Folder });
        var ingest = services.GetRequiredService<IngestService>();

        var summary = await ingest.RunAsync(ingest.Find(Family)!, CancellationToken.None);

        Assert.Equal(RunOutcome.Partial, summary.Outcome);
        Assert.Equal(1, summary.Failed);
        Assert.Contains(summary.Errors, e => e.Contains(broken, StringComparison.Ordinal));
        var state = await services.GetRequiredService<DocumentStore>().GetAsync(Family, new Uri(broken), CancellationToken.None);
        Assert.Equal(DocumentStatus.Failed, state!.Status);
        Assert.NotEmpty(state.Issues);
        Assert.Equal(errorPage, (await services.GetRequiredService<RawArchive>().GetAsync(state.Sha256, CancellationToken.None))!.ToArray());
        var storage = services.GetRequiredService<StorageClients>();
        var fromBroken = storage.Observations.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"DocumentSha256 eq {state.Sha256}"));
        Assert.Empty(await fromBroken.ToListAsync());
        Assert.Equal(ExpectedFigures.Load(Family).Count - 1, summary.Parsed);
    }

    [Fact]
    public async Task Run_AfterFailure_RetriesTheFailedDocumentOnly()
    {
        var snapshot = SnapshotCopy.Create();
        var flaky = ExpectedFigures.Load(Family)[0].Url;
        snapshot.Remove(u => u == flaky);
        var prefix = AzuriteServer.NewPrefix();
        await using var services = PipelineHarness.Create(azurite, prefix, settings: new Dictionary<string, string?>
        {
            ["Fetch:SnapshotPath"] = snapshot.Folder,
            ["Fetch:RetryBaseDelaySeconds"] = "0.01",
        });
        var ingest = services.GetRequiredService<IngestService>();
        var first = await ingest.RunAsync(ingest.Find(Family)!, CancellationToken.None);

        await using var healed = PipelineHarness.Create(azurite, prefix);
        var healedIngest = healed.GetRequiredService<IngestService>();
        var second = await healedIngest.RunAsync(healedIngest.Find(Family)!, CancellationToken.None);

        Assert.Equal(1, first.Failed);
        Assert.Equal(RunOutcome.Succeeded, second.Outcome);
        Assert.Equal(1, second.Parsed);
        Assert.Equal(second.Discovered - 1, second.NotModified);
    }

    [Fact]
    public async Task Run_ListingUnavailable_FailsTheSourceAndRecordsTheRun()
    {
        var snapshot = SnapshotCopy.Create();
        snapshot.Remove(u => u.StartsWith("https://api.reliefweb.int/", StringComparison.Ordinal));
        await using var services = PipelineHarness.Create(azurite, settings: new Dictionary<string, string?>
        {
            ["Fetch:SnapshotPath"] = snapshot.Folder,
            ["Fetch:RetryBaseDelaySeconds"] = "0.01",
        });
        var ingest = services.GetRequiredService<IngestService>();

        var summary = await ingest.RunAsync(ingest.Find(Family)!, CancellationToken.None);

        Assert.Equal(RunOutcome.Failed, summary.Outcome);
        Assert.DoesNotContain("migrationfeeds-tests", string.Join(" ", summary.Errors), StringComparison.Ordinal);
        var runs = await services.GetRequiredService<RunStore>().LatestAsync(Family, 5, CancellationToken.None);
        Assert.Equal(RunOutcome.Failed, Assert.Single(runs).Outcome);
    }

    /// <summary>Every row of the data tables with its ETag, and every blob: any write would change it.</summary>
    private static async Task<string> Dump(StorageClients storage)
    {
        var text = new StringBuilder();
        foreach (var table in new[] { storage.Observations, storage.Documents })
        {
            await foreach (var e in table.QueryAsync<TableEntity>())
            {
                text.Append(table.Name).Append(' ').Append(e.PartitionKey).Append(' ').Append(e.RowKey).Append(' ').Append(e.ETag).Append('\n');
            }
        }

        await foreach (var blob in storage.Raw.GetBlobsAsync())
        {
            text.Append(blob.Name).Append(' ').Append(blob.Properties.ETag).Append('\n');
        }

        return text.ToString();
    }
}
