using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Sources;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Pipeline.Tests.Sources;

[Collection(AzuriteCollection.Name)]
public sealed class FrontexWbRouteSourceTests(AzuriteServer azurite) : SnapshotSourceTests<LinkedFile>(azurite, Id)
{
    private const string Id = "frontex-wb-route";

    protected override int ExpectedParsed => 1;

    protected override string? ExpectedLatestPeriod => "2025-04";

    [Fact]
    public void FindWorkbook_RelativeLinkOnThePage_IsResolvedWithItsReleaseDate()
    {
        const string html = "<a href=\"/assets/Migratory_routes/2024/Monthly_detections_of_IBC_2024_01_05.xlsx\">Download</a>";

        var document = Discovery.Find(html)!;

        Assert.Equal("https://www.frontex.europa.eu/assets/Migratory_routes/2024/Monthly_detections_of_IBC_2024_01_05.xlsx", document.Url.AbsoluteUri);
        Assert.Equal(new DateOnly(2024, 1, 5), document.Published);
        Assert.Equal(CountryCode.Region, document.Country);
    }

    [Fact]
    public void FindWorkbook_PageWithoutTheWorkbook_FindsNothing()
    {
        Assert.Null(Discovery.Find("<a href=\"/assets/report.pdf\">Annual report</a>"));
    }
}
