using System.Diagnostics;
using System.Net;
using System.Text;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Functions.Tests.Endpoints;

/// <summary>The examples in docs/examples run against the real app and print the snapshot's figures.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ExamplesTests(AzuriteServer azurite)
{
    [Theory]
    [InlineData("/usr/bin/python3", "read_series_pandas.py")]
    [InlineData("Rscript", "read_series.R")]
    public async Task Example_ReadsTheCsvEndpoint_AndPrintsTheSeries(string tool, string script)
    {
        await using var handler = await RunningHandler.StartAsync(azurite, hostMode: true);
        using var invocation = await handler.Client.PostAsync(
            new Uri("ingest-unhcr-bih-operational-update", UriKind.Relative), new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, invocation.StatusCode);

        var (exit, output) = await RunAsync(tool, RepoRoot.Combine("docs", "examples", script), handler.Client.BaseAddress!.AbsoluteUri.TrimEnd('/'));

        Assert.True(exit == 0, output);
        var expected = ExpectedFigures.Series("unhcr-bih-operational-update", "arrivals", "month")
            .Where(e => string.CompareOrdinal(e.Key, "2021-10") >= 0 && string.CompareOrdinal(e.Key, "2022-12") <= 0)
            .ToList();
        var total = expected.Sum(e => e.Value.Value ?? 0);
        Assert.Contains($"total {total} over {expected.Count} months", output, StringComparison.Ordinal);
        Assert.Contains("every value cites a document: True", output, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<(int Exit, string Output)> RunAsync(string tool, string script, string baseUrl)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(baseUrl);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await stdout + await stderr);
    }
}
