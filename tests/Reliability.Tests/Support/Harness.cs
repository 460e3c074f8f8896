using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MigrationFeeds.Pipeline;
using MigrationFeeds.Pipeline.Fetch;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Reliability.Tests.Support;

/// <summary>The pipeline's real services over a real Azurite, fetching live from the fake upstream (or replaying the snapshot).</summary>
internal static class Harness
{
    public const string BihSource = "unhcr-bih-operational-update";

    public static string SnapshotPath => RepoRoot.Combine("seeds", "snapshot");

    /// <summary>The settings a live run against the fake upstream takes, as configuration keys.</summary>
    public static Dictionary<string, string?> LiveSettings(AzuriteServer azurite, string prefix, FakeUpstream upstream) => new()
    {
        ["Storage:ConnectionString"] = azurite.ConnectionString,
        ["Storage:NamePrefix"] = prefix,
        ["Fetch:Mode"] = "Live",
        ["Fetch:RetryBaseDelaySeconds"] = "0.01",
        ["Fetch:AttemptTimeoutSeconds"] = "1",
        // One fake host serves every document; pacing has its own test and would only slow the suite.
        ["Fetch:PerHostDelayMilliseconds"] = "0",
        ["ReliefWeb:AppName"] = "migrationfeeds-tests",
        ["ReliefWeb:BaseUri"] = upstream.ReliefWebApi.AbsoluteUri,
        // The fake upstream is on loopback, which no fetch may reach unless told so.
        ["Fetch:TestLoopbackPort"] = upstream.Origin.Port.ToString(CultureInfo.InvariantCulture),
    };

    public static Dictionary<string, string?> OfflineSettings(AzuriteServer azurite, string prefix) => new()
    {
        ["Storage:ConnectionString"] = azurite.ConnectionString,
        ["Storage:NamePrefix"] = prefix,
        ["Fetch:Mode"] = "Offline",
        ["Fetch:SnapshotPath"] = SnapshotPath,
        ["ReliefWeb:AppName"] = "migrationfeeds-tests",
    };

    /// <summary>
    /// Services as the app builds them; with an upstream, publishers' https addresses are routed to it; with a clock,
    /// time moves only when the test moves it.
    /// </summary>
    public static ServiceProvider Create(IDictionary<string, string?> settings, FakeUpstream? upstream = null, TimeProvider? clock = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddMigrationFeeds(configuration);
        if (upstream is not null)
        {
            services.AddHttpClient<DocumentFetcher>().AddHttpMessageHandler(() => new LoopbackRouter(upstream.Origin));
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    /// <summary>The settings as <c>--Section:Key value</c> options of the command line.</summary>
    public static string[] AsArguments(IDictionary<string, string?> settings) =>
        [.. settings.Where(kv => kv.Value is not null).SelectMany(kv => new[] { "--" + kv.Key, kv.Value! })];

    public static string Seconds(double seconds) => seconds.ToString(CultureInfo.InvariantCulture);
}
