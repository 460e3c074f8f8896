using MigrationFeeds.Pipeline.Sources;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Pipeline.Tests.Sources;

[Collection(AzuriteCollection.Name)]
public sealed class UnhcrRefugeeStatisticsSourceTests(AzuriteServer azurite) : SnapshotSourceTests<FixedRequests>(azurite, Id)
{
    private const string Id = "unhcr-refugee-statistics";

    protected override int ExpectedParsed => 4;

    [Fact]
    public void Discovery_OneRequestPerCountryAndNoneForSerbiaWithKosovo()
    {
        var documents = Discovery.Documents;

        Assert.Equal(["ALB", "BIH", "MKD", "MNE"], documents.Select(d => d.Country.Code));
        Assert.Equal(
            "https://api.unhcr.org/population/v1/asylum-applications/?cf_type=ISO&coa=BIH&yearFrom=2015&limit=1000&page=1",
            documents[1].Url.AbsoluteUri);
    }
}
