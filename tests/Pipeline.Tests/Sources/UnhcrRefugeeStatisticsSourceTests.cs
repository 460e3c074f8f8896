using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Sources;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Pipeline.Tests.Sources;

[Collection(AzuriteCollection.Name)]
public sealed class UnhcrRefugeeStatisticsSourceTests(AzuriteServer azurite)
{
    private const string Id = UnhcrRefugeeStatisticsSource.SourceId;

    [Fact]
    public async Task Run_Snapshot_StoresTheYearlyApplicationsOfTheExpectedFile()
    {
        var (summary, stored) = await StoredFigures.RunSnapshotAsync(azurite, Id);

        Assert.Equal(RunOutcome.Succeeded, summary.Outcome);
        Assert.Equal(4, summary.Parsed);
        Assert.Equal(StoredFigures.Expected(Id), stored);
    }

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
