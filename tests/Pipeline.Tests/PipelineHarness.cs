using MigrationFeeds.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MigrationFeeds.Pipeline.Tests;

/// <summary>The pipeline's real services over a real Azurite, with tables and container of this test's own.</summary>
internal static class PipelineHarness
{
    public static string SnapshotPath => RepoRoot.Combine("seeds", "snapshot");

    public static ServiceProvider Create(AzuriteServer azurite, string? prefix = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:NamePrefix"] = prefix ?? AzuriteServer.NewPrefix(),
            ["Fetch:Mode"] = "Offline",
            ["Fetch:SnapshotPath"] = SnapshotPath,
            ["Fetch:AttemptTimeoutSeconds"] = "5",
            ["ReliefWeb:AppName"] = "migrationfeeds-tests",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            values[k] = v;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddMigrationFeeds(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
