using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Discovery;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Query;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.Pipeline.Tests.Sources;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Pipeline.Tests.Ingestion;

/// <summary>
/// The report text a ReliefWeb listing carries, read beside the report's PDF (the BiH operational update). The tests
/// of a clean first run assert on the collection's one run of the family (<see cref="SnapshotRuns"/>).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReportTextTests(AzuriteServer azurite, SnapshotRuns runs)
{
    private const string Family = "unhcr-bih-operational-update";
    private const string Pdf = "https://reliefweb.int/attachments/4e6b34bd-3b02-5a6d-8691-f5dcc2d7cf7a/UNHCR_BiH_Operational_Update_December_2022.pdf";
    private const string Page = "https://reliefweb.int/report/bosnia-and-herzegovina/bosnia-and-herzegovina-operational-update-december-2022";

    [Fact]
    public async Task Run_FigureTheTextAndThePdfState_IsOneObservationServedWithBothProvenances()
    {
        var services = (await runs.OfAsync(azurite, Family)).Services;

        var storage = services.GetRequiredService<StorageClients>();
        var rows = await storage.Observations.QueryAsync<TableEntity>(TableClient.CreateQueryFilter(
            $"PartitionKey eq {"BIH|arrivals"} and Period eq {"2022-12"} and Measure eq {"month"}")).ToListAsync();
        var row = Assert.Single(rows);
        Assert.Equal(Pdf, row.GetString("DocumentUrl"));
        var (request, _) = SeriesRequest.Create("arrivals", "BIH", "2022-12", "2022-12", source: Family);
        var point = Assert.Single((await services.GetRequiredService<SeriesQuery>().GetAsync(request!, CancellationToken.None)).Points);
        Assert.Equal(Pdf, point.Provenance!.DocumentUrl);
        var text = Assert.Single(point.Provenance.AlsoStatedIn!);
        Assert.Equal(Page, text.DocumentUrl);
        Assert.Equal(1689, text.Value);
        Assert.StartsWith("The authorities registered 1,689 new arrivals in December", text.Quote, StringComparison.Ordinal);
        Assert.NotEqual(point.Provenance.DocumentSha256, text.DocumentSha256);
    }

    [Fact]
    public async Task Run_FigureOnlyTheTextStates_IsAnObservationOfTheText()
    {
        var snapshot = SnapshotCopy.Create();
        AddToText(snapshot, Page, "<p>In 2022, 26,432 persons expressed an intention to seek asylum with the SFA.</p>");
        await using var services = PipelineHarness.Create(azurite, settings: new Dictionary<string, string?> { ["Fetch:SnapshotPath"] = snapshot.Folder });
        var ingest = services.GetRequiredService<IngestService>();

        var summary = await ingest.RunAsync(ingest.Find(Family)!, CancellationToken.None);

        Assert.Equal(RunOutcome.Succeeded, summary.Outcome);
        var storage = services.GetRequiredService<StorageClients>();
        var own = await storage.Observations.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"DocumentUrl eq {Page}")).ToListAsync();
        var row = Assert.Single(own);
        Assert.Equal(("asylum_intentions", "year", "2022", 26432L), (row.GetString("Indicator"), row.GetString("Measure"), row.GetString("Period"), row.GetInt64("Value")));
        Assert.Null(row.GetString("AlsoStatedIn"));
    }

    [Fact]
    public async Task Run_TextChanged_ItsProvenanceFollowsTheNewTextAndThePdfIsNotParsedAgain()
    {
        var prefix = AzuriteServer.NewPrefix();
        await using (var first = PipelineHarness.Create(azurite, prefix))
        {
            var ingest = first.GetRequiredService<IngestService>();
            await ingest.RunAsync(ingest.Find(Family)!, CancellationToken.None);
        }

        // The text no longer states December's arrivals: the PDF's figure keeps one provenance, its own.
        var snapshot = SnapshotCopy.Create();
        EditText(snapshot, Page, html => html.Replace("The authorities registered 1,689 new arrivals in December, a 50% decrease compared to November (3,412); 29 of them were UASC.", "", StringComparison.Ordinal));
        await using var services = PipelineHarness.Create(azurite, prefix, new Dictionary<string, string?> { ["Fetch:SnapshotPath"] = snapshot.Folder });
        var again = services.GetRequiredService<IngestService>();

        var summary = await again.RunAsync(again.Find(Family)!, CancellationToken.None);

        Assert.Equal(1, summary.Parsed);
        var storage = services.GetRequiredService<StorageClients>();
        var december = await storage.Observations.QueryAsync<TableEntity>(TableClient.CreateQueryFilter(
            $"PartitionKey eq {"BIH|arrivals"} and Period eq {"2022-12"} and Measure eq {"month"}")).ToListAsync();
        Assert.Null(Assert.Single(december).GetString("AlsoStatedIn"));
        var cumulative = await storage.Observations.QueryAsync<TableEntity>(TableClient.CreateQueryFilter(
            $"PartitionKey eq {"BIH|arrivals"} and Period eq {"2018-01/2022-12"}")).ToListAsync();
        Assert.Contains(Page, Assert.Single(cumulative).GetString("AlsoStatedIn"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_FirstIngest_WritesEveryRowOnce()
    {
        var run = await runs.OfAsync(azurite, Family);
        var summary = run.Summary;

        // A PDF's rows are written once, already carrying its text's provenance, not first plain and then again.
        var storage = run.Storage;
        var rows = await storage.Observations.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"SourceId eq {Family}")).ToListAsync();
        Assert.Equal(rows.Count, summary.ObservationsWritten);
        var report = ExpectedFigures.Load(Family).Where(d => d.Url is Pdf or Page).ToList();
        Assert.Equal(report[0].Figures.Count, rows.Count(r => r.GetString("DocumentUrl") == Pdf));
        Assert.Equal(rows.Count(r => r.GetString("DocumentUrl") == Pdf && r.GetString("AlsoStatedIn") is { } also && also.Contains(Page, StringComparison.Ordinal))
                     + rows.Count(r => r.GetString("DocumentUrl") == Page), report[1].Figures.Count);
    }

    [Fact]
    public async Task Retry_OfAFailedPdf_MergesItsTextAgain_IntoTheRowsACleanRunWrites()
    {
        var clean = await KeysAsync((await runs.OfAsync(azurite, Family)).Storage);
        var snapshot = SnapshotCopy.Create();
        snapshot.Remove(u => u == Pdf);
        var prefix = AzuriteServer.NewPrefix();
        await using (var first = PipelineHarness.Create(azurite, prefix, new Dictionary<string, string?> { ["Fetch:SnapshotPath"] = snapshot.Folder }))
        {
            var ingest = first.GetRequiredService<IngestService>();
            Assert.Equal(1, (await ingest.RunAsync(ingest.Find(Family)!, CancellationToken.None)).Failed);
        }

        // Only the PDF is tried again, as the retry step does: the text was stored on its own while the PDF was missing.
        await using var healed = PipelineHarness.Create(azurite, prefix);
        var retry = healed.GetRequiredService<IngestService>();
        var pdf = new DiscoveredDocument { Url = new Uri(Pdf), Role = DocumentRole.Primary, Country = CountryCode.BosniaAndHerzegovina };
        var summary = await retry.RetryAsync(retry.Find(Family)!, [pdf], CancellationToken.None);

        Assert.Equal(RunOutcome.Succeeded, summary.Outcome);
        var storage = healed.GetRequiredService<StorageClients>();
        var december = await storage.Observations.QueryAsync<TableEntity>(TableClient.CreateQueryFilter(
            $"PartitionKey eq {"BIH|arrivals"} and Period eq {"2022-12"} and Measure eq {"month"}")).ToListAsync();
        var row = Assert.Single(december);
        Assert.Equal(Pdf, row.GetString("DocumentUrl"));
        Assert.Contains(Page, row.GetString("AlsoStatedIn"), StringComparison.Ordinal);
        Assert.Equal(StoredFigures.Expected(Family), await StoredFigures.LinesAsync(storage, Family));
        Assert.Equal(clean, await KeysAsync(storage));
    }

    [Fact]
    public async Task Run_FromScratchTwice_WritesTheSameKeys_AndAReparseKeepsThem()
    {
        var prefix = AzuriteServer.NewPrefix();
        var once = await KeysAsync((await runs.OfAsync(azurite, Family)).Storage);
        var again = await KeysAsync(PipelineHarness.Create(azurite, prefix), run: i => i.RunAsync(i.Find(Family)!, CancellationToken.None));
        var reparsed = await KeysAsync(PipelineHarness.Create(azurite, prefix), run: i => i.ReparseAsync(i.Find(Family)!, CancellationToken.None));

        Assert.Equal(once, again);
        Assert.Equal(once, reparsed);
    }

    /// <summary>
    /// Every observation row's keys with what it says and where (documents, value, second provenances' documents), after
    /// an optional run: what two runs that write the same rows agree on, whatever their retrieval times.
    /// </summary>
    private static async Task<IReadOnlyList<string>> KeysAsync(ServiceProvider services, Func<IngestService, Task<SourceRunSummary>>? run = null)
    {
        await using (services)
        {
            if (run is not null)
            {
                await run(services.GetRequiredService<IngestService>());
            }

            return await KeysAsync(services.GetRequiredService<StorageClients>());
        }
    }

    private static async Task<IReadOnlyList<string>> KeysAsync(StorageClients storage)
    {
        var rows = await storage.Observations.QueryAsync<TableEntity>().ToListAsync();
        return [.. rows.Select(r => string.Join(' ', r.PartitionKey, r.RowKey, r.GetString("DocumentUrl"), r.GetInt64("Value"), r.GetString("Quote"),
                string.Join(',', (JsonNode.Parse(r.GetString("AlsoStatedIn") ?? "[]")!.AsArray()).Select(a => (string?)a!["documentUrl"] + "#" + (string?)a["quote"]))))
            .Order(StringComparer.Ordinal)];
    }

    private static void AddToText(SnapshotCopy snapshot, string page, string paragraph) =>
        EditText(snapshot, page, html => html + "\n" + paragraph);

    private static void EditText(SnapshotCopy snapshot, string page, Func<string, string> edit) =>
        snapshot.EditReportTexts((url, html) => url == page ? edit(html) : html);
}
