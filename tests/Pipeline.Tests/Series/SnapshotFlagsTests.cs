using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Query;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.TestSupport;
using Xunit.Abstractions;

namespace MigrationFeeds.Pipeline.Tests.Series;

/// <summary>
/// The checks over the whole recorded snapshot: how many country-level points each check flags (written to
/// TestResults/series-flags.md for docs/series.md), and that every flag names the figures it compared, with provenance.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SnapshotFlagsTests(AzuriteServer azurite, ITestOutputHelper output)
{
    [Fact]
    public async Task Snapshot_EveryFlagSaysWhatItComparedWith_AndTheCountsPerCheckAreRecorded()
    {
        await using var services = PipelineHarness.Create(azurite);
        var ingest = services.GetRequiredService<IngestService>();
        foreach (var source in ingest.Sources)
        {
            await ingest.RunAsync(source, CancellationToken.None);
        }

        var query = services.GetRequiredService<SeriesQuery>();
        var points = new List<(string Indicator, SeriesPoint Point)>();
        foreach (var indicator in IndicatorCatalog.All.Select(i => i.Code))
        {
            var (request, _) = SeriesRequest.Create(indicator, string.Join(',', Countries.Six), "1990-01", "2039-12");
            points.AddRange((await query.GetAsync(request!, CancellationToken.None)).Points.Select(p => (indicator, p)));
        }

        var flags = points.SelectMany(p => p.Point.Flags.Select(f => (p.Indicator, p.Point, Flag: f))).ToList();
        Assert.NotEmpty(points);
        Assert.All(flags, f => Assert.False(string.IsNullOrWhiteSpace(f.Flag.Message)));
        Assert.All(flags.Where(f => f.Flag.Code != SeriesChecks.Negative), f => Assert.All(f.Flag.Compared, c => Assert.False(string.IsNullOrEmpty(c.Quote) || string.IsNullOrEmpty(c.DocumentUrl))));
        Assert.All(flags.Where(f => f.Flag.Code == SeriesChecks.Conflict), f => Assert.True(f.Point.Conflict));

        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"{points.Count} country-level points, {points.Count(p => p.Point.Flags.Count > 0)} with at least one flag\n\n");
        table.Append("| check | points flagged | by indicator |\n|---|---|---|\n");
        foreach (var code in SeriesChecks.Codes)
        {
            var of = flags.Where(f => f.Flag.Code == code).ToList();
            var byIndicator = string.Join(", ", of.GroupBy(f => f.Indicator).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}"));
            table.Append(CultureInfo.InvariantCulture, $"| `{code}` | {of.Count} | {byIndicator} |\n");
        }

        var folder = RepoRoot.Combine("TestResults");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "series-flags.md"), table.ToString());
        output.WriteLine(table.ToString());
    }
}
