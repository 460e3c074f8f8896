using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Query;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Tests.Ingestion;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Pipeline.Tests.Series;

/// <summary>
/// The checks on the recorded snapshot: BiH's monthly arrivals as the snapshot gives them, and again with two of its
/// documents replaced by one-page copies that state their month's arrivals wrongly, as a misreading would: one with a
/// digit dropped, one with the year's total where the month belongs. The snapshot as it is is the collection's one run
/// of the family (<see cref="SnapshotRuns"/>).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PlantedFaultTests(AzuriteServer azurite, SnapshotRuns runs)
{
    private const string Family = "unhcr-bih-operational-update";

    [Fact]
    public async Task Snapshot_WithADroppedDigitAndAYearTotalInAMonth_FlagsBothMonths_AndNotWithoutThem()
    {
        // The PDFs: each report's text, which states the right figure, stays as it is.
        var documents = ExpectedFigures.Fetched(Family);
        var (droppedDoc, droppedMonth, droppedValue) = MonthOf(documents[^1]);
        var (yearDoc, yearMonth, _) = MonthOf(documents[^2]);
        var months = ExpectedFigures.Series(Family, "arrivals", "month");
        var yearTotal = months.Where(m => m.Key.StartsWith(yearMonth[..4], StringComparison.Ordinal)).Sum(m => m.Value.Value ?? 0);
        var planted = droppedValue / 10;

        var clean = await ArrivalsAsync((await runs.OfAsync(azurite, Family)).Services);

        // Their texts go too: a later report's text states the month again, rightly, and would be the current word.
        var snapshot = SnapshotCopy.Create();
        snapshot.EditReportTexts((_, text) => "");
        snapshot.Replace(droppedDoc.Url, SnapshotCopy.OnePagePdf($"In {MonthName(droppedMonth)}, {planted:N0} refugees and migrants arrived irregularly in BiH."), "application/pdf");
        snapshot.Replace(yearDoc.Url, SnapshotCopy.OnePagePdf($"In {MonthName(yearMonth)}, {yearTotal:N0} refugees and migrants arrived irregularly in BiH."), "application/pdf");
        await using var services = PipelineHarness.Create(azurite, settings: new Dictionary<string, string?> { ["Fetch:SnapshotPath"] = snapshot.Folder });
        var ingest = services.GetRequiredService<IngestService>();
        await ingest.RunAsync(ingest.Find(Family)!, CancellationToken.None);
        var faulty = await ArrivalsAsync(services);

        Assert.Empty(clean.Single(p => p.Period.ToString() == droppedMonth).Flags);
        Assert.Empty(clean.Single(p => p.Period.ToString() == yearMonth).Flags);

        var dropped = faulty.Single(p => p.Period.ToString() == droppedMonth);
        Assert.Equal(planted, dropped.Value);
        Assert.Equal(droppedDoc.Url, dropped.Provenance!.DocumentUrl);
        Assert.Contains(dropped.Flags, f => f.Code == SeriesChecks.Outlier);

        var year = faulty.Single(p => p.Period.ToString() == yearMonth);
        Assert.Equal(yearTotal, year.Value);
        Assert.Contains(year.Flags, f => f.Code == SeriesChecks.Outlier);
        Assert.All(faulty.SelectMany(p => p.Flags), f => Assert.All(f.Compared, c => Assert.NotEmpty(c.DocumentUrl)));
    }

    private static async Task<IReadOnlyList<SeriesPoint>> ArrivalsAsync(IServiceProvider services)
    {
        var (request, _) = SeriesRequest.Create("arrivals", "BIH", "2018-01", "2030-12");
        return (await services.GetRequiredService<SeriesQuery>().GetAsync(request!, CancellationToken.None)).Points;
    }

    /// <summary>The month a monthly update reports on: the latest month whose arrivals it states.</summary>
    private static (ExpectedFigures.Document Document, string Month, long Value) MonthOf(ExpectedFigures.Document document)
    {
        var figure = document.Figures
            .Where(f => f.Site is null && f.Indicator == "arrivals" && f.Measure == "month" && f.Value is not null)
            .MaxBy(f => f.Period, StringComparer.Ordinal)!;
        return (document, figure.Period, figure.Value!.Value);
    }

    private static string MonthName(string month) =>
        DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}
