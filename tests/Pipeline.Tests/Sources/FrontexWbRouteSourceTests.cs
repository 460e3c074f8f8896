using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Sources;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Pipeline.Tests.Sources;

[Collection(AzuriteCollection.Name)]
public sealed class FrontexWbRouteSourceTests(AzuriteServer azurite)
{
    private const string Id = FrontexWbRouteSource.SourceId;

    [Fact]
    public async Task Run_Snapshot_StoresTheRouteMonthlyTotalsOfTheExpectedFile()
    {
        var (summary, stored) = await StoredFigures.RunSnapshotAsync(azurite, Id);

        Assert.Equal(RunOutcome.Succeeded, summary.Outcome);
        Assert.Equal(1, summary.Parsed);
        Assert.Equal("2025-04", summary.LatestPeriod);
        Assert.Equal(StoredFigures.Expected(Id), stored);
    }

    [Fact]
    public void FindWorkbook_RelativeLinkOnThePage_IsResolvedWithItsReleaseDate()
    {
        const string html = "<a href=\"/assets/Migratory_routes/2024/Monthly_detections_of_IBC_2024_01_05.xlsx\">Download</a>";

        var document = FrontexWbRouteSource.FindWorkbook(html, FrontexWbRouteSource.MapPage)!;

        Assert.Equal("https://www.frontex.europa.eu/assets/Migratory_routes/2024/Monthly_detections_of_IBC_2024_01_05.xlsx", document.Url.AbsoluteUri);
        Assert.Equal(new DateOnly(2024, 1, 5), document.Published);
        Assert.Equal("WB6", document.Country);
    }

    [Fact]
    public void FindWorkbook_PageWithoutTheWorkbook_FindsNothing()
    {
        Assert.Null(FrontexWbRouteSource.FindWorkbook("<a href=\"/assets/report.pdf\">Annual report</a>", FrontexWbRouteSource.MapPage));
    }
}
