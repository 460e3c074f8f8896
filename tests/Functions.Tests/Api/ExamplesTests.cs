using System.Diagnostics;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Functions.Tests.Api;

/// <summary>The examples in docs/examples run against the real app and print the snapshot's figures.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ExamplesTests(AzuriteServer azurite)
{
    [Theory]
    [InlineData("/usr/bin/python3", "read_series_pandas.py")]
    [InlineData("Rscript", "read_series.R")]
    public async Task Example_ReadsTheCsvEndpoint_AndPrintsTheSeries(string tool, string script)
    {
        await using var app = await RunningApp.StartAsync(azurite);
        await app.InvokeTimerAsync("ingest-unhcr-bih-operational-update");

        var (exit, output) = await RunAsync(tool, RepoRoot.Combine("docs", "examples", script), app.Client.BaseAddress!.AbsoluteUri.TrimEnd('/'));

        Assert.True(exit == 0, output);
        var expected = ExpectedFigures.Series("unhcr-bih-operational-update", "arrivals", "month")
            .Where(e => string.CompareOrdinal(e.Key, "2021-10") >= 0 && string.CompareOrdinal(e.Key, "2022-12") <= 0)
            .ToList();
        var total = expected.Sum(e => e.Value.Value ?? 0);
        Assert.Contains($"total {total} over {expected.Count} months", output, StringComparison.Ordinal);
        Assert.Contains("every value cites a document: True", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PandasExample_UnderAPythonWithoutPandas_SaysWhatItNeeds()
    {
        // -S: no site packages, so Debian's pandas is out of reach, as under a python3 first on PATH that lacks it.
        var (exit, output) = await RunAsync("/usr/bin/python3", "-S", RepoRoot.Combine("docs", "examples", "read_series_pandas.py"), "http://127.0.0.1:9");

        Assert.Equal(1, exit);
        Assert.Contains("needs pandas", output, StringComparison.Ordinal);
        Assert.Contains("-m pip install pandas", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Traceback", output, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output)> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await stdout + await stderr);
    }
}
