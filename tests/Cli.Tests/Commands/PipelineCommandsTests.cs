using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Pipeline;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Cli.Tests.Commands;

[Collection(AzuriteCollection.Name)]
public sealed class PipelineCommandsTests(AzuriteServer azurite)
{
    [Fact]
    public async Task Ingest_ThenSeriesAndSources_PrintTheStoredFigures()
    {
        var settings = Settings();

        var ingest = await CliRun.RunAsync(["ingest", .. settings]);
        var csv = await CliRun.RunAsync(["series", "--indicator", "arrivals", "--country", "BIH", "--from", "2022-01", "--to", "2022-12", "--format", "csv", .. settings]);
        var sources = await CliRun.RunAsync(["sources", .. settings]);
        string[] all = ["series", "--indicator", "arrivals", "--country", "ALB,BIH,MKD,MNE,SRB,XKX", "--from", "2018-01", "--to", "2024-12", .. settings];
        var json = await CliRun.RunAsync([.. all, "--format", "json"]);
        var table = await CliRun.RunAsync(all);

        Assert.Equal(0, ingest.Exit);
        // Each report of the family is its PDF, fetched, and its text from the listing: both parsed.
        var reports = ExpectedFigures.Fetched("unhcr-bih-operational-update").Count;
        Assert.Contains($"unhcr-bih-operational-update: [{2 * reports}] ", ingest.Error, StringComparison.Ordinal);
        Assert.Contains("unhcr-bih-operational-update: succeeded in ", ingest.Error, StringComparison.Ordinal);
        Assert.Matches($@"unhcr-bih-operational-update\s+succeeded\s+{2 * reports}\s+{reports}\s+0\s+{2 * reports}\s+0\s+0\s+\d+\s+2022-12", ingest.Output);
        var bihObservations = ExpectedFigures.Fetched("unhcr-bih-operational-update").Sum(d => d.Figures.Count(f => f.Country == "BIH"));
        Assert.Matches(@"(?m)^BIH\s+(\d+)\s+(\d+)\s+\d+\s+\S+\s+\S+\s+.*unhcr-bih-operational-update", ingest.Output);
        Assert.True(CoverageCount(ingest.Output, "BIH") >= bihObservations, ingest.Output);
        Assert.Matches(@"(?m)^WB6\s+\d+\s+\d+\s+\d+\s+2009-01\s+.*frontex-wb-route", ingest.Output);
        Assert.Equal(0, csv.Exit);
        var rows = csv.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("country,site,period,indicator,value,", rows[0], StringComparison.Ordinal);
        Assert.Equal(13, rows.Length);
        var expected = ExpectedFigures.Series("unhcr-bih-operational-update", "arrivals", "month");
        Assert.StartsWith($"BIH,,2022-10,arrivals,{expected["2022-10"].Value},", rows[10], StringComparison.Ordinal);
        Assert.Contains("unhcr-bih-operational-update", sources.Output, StringComparison.Ordinal);
        Assert.Contains("succeeded", sources.Output, StringComparison.Ordinal);
        // The snapshot's last BiH report covers December 2022: a monthly source past its cadence and grace is stale.
        Assert.Matches(@"(?m)^unhcr-bih-operational-update\s.*\s2022-12\s+stale since 2023-04-01 \(monthly\)", sources.Output);

        // The table's flags column names every check a point failed.
        var flagged = System.Text.Json.JsonDocument.Parse(json.Output).RootElement.GetProperty("points").EnumerateArray()
            .Select(p => (Country: p.GetProperty("country").GetString()!, Period: p.GetProperty("period").GetString()!, Codes: p.GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("code").GetString()!).ToList()))
            .Where(p => p.Codes.Any(c => c != "conflict"))
            .ToList();
        Assert.NotEmpty(flagged);
        foreach (var (country, period, codes) in flagged)
        {
            var line = table.Output.Split('\n').Single(l => l.StartsWith(country, StringComparison.Ordinal) && l.Contains(" " + period + " ", StringComparison.Ordinal));
            Assert.All(codes, c => Assert.Contains(c, line, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Reparse_AfterIngest_ParsesTheArchiveAgainWithoutFetching()
    {
        var settings = Settings();
        await CliRun.RunAsync(["ingest", "--source", "unhcr-bih-operational-update", .. settings]);

        var reparse = await CliRun.RunAsync(["reparse", "--source", "unhcr-bih-operational-update", .. settings]);

        var reports = ExpectedFigures.Load("unhcr-bih-operational-update").Count;
        Assert.Equal(0, reparse.Exit);
        Assert.Matches($@"unhcr-bih-operational-update\s+succeeded\s+{reports}\s+0\s+0\s+{reports}\s+0\s+0\s+\d+", reparse.Output);
    }

    [Fact]
    public async Task Ingest_SourceWhoseLeaseAnotherRunHolds_IsSkippedWithItsOwnExitCode()
    {
        var settings = Settings();
        await using var services = Services(settings);
        await services.GetRequiredService<StorageClients>().EnsureCreatedAsync(CancellationToken.None);

        CliRun run;
        await using (var held = await services.GetRequiredService<SourceLeases>().TryAcquireAsync("unhcr-bih-operational-update", CancellationToken.None))
        {
            Assert.NotNull(held);
            run = await CliRun.RunAsync(["ingest", "--source", "unhcr-bih-operational-update", .. settings]);
        }

        Assert.Equal(8, run.Exit);
        Assert.Matches(@"unhcr-bih-operational-update\s+skipped\s+0\s+0", run.Output);
    }

    [Fact]
    public async Task Series_UnknownIndicator_IsUsageErrorNamingIt()
    {
        var run = await CliRun.RunAsync(["series", "--indicator", "refugees", "--country", "BIH", "--from", "2022-01", "--to", "2022-02", .. Settings()]);

        Assert.Equal(64, run.Exit);
        Assert.Contains("--indicator", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_OnTheSnapshot_PrintsTheShareOfRealFiguresPerSource()
    {
        using var summary = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(RepoRoot.Combine("seeds", "snapshot", "manifest", "summary.json")));
        var kirs = summary.RootElement.GetProperty("sources").GetProperty("kirs-srb");

        var ingest = await CliRun.RunAsync(["ingest", "--source", "kirs-srb", .. Settings()]);

        Assert.Equal(0, ingest.Exit);
        Assert.Matches(@"(?m)^source\s+outcome\s+.*latest period\s+real figures", ingest.Output);
        Assert.Matches($@"(?m)^kirs-srb\s+succeeded\s.*\s{kirs.GetProperty("real").GetInt32()}/{kirs.GetProperty("figures").GetInt32()} \(", ingest.Output);
        Assert.Contains("Snapshot run: every document is a reconstruction", ingest.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_WithoutStorageSettings_SaysWhatIsMissing()
    {
        var run = await CliRun.RunAsync("ingest", "--ReliefWeb:AppName", "x", "--Storage:ConnectionString", "");

        Assert.Equal(78, run.Exit);
        Assert.Contains("Storage:ConnectionString", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retry_FetchesTheDueFailedDocument_AndListsWhatIsLeft()
    {
        var settings = Settings();
        await using var services = Services(settings);
        var store = services.GetRequiredService<FailedDocumentStore>();
        var documents = ExpectedFigures.Fetched("unhcr-bih-operational-update");
        var now = DateTimeOffset.UtcNow;
        await store.SaveAsync(Failed(documents[0].Url, attempts: 1, next: now.AddMinutes(-1)), CancellationToken.None);
        await store.SaveAsync(Failed(documents[1].Url, attempts: 5, next: null), CancellationToken.None);

        var retry = await CliRun.RunAsync(["retry", "--quiet", .. settings]);
        var again = await CliRun.RunAsync(["retry", "--quiet", .. settings]);

        Assert.Equal(0, retry.Exit);
        Assert.Matches(@"(?m)^unhcr-bih-operational-update\s+succeeded\s+1\s+1\s+0\s+1\s+0\s", retry.Output);
        Assert.Matches($@"(?m)^unhcr-bih-operational-update\s+{System.Text.RegularExpressions.Regex.Escape(documents[1].Url)}\s+5\s+http-503\s+gave up", retry.Output);
        Assert.DoesNotContain(documents[0].Url + " ", retry.Output, StringComparison.Ordinal);
        Assert.Equal(0, again.Exit);
        Assert.Contains("No failed document is due for a retry.", again.Output, StringComparison.Ordinal);
        Assert.Single(await store.ListAllAsync(CancellationToken.None));
    }

    private static FailedDocument Failed(string url, int attempts, DateTimeOffset? next) => new()
    {
        SourceId = "unhcr-bih-operational-update",
        Document = new MigrationFeeds.Pipeline.Discovery.DiscoveredDocument { Url = new Uri(url), Role = "primary", Country = MigrationFeeds.Parsing.Model.CountryCode.BosniaAndHerzegovina },
        Attempts = attempts,
        LastErrorCode = "http-503",
        LastError = "HTTP 503 Service Unavailable",
        FirstFailedAt = DateTimeOffset.UtcNow.AddHours(-2),
        LastAttemptAt = DateTimeOffset.UtcNow.AddMinutes(-20),
        NextAttemptAt = next,
    };

    private static int CoverageCount(string output, string country) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(output, $@"(?m)^{country}\s+(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The pipeline's services over the same settings as the command line, to set up or read stored state.</summary>
    private static ServiceProvider Services(string[] settings) => new ServiceCollection()
        .AddLogging()
        .AddMigrationFeeds(new ConfigurationBuilder().AddInMemoryCollection(settings.Chunk(2).Select(p => new KeyValuePair<string, string?>(p[0][2..], p[1]))).Build())
        .BuildServiceProvider();

    private string[] Settings() =>
    [
        "--Storage:ConnectionString", azurite.ConnectionString,
        "--Storage:NamePrefix", AzuriteServer.NewPrefix(),
        "--Fetch:Mode", "Offline",
        "--Fetch:SnapshotPath", RepoRoot.Combine("seeds", "snapshot"),
        "--ReliefWeb:AppName", "migrationfeeds-tests",
    ];
}
