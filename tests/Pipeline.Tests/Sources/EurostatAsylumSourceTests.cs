using MigrationFeeds.Pipeline.Sources;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Pipeline.Tests.Sources;

[Collection(AzuriteCollection.Name)]
public sealed class EurostatAsylumSourceTests(AzuriteServer azurite) : SnapshotSourceTests<FixedRequests>(azurite, Id)
{
    private const string Id = "eurostat-asylum";

    protected override int ExpectedParsed => 2;

    [Fact]
    public void Discovery_AsksForTheTotalCellsOfTheFiveGeos()
    {
        var url = Discovery.Documents[1].Url;

        Assert.Equal(
            "https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/migr_asyappctzm?format=JSON&lang=EN&unit=PER&citizen=TOTAL&sex=T&age=TOTAL&applicant=FRST&geo=ME&geo=RS&geo=MK&geo=AL&geo=BA&sinceTimePeriod=2024-01",
            url.AbsoluteUri);
    }
}
