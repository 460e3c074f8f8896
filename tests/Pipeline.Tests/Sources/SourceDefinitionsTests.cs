using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Pipeline.Sources;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Pipeline.Tests.Sources;

[Collection(AzuriteCollection.Name)]
public sealed class SourceDefinitionsTests(AzuriteServer azurite)
{
    [Fact]
    public void All_HaveDistinctIdsOfLowerCaseWords()
    {
        var ids = SourceDefinitions.All.Select(d => d.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(ids, id => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", id));
    }

    [Fact]
    public async Task Services_RunEveryDefinitionAsOneSource_InTheDeclaredOrder()
    {
        await using var services = PipelineHarness.Create(azurite);

        var sources = services.GetServices<ISource>().ToList();

        Assert.Equal(SourceDefinitions.All.Select(d => d.Id), sources.Select(s => s.Id));
        Assert.All(sources, s => Assert.Same(SourceDefinitions.Find(s.Id)!.Parser, s.Parser));
    }

    [Fact]
    public async Task Hosts_AreWhereTheStrategyFetchesFrom_WithAnOtherThanDefaultPort()
    {
        await using var services = PipelineHarness.Create(azurite);
        var discovery = services.GetRequiredService<DiscoveryServices>();

        Assert.Equal(["databaza.instat.gov.al:8083"], StatisticsSources.InstatAlb.Discovery.Hosts(discovery));
        Assert.Equal(["ec.europa.eu"], StatisticsSources.EurostatAsylum.Discovery.Hosts(discovery));
        Assert.Equal(["www.gov.me", "wapi.gov.me", "www.upravapolicije.com"], SourceDefinitions.Find("mne-police")!.Discovery.Hosts(discovery));
        Assert.Contains("reliefweb.int", ReliefWebSources.UnhcrBihOperationalUpdate.Discovery.Hosts(discovery));
    }

    [Fact]
    public void Snapshot_HasAFolderOfItsOwnForEverySource_AndNothingRecordedAtItsRoot()
    {
        var snapshot = RepoRoot.Combine("seeds", "snapshot");

        Assert.All(SourceDefinitions.All, d => Assert.True(File.Exists(Path.Combine(snapshot, d.Id, "index.json")), d.Id + " has no seeds/snapshot/<id>/index.json"));
        Assert.False(File.Exists(Path.Combine(snapshot, "index.json")));
        Assert.False(Directory.Exists(Path.Combine(snapshot, "files")));
    }

    [Fact]
    public void Find_IgnoresCase_AndKnowsNoOtherId()
    {
        Assert.Same(StatisticsSources.UnhcrOdp, SourceDefinitions.Find("UNHCR-ODP"));
        Assert.Null(SourceDefinitions.Find("unhcr-odp-2"));
    }
}
