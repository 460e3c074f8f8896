using System.Text;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Query;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.Pipeline.Tests.Sources;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Pipeline.Tests.Ingestion;

/// <summary>
/// Runs of the BiH operational update. The tests of a clean first run, and the one that runs it a second time, assert
/// on the collection's one run of the family (<see cref="SnapshotRuns"/>); the others make runs of their own.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class IngestServiceTests(AzuriteServer azurite, SnapshotRuns runs)
{
    private const string Family = "unhcr-bih-operational-update";

    [Fact]
    public async Task Run_Snapshot_StoresEveryMonthWithProvenance()
    {
        var run = await runs.OfAsync(azurite, Family);
        var services = run.Services;

        var summary = run.Summary;

        var expectedDocuments = ExpectedFigures.Load(Family);
        Assert.Equal(RunOutcome.Succeeded, summary.Outcome);
        Assert.Equal(expectedDocuments.Count, summary.Parsed);
        Assert.Equal(0, summary.Failed);
        // A figure a report's PDF and its text both state is one row, written once.
        Assert.True(summary.ObservationsWritten >= ExpectedFigures.Fetched(Family).Sum(d => d.Figures.Count));

        foreach (var (indicator, measure) in new[] { ("arrivals", "month"), ("asylum_intentions", "month"), ("accommodated", "stock") })
        {
            var expected = ExpectedFigures.Series(Family, indicator, measure);
            var (request, _) = SeriesRequest.Create(indicator, "BIH", expected.Keys.Min(), expected.Keys.Max());
            var series = await services.GetRequiredService<SeriesQuery>().GetAsync(request!, CancellationToken.None);
            Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), series.Points.Select(p => p.Period.ToString()));
            foreach (var point in series.Points)
            {
                Assert.Equal(expected[point.Period.ToString()].Value, (long?)point.Value);
                Assert.Equal(expected[point.Period.ToString()].Url, point.Provenance!.DocumentUrl);
                Assert.NotEmpty(point.Provenance.Quote);
            }
        }
    }

    [Fact]
    public async Task Run_SecondTimeOnSameSnapshot_WritesNothingNew()
    {
        var run = await runs.OfAsync(azurite, Family);
        var ingest = run.Ingest;
        var source = ingest.Find(Family)!;
        var storage = run.Storage;

        var first = run.Summary;
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
        var broken = ExpectedFigures.Fetched(Family)[3].Url;
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

        // The PDF, and its report's text again: the text's figures become the PDF's second provenance.
        Assert.Equal(1, first.Failed);
        Assert.Equal(RunOutcome.Succeeded, second.Outcome);
        Assert.Equal(2, second.Parsed);
        Assert.Equal(second.Discovered - 2, second.NotModified);
        Assert.Equal(StoredFigures.Expected(Family), await StoredFigures.LinesAsync(healed.GetRequiredService<StorageClients>(), Family));
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

    [Fact]
    public async Task Run_DocumentWithFarFewerFiguresThanUsual_WarnsForTheSourceAndStoresNoZeros()
    {
        var prefix = AzuriteServer.NewPrefix();
        await using (var first = PipelineHarness.Create(azurite, prefix))
        {
            var ingest = first.GetRequiredService<IngestService>();
            await ingest.RunAsync(ingest.Find(Family)!, CancellationToken.None);
        }

        var snapshot = SnapshotCopy.Create();
        var documents = ExpectedFigures.Fetched(Family);
        snapshot.Replace(documents[^1].Url, SnapshotCopy.OnePagePdf("In December, 1,689 refugees and migrants arrived irregularly in BiH."), "application/pdf");
        snapshot.Replace(documents[^2].Url, SnapshotCopy.OnePagePdf("This month the team met partners in Sarajevo and Bihac."), "application/pdf");
        await using var services = PipelineHarness.Create(azurite, prefix, new Dictionary<string, string?> { ["Fetch:SnapshotPath"] = snapshot.Folder });
        var second = services.GetRequiredService<IngestService>();

        var summary = await second.RunAsync(second.Find(Family)!, CancellationToken.None);

        Assert.Equal(2, summary.Warnings.Count);
        Assert.Contains(summary.Warnings, w => w.Contains(documents[^1].Url, StringComparison.Ordinal) && w.Contains("usually", StringComparison.Ordinal));
        Assert.Contains(summary.Warnings, w => w.Contains(documents[^2].Url, StringComparison.Ordinal) && w.Contains("no figures", StringComparison.Ordinal));
        var runs = await services.GetRequiredService<RunStore>().LatestAsync(Family, 1, CancellationToken.None);
        Assert.Equal(2, runs[0].Warnings.Count);
        var storage = services.GetRequiredService<StorageClients>();
        var zeros = storage.Observations.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"Value eq {0L} and SourceId eq {Family}"));
        var zeroRows = await zeros.ToListAsync();
        Assert.All(zeroRows, z => Assert.Equal("uasc_arrivals", z.GetString("Indicator")));
    }

    [Fact]
    public async Task Reparse_RestoresEveryFigureFromTheArchiveWithoutFetching()
    {
        var prefix = AzuriteServer.NewPrefix();
        string before;
        await using (var first = PipelineHarness.Create(azurite, prefix))
        {
            var ingest = first.GetRequiredService<IngestService>();
            await ingest.RunAsync(ingest.Find(Family)!, CancellationToken.None);
            before = await Dump(first.GetRequiredService<StorageClients>(), withETags: false);
            var observationsTable = first.GetRequiredService<StorageClients>().Observations;
            var some = await observationsTable.QueryAsync<TableEntity>(maxPerPage: 10).Take(10).ToListAsync();
            foreach (var row in some)
            {
                await observationsTable.DeleteEntityAsync(row.PartitionKey, row.RowKey);
            }
        }

        // Nothing can be fetched now: every document URL answers 404.
        var offline = SnapshotCopy.Create();
        offline.Remove(u => !u.StartsWith("https://api.reliefweb.int/", StringComparison.Ordinal));
        await using var services = PipelineHarness.Create(azurite, prefix, new Dictionary<string, string?> { ["Fetch:SnapshotPath"] = offline.Folder });
        var reparse = services.GetRequiredService<IngestService>();

        var summary = await reparse.ReparseAsync(reparse.Find(Family)!, CancellationToken.None);

        Assert.Equal(RunOutcome.Succeeded, summary.Outcome);
        Assert.Equal(ExpectedFigures.Load(Family).Count, summary.Parsed);
        Assert.Equal(0, summary.Fetched);
        Assert.Equal(before, await Dump(services.GetRequiredService<StorageClients>(), withETags: false));
    }

    [Fact]
    public async Task Run_TwoAtOnce_OneSkipsAndNoRowIsDuplicated()
    {
        var prefix = AzuriteServer.NewPrefix();
        await using var a = PipelineHarness.Create(azurite, prefix);
        await using var b = PipelineHarness.Create(azurite, prefix);
        var ia = a.GetRequiredService<IngestService>();
        var ib = b.GetRequiredService<IngestService>();

        var runs = await Task.WhenAll(ia.RunAsync(ia.Find(Family)!, CancellationToken.None), ib.RunAsync(ib.Find(Family)!, CancellationToken.None));

        Assert.Single(runs, r => r.Outcome == RunOutcome.Skipped);
        Assert.Single(runs, r => r.Outcome == RunOutcome.Succeeded);
        Assert.Equal(StoredFigures.Expected(Family), await StoredFigures.LinesAsync(a.GetRequiredService<StorageClients>(), Family));
    }

    /// <summary>Every row of the data tables with its ETag, and every blob: any write would change it.</summary>
    private static async Task<string> Dump(StorageClients storage, bool withETags = true)
    {
        var text = new StringBuilder();
        foreach (var table in new[] { storage.Observations, storage.Documents, storage.Series })
        {
            await foreach (var e in table.QueryAsync<TableEntity>())
            {
                text.Append(table.Name).Append(' ').Append(e.PartitionKey).Append(' ').Append(e.RowKey).Append(' ');
                if (withETags)
                {
                    text.Append(e.ETag);
                }
                else
                {
                    // Contents only: every property but the service's own Timestamp.
                    foreach (var (k, v) in e.Where(p => p.Key is not ("Timestamp" or "odata.etag")).OrderBy(p => p.Key, StringComparer.Ordinal))
                    {
                        text.Append(k).Append('=').Append(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)).Append(';');
                    }
                }

                text.Append('\n');
            }
        }

        await foreach (var blob in storage.Raw.GetBlobsAsync())
        {
            text.Append(blob.Name).Append(' ').Append(blob.Properties.ETag).Append('\n');
        }

        return text.ToString();
    }
}
