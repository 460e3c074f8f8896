using System.Text.Json;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Cli.Tests.Commands;

public sealed class ExtractCommandTests
{
    private static readonly string[] ContractFields =
        ["file", "country", "site", "indicator", "measure", "period", "value", "low", "high", "approximate", "page", "quote", "confidence"];

    [Fact]
    public async Task Extract_SnapshotPdf_PrintsOneContractLinePerFigure()
    {
        var document = ExpectedFigures.Fetched("unhcr-bih-operational-update")[^1];
        var pdf = SnapshotFile(document.Url);

        var run = await CliRun.RunAsync("extract", pdf, "--published", document.Published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(0, run.Exit);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(document.Figures.Count, lines.Length);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            Assert.Equal(ContractFields, json.RootElement.EnumerateObject().Select(p => p.Name));
            Assert.Equal(pdf, json.RootElement.GetProperty("file").GetString());
            Assert.InRange(json.RootElement.GetProperty("quote").GetString()!.Length, 1, 200);
            Assert.InRange(json.RootElement.GetProperty("confidence").GetDouble(), 0.0, 1.0);
        }

        var arrivals = document.Figures.Single(f => f.Indicator == "arrivals" && f.Measure == "month" && f.Period == document.Figures[0].Period);
        Assert.Contains(lines, l => l.Contains($"\"indicator\":\"arrivals\",\"measure\":\"month\",\"period\":\"{arrivals.Period}\",\"value\":{arrivals.Value},", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Extract_MissingFile_ExitsNonZeroAndSaysWhich()
    {
        var run = await CliRun.RunAsync("extract", "/no/such/report.pdf");

        Assert.NotEqual(0, run.Exit);
        Assert.Contains("/no/such/report.pdf", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task Extract_HtmlErrorPageNamedPdf_ExitsNonZero()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("extract").FullName, "report.pdf");
        await File.WriteAllTextAsync(file, "<html><body>503 Service Unavailable</body></html>");

        var run = await CliRun.RunAsync("extract", file);

        Assert.NotEqual(0, run.Exit);
        Assert.Contains(file, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_TextFile_PrintsItsFigures()
    {
        var file = await WriteAsync("update.txt", "Serbia Update, October 2022\n\nIn October, 5,902 new arrivals to governmental centres were registered.\n");

        var run = await CliRun.RunAsync("extract", file, "--country", "SRB", "--published", "2022-11-22");

        Assert.Equal(0, run.Exit);
        var line = Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("\"country\":\"SRB\",\"site\":null,\"indicator\":\"arrivals\",\"measure\":\"month\",\"period\":\"2022-10\",\"value\":5902,", line, StringComparison.Ordinal);
        Assert.Contains("\"page\":1,", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_HtmlSentenceNamingAnotherCountry_TakesThatCountry()
    {
        var file = await WriteAsync("news.html",
            "<html><head><title>Arrivals in October 2022</title></head><body><p>In Serbia, 5,902 new arrivals to governmental centres were registered in October.</p></body></html>");

        var run = await CliRun.RunAsync("extract", file, "--country", "BIH", "--published", "2022-11-30");

        Assert.Equal(0, run.Exit);
        using var json = JsonDocument.Parse(Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal("SRB", json.RootElement.GetProperty("country").GetString());
        Assert.Equal(5902, json.RootElement.GetProperty("value").GetInt64());
    }

    [Fact]
    public async Task Extract_Explain_PrintsEachSkippedNumberAndWhy()
    {
        var file = await WriteAsync("update.txt",
            "Serbia Update, October 2022\n\nIn October, 5,902 new arrivals were registered, 35% fewer than in September. UNHCR counselled 1,120 persons.\n");

        var run = await CliRun.RunAsync("extract", file, "--country", "SRB", "--published", "2022-11-22", "--explain");

        Assert.Equal(0, run.Exit);
        Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("skipped: \"35\" skipped: a percentage.", run.Error, StringComparison.Ordinal);
        Assert.Contains("\"1,120\" skipped: no indicator's words stand with it", run.Error, StringComparison.Ordinal);
        Assert.Contains("\"5,902\" read as arrivals", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_WithoutExplain_PrintsNoSkippedNumbers()
    {
        var file = await WriteAsync("update.txt", "Serbia Update, October 2022\n\nUNHCR counselled 1,120 persons in October.\n");

        var run = await CliRun.RunAsync("extract", file, "--country", "SRB");

        Assert.Equal(0, run.Exit);
        Assert.Equal("", run.Output);
        Assert.DoesNotContain("skipped", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("extract", "x.pdf", "--country", "HRV")]
    [InlineData("extract", "x.pdf", "--published", "25.11.2022")]
    [InlineData("extract", "x.pdf", "--colour", "blue")]
    [InlineData("frobnicate")]
    public async Task BadCommandLine_IsUsageError(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(64, run.Exit);
        Assert.Contains("usage:", run.Error, StringComparison.Ordinal);
    }

    private static async Task<string> WriteAsync(string name, string content)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("extract").FullName, name);
        await File.WriteAllTextAsync(file, content);
        return file;
    }

    private static string SnapshotFile(string url)
    {
        using var index = JsonDocument.Parse(File.ReadAllText(RepoRoot.Combine("seeds", "snapshot", "unhcr-bih-operational-update", "index.json")));
        var entry = index.RootElement.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("url").GetString() == url);
        return RepoRoot.Combine("seeds", "snapshot", "unhcr-bih-operational-update", entry.GetProperty("file").GetString()!);
    }
}
