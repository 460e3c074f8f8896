using MigrationFeeds.Pipeline.Sources;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Pipeline.Tests.Sources;

[Collection(AzuriteCollection.Name)]
public sealed class UnhcrRefugeeStatisticsSourceTests(AzuriteServer azurite) : SnapshotSourceTests(azurite, Id)
{
    private const string Id = UnhcrRefugeeStatisticsSource.SourceId;

    protected override int ExpectedParsed => 4;

    [Fact]
    public async Task Discover_OneRequestPerCountryAndNoneForSerbiaWithKosovo()
    {
        var documents = await new UnhcrRefugeeStatisticsSource().DiscoverAsync(CancellationToken.None);

        Assert.Equal(["ALB", "BIH", "MKD", "MNE"], documents.Select(d => d.Country));
        Assert.Equal(
            "https://api.unhcr.org/population/v1/asylum-applications/?cf_type=ISO&coa=BIH&yearFrom=2015&limit=1000&page=1",
            documents[1].Url.AbsoluteUri);
    }
}
