using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.Pipeline;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Reliability.Tests.Support;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Reliability.Tests.Security;

/// <summary>
/// The ReliefWeb application name is a credential: after a run whose listing first breaks off mid-answer (a fetch
/// warning) and then echoes the name back in its links, as ReliefWeb does, no log line, blob or table row holds it.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SecretRedactionTests(AzuriteServer azurite)
{
    private const string AppName = "mf-approved-name-5e1b7c";

    [Fact]
    public async Task Run_WithTheApplicationNameEchoedAndInFailures_WritesItNowhere()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        var settings = Harness.LiveSettings(azurite, AzuriteServer.NewPrefix(), upstream);
        settings["ReliefWeb:AppName"] = AppName;
        var listingUrl = JsonDocument.Parse(File.ReadAllText(RepoRoot.Combine("seeds", "snapshot", Harness.BihSource, "index.json"))).RootElement
            .GetProperty("entries")[0].GetProperty("url").GetString()!;
        var logs = new CapturedLogs();
        await using var services = Create(settings, logs);
        var ingest = services.GetRequiredService<IngestService>();
        var source = ingest.Find(Harness.BihSource)!;

        upstream.Inject(listingUrl, new Fault.ResetMidBody());
        var broken = await ingest.RunAsync(source, CancellationToken.None);

        var listing = Encoding.UTF8.GetString(upstream.Recorded(listingUrl))
            .Replace("appname=migrationfeeds", "appname=" + AppName, StringComparison.Ordinal)
            .Replace("https://reliefweb.int/", upstream.Origin.AbsoluteUri + "reliefweb.int/", StringComparison.Ordinal);
        Assert.Contains(AppName, listing, StringComparison.Ordinal);
        upstream.Inject(listingUrl, new Fault.Body(Encoding.UTF8.GetBytes(listing), "application/json"));
        var echoed = await ingest.RunAsync(source, CancellationToken.None);
        ReliabilityReport.RunCompleted(2);

        Assert.Equal(RunOutcome.Failed, broken.Outcome);
        Assert.Equal(RunOutcome.Succeeded, echoed.Outcome);
        Assert.Contains(logs.Lines, l => l.Contains(Secrets.Placeholder, StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains(AppName, StringComparison.OrdinalIgnoreCase));

        var storage = services.Storage();
        var blobs = 0;
        var redacted = 0;
        await foreach (var item in storage.Raw.GetBlobsAsync(new Azure.Storage.Blobs.Models.GetBlobsOptions { Traits = Azure.Storage.Blobs.Models.BlobTraits.Metadata }))
        {
            blobs++;
            var content = (await storage.Raw.GetBlobClient(item.Name).DownloadContentAsync()).Value.Content.ToString();
            var metadata = string.Join(' ', item.Metadata.Select(m => $"{m.Key}={Uri.UnescapeDataString(m.Value)}"));
            Assert.DoesNotContain(AppName, item.Name + " " + metadata + " " + content, StringComparison.OrdinalIgnoreCase);
            redacted += item.Metadata.ContainsKey("redacted") ? 1 : 0;
        }

        Assert.True(blobs > 10, $"{blobs} blobs archived");
        Assert.Equal(1, redacted);

        var rows = 0;
        foreach (var table in new[] { storage.Observations, storage.Documents, storage.Runs, storage.Series, storage.SeriesVersion })
        {
            foreach (var row in await Tables.RowsAsync(table))
            {
                rows++;
                var text = string.Join(' ', row.Select(p => $"{p.Key}={p.Value}"));
                Assert.DoesNotContain(AppName, text, StringComparison.OrdinalIgnoreCase);
            }
        }

        Assert.True(rows > 50, $"{rows} rows stored");
    }

    /// <summary>Services as the app builds them, with every log line of every level kept.</summary>
    private static ServiceProvider Create(IDictionary<string, string?> settings, CapturedLogs logs)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddMigrationFeeds(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
