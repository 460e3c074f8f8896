using System.Text;
using MigrationFeeds.Pipeline.Sources;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Pipeline.Tests.Sources;

[Collection(AzuriteCollection.Name)]
public sealed class UnhcrOdpSourceTests(AzuriteServer azurite) : SnapshotSourceTests<OdpMonthlyWindows>(azurite, Id)
{
    private const string Id = "unhcr-odp";

    protected override int ExpectedParsed => ExpectedFigures.Load(Id).Count;

    protected override string? ExpectedLatestPeriod => "2023-03";

    [Fact]
    public async Task Run_Snapshot_GivesKosovoASeriesOfItsOwn()
    {
        var (_, stored) = await StoredFigures.RunSnapshotAsync(Azurite, Id);

        // Kosovo's rows: its first month apart from Serbia, and the month it is renamed and sent as a number.
        var kosovo = stored.Where(l => l.Split(' ')[1] == "XKX").ToList();
        Assert.Equal(2, kosovo.Count);
        Assert.All(kosovo, l => Assert.Contains(" arrivals month ", l, StringComparison.Ordinal));
        Assert.Contains(kosovo, l => l.Contains(" 2022-04 ", StringComparison.Ordinal));
        Assert.Contains(kosovo, l => l.Contains(" 2022-10 ", StringComparison.Ordinal));
    }

    [Fact]
    public void LatestRecord_ListingRows_GivesTheLatestDate()
    {
        var listing = Encoding.UTF8.GetBytes("""{"data":[{"date":"2023-03-27"},{"date":"2023-03-31"},{"date":null},{"date":"31/12/2023"}]}""");

        Assert.Equal(new DateOnly(2023, 3, 31), OdpMonthlyWindows.LatestRecord(listing));
        Assert.Null(OdpMonthlyWindows.LatestRecord("""{"data":[]}"""u8));
        Assert.Null(OdpMonthlyWindows.LatestRecord("<html></html>"u8));
    }

    [Fact]
    public void MonthUri_AsksForOneCollectionWithinTheMonth()
    {
        Assert.Equal(
            "https://data.unhcr.org/population/get/sublocation?sv_id=49&population_collection=35&forcesublocation=0&fromDate=2024-02-01&toDate=2024-02-29",
            Discovery.MonthUri(35, new DateOnly(2024, 2, 17)).AbsoluteUri);
        Assert.Equal(
            "https://data.unhcr.org/population/get/sublocation?sv_id=49&population_collection=35,36&forcesublocation=0&fromDate=1900-01-01",
            Discovery.ListingUri().AbsoluteUri);
    }
}
