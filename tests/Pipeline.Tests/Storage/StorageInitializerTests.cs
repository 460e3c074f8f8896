using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Pipeline.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class StorageInitializerTests(AzuriteServer azurite)
{
    [Fact]
    public async Task HostedServices_Start_CreateEveryTableAndTheContainer()
    {
        await using var services = PipelineHarness.Create(azurite);
        var storage = services.GetRequiredService<StorageClients>();
        Assert.False(await storage.Raw.ExistsAsync());

        var initializer = Assert.Single(services.GetServices<IHostedService>().OfType<StorageInitializer>());
        await initializer.StartAsync(CancellationToken.None);
        await initializer.ExecuteTask!;

        Assert.True(await storage.Raw.ExistsAsync());
        foreach (var table in Tables(storage))
        {
            Assert.Equal(1, await storage.Tables.QueryAsync(TableClient.CreateQueryFilter($"TableName eq {table.Name}")).CountAsync());
        }
    }

    [Fact]
    public async Task UseAsync_TableDeletedAfterStart_CreatesItAgainAndRunsTheOperation()
    {
        await using var services = PipelineHarness.Create(azurite);
        var storage = services.GetRequiredService<StorageClients>();
        Assert.True(await services.GetRequiredService<StorageInitializer>().TryCreateAsync(CancellationToken.None));
        await storage.Runs.DeleteAsync();

        await storage.UseAsync(() => storage.Runs.AddEntityAsync(new TableEntity("p", "r")), CancellationToken.None);

        Assert.Equal(1, await storage.Runs.QueryAsync<TableEntity>().CountAsync());
    }

    [Fact]
    public async Task TryCreate_StorageUnreachable_ReturnsFalseInsteadOfFailingTheStart()
    {
        // Nothing listens on the discard port of loopback: every request is refused at once.
        var closed = azurite.ConnectionString
            .Replace(FormattableString.Invariant($":{azurite.TablePort}/"), ":9/", StringComparison.Ordinal)
            .Replace(FormattableString.Invariant($":{azurite.BlobPort}/"), ":9/", StringComparison.Ordinal);
        await using var services = PipelineHarness.Create(azurite, settings: new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = closed,
            ["Storage:MaxRetries"] = "0",
            ["Storage:NetworkTimeoutSeconds"] = "2",
        });

        Assert.False(await services.GetRequiredService<StorageInitializer>().TryCreateAsync(CancellationToken.None));
    }

    private static TableClient[] Tables(StorageClients s) => [s.Observations, s.Documents, s.Runs, s.Series, s.SeriesVersion, s.Reviews, s.FailedDocuments];
}
