using System.Text;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Pipeline.Discovery;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Sources;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Pipeline.Tests.Sources;

[Collection(AzuriteCollection.Name)]
public sealed class InstatAlbSourceTests(AzuriteServer azurite) : SnapshotSourceTests<PxWebTable>(azurite, Id)
{
    private const string Id = "instat-alb";

    private static readonly string EarlierRelease = RepoRoot.Combine("seeds", "releases", "instat-alb", "2024-07-04");

    protected override int ExpectedParsed => 1;

    protected override string? ExpectedLatestPeriod => "2024-12";

    [Fact]
    public async Task Run_EarlierReleaseThenTheSnapshot_KeepsBothReleasesWithTheirDates()
    {
        var prefix = AzuriteServer.NewPrefix();
        await using (var earlier = PipelineHarness.Create(Azurite, prefix, new Dictionary<string, string?> { ["Fetch:SnapshotPath"] = EarlierRelease }))
        {
            var ingest = earlier.GetRequiredService<IngestService>();
            Assert.Equal(1, (await ingest.RunAsync(ingest.Find(Id)!, CancellationToken.None)).Parsed);
        }

        await using var services = PipelineHarness.Create(Azurite, prefix);
        var later = services.GetRequiredService<IngestService>();
        var summary = await later.RunAsync(later.Find(Id)!, CancellationToken.None);

        // The same address answers with new bytes (a POST is never conditional): parsed again, the old rows kept.
        Assert.Equal((RunOutcome.Succeeded, 1, 1), (summary.Outcome, summary.Fetched, summary.Parsed));
        var storage = services.GetRequiredService<StorageClients>();
        var stored = await StoredFigures.LinesAsync(storage, Id);
        var expected = ExpectedFigures.LoadFile(Path.Combine(EarlierRelease, "expected.json")).Concat(ExpectedFigures.Load(Id));
        Assert.Equal(StoredFigures.Expected(expected).Order(StringComparer.Ordinal), stored);
        var published = new List<string?>();
        await foreach (var e in storage.Observations.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"SourceId eq {Id} and Period eq '2023'")))
        {
            published.Add(e.GetString("Published"));
        }

        Assert.Equal(["2024-07-04", "2025-07-04"], published.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FindTable_ListedTable_IsPostedWithTheQueryAndDatedByItsUpdate()
    {
        var document = Discovery.FindTable(Listing("""
            [{"id":"MIM6.px","type":"t","text":"Të huajt me leje qëndrimi sipas kontinentit","updated":"2024-08-23T10:00:00"},
             {"id":"AZIL01.px","type":"t","text":"Azilkërkuesit sipas muajit, 2017-2024","updated":"2025-07-04T10:00:00"}]
            """));

        Assert.Equal("https://databaza.instat.gov.al:8083/pxweb/api/v1/sq/DST/START/MIG/AZIL01.px", document.Url.AbsoluteUri);
        Assert.Equal(new DateOnly(2025, 7, 4), document.Published);
        Assert.Equal(("ALB", "Azilkërkuesit sipas muajit, 2017-2024"), (document.Country.Code, document.Title));
        Assert.Same(Discovery.Query, document.Body);
        Assert.Contains("\"json-stat2\"", document.Body!.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void FindTable_TableRenumbered_TheOneTitledAsylumSeekersIsTaken()
    {
        var document = Discovery.FindTable(Listing("""
            [{"id":"MIG","type":"l","text":"Azilkërkuesit (dosje)"},
             {"id":"AZK02.px","type":"t","text":"Azilkërkuesit sipas muajit, 2017-2025","updated":"2026-07-03T10:00:00"},
             {"id":"SHT01.px","type":"t","text":"Fitimi dhe lënia e shtetësisë shqiptare","updated":"2026-07-03T10:00:00"}]
            """));

        Assert.EndsWith("/START/MIG/AZK02.px", document.Url.AbsoluteUri, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[{"id":"SHT01.px","type":"t","text":"Fitimi dhe lënia e shtetësisë shqiptare"}]""")]
    [InlineData("""[{"id":"A.px","type":"t","text":"Azilkërkuesit sipas muajit"},{"id":"B.px","type":"t","text":"Azilkërkuesit sipas shtetësisë"}]""")]
    [InlineData("""{"error":"Not found"}""")]
    [InlineData("<html>500</html>")]
    public void FindTable_NoSingleAsylumSeekersTable_FailsDiscovery(string listing)
    {
        Assert.Throws<DiscoveryException>(() => Discovery.FindTable(Listing(listing)));
    }

    private static ReadOnlyMemory<byte> Listing(string json) => Encoding.UTF8.GetBytes(json);
}
