using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Cli.Tests;

/// <summary>How the command line is read: help, versions, option spellings and unknown options, for every command.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class CommandLineTests(AzuriteServer azurite)
{
    public static TheoryData<string> Commands => ["ingest", "retry", "reparse", "series", "sources", "extract"];

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Help_OnEveryCommand_PrintsItsOptionsAndRunsNothing(string command)
    {
        var settings = Settings();

        var help = await CliRun.RunAsync([command, "--help", .. settings]);
        var sources = await CliRun.RunAsync(["sources", .. settings]);

        Assert.Equal(0, help.Exit);
        Assert.Contains($"migrationfeeds {command}", help.Output, StringComparison.Ordinal);
        Assert.Contains("--help", help.Output, StringComparison.Ordinal);
        Assert.Equal("", help.Error);
        // Nothing ran: no source has a run in this store.
        Assert.Equal(0, sources.Exit);
        Assert.DoesNotContain("succeeded", sources.Output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^unhcr-bih-operational-update\s.*\snever\s", sources.Output);
    }

    [Fact]
    public async Task Help_WithoutCommand_ListsEveryCommand()
    {
        var run = await CliRun.RunAsync();
        var help = await CliRun.RunAsync("help", "ingest");

        Assert.Equal(0, run.Exit);
        foreach (var command in Commands)
        {
            Assert.Contains("  " + command, run.Output, StringComparison.Ordinal);
        }

        Assert.Equal(0, help.Exit);
        Assert.Contains("--quiet", help.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_PrintsTheVersionAndExitsZero()
    {
        var run = await CliRun.RunAsync("--version");

        Assert.Equal(0, run.Exit);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Output);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task UnknownOption_OnEveryCommand_IsUsageErrorNamingIt(string command)
    {
        var run = await CliRun.RunAsync([command, "x.pdf", "--colour", "blue", .. Settings()]);

        Assert.Equal(CliApp.UsageError, run.Exit);
        Assert.Contains("--colour", run.Error, StringComparison.Ordinal);
        Assert.Contains($"usage: migrationfeeds {command}", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task OptionsAndSettings_WrittenWithEquals_MeanTheSameAsWithASpace()
    {
        var prefix = AzuriteServer.NewPrefix();
        string[] spaced = ["--Storage:ConnectionString", azurite.ConnectionString, "--Storage:NamePrefix", prefix, .. Offline()];
        string[] equals = ["--Storage:ConnectionString=" + azurite.ConnectionString, "--Storage:NamePrefix=" + prefix, .. Offline()];
        await CliRun.RunAsync(["ingest", "--source", "unhcr-bih-operational-update", "--quiet", .. spaced]);

        var withSpace = await CliRun.RunAsync(["series", "--indicator", "arrivals", "--country", "BIH", "--from", "2022-01", "--to", "2022-12", "--format", "csv", .. spaced]);
        var withEquals = await CliRun.RunAsync(["series", "--indicator=arrivals", "--country=BIH", "--from=2022-01", "--to=2022-12", "--format=csv", .. equals]);

        Assert.Equal(0, withEquals.Exit);
        Assert.Equal(13, withEquals.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(withSpace.Output, withEquals.Output);
    }

    [Fact]
    public async Task Series_WithNoStorageSetting_ReadsTheLocalEmulator()
    {
        using var ports = new EmulatorPorts(azurite.BlobPort, azurite.QueuePort, azurite.TablePort);
        var ingest = await CliRun.RunAsync(["ingest", "--source", "unhcr-bih-operational-update", "--quiet", .. Offline()]);

        var series = await CliRun.RunAsync("series", "--indicator", "arrivals", "--country", "BIH", "--from", "2022-01", "--to", "2022-12", "--format", "csv");

        Assert.True(ingest.Exit == 0, ingest.Error);
        Assert.True(series.Exit == 0, series.Error);
        var expected = ExpectedFigures.Series("unhcr-bih-operational-update", "arrivals", "month");
        Assert.Contains($"BIH,,2022-10,arrivals,{expected["2022-10"].Value},", series.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Series_WithNoStorageSettingAndNoEmulator_SaysWhatIsMissing()
    {
        var (blob, table) = (FreePort.Next(), FreePort.Next());
        using var ports = new EmulatorPorts(blob, FreePort.Next(), table);

        var run = await CliRun.RunAsync("series", "--indicator", "arrivals", "--country", "BIH", "--from", "2022-01", "--to", "2022-12");

        Assert.Equal(CliApp.Unavailable, run.Exit);
        Assert.Contains($"127.0.0.1:{table}", run.Error, StringComparison.Ordinal);
        Assert.Contains("./run.sh", run.Error, StringComparison.Ordinal);
        Assert.Contains("Storage__ConnectionString", run.Error, StringComparison.Ordinal);
    }

    private static string[] Offline() =>
    [
        "--Fetch:Mode", "Offline",
        "--Fetch:SnapshotPath", RepoRoot.Combine("seeds", "snapshot"),
        "--ReliefWeb:AppName", "migrationfeeds-tests",
    ];

    private string[] Settings() =>
        ["--Storage:ConnectionString", azurite.ConnectionString, "--Storage:NamePrefix", AzuriteServer.NewPrefix(), .. Offline()];

    /// <summary>The emulator ports <c>./run.sh</c> would export, for one test of the serial Azurite collection.</summary>
    private sealed class EmulatorPorts : IDisposable
    {
        private static readonly string[] Names = ["AZURITE_BLOB_PORT", "AZURITE_QUEUE_PORT", "AZURITE_TABLE_PORT"];
        private readonly string?[] before = Names.Select(Environment.GetEnvironmentVariable).ToArray();

        public EmulatorPorts(params int[] ports)
        {
            foreach (var (name, port) in Names.Zip(ports))
            {
                Environment.SetEnvironmentVariable(name, port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        public void Dispose()
        {
            foreach (var (name, value) in Names.Zip(before))
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }
    }
}
