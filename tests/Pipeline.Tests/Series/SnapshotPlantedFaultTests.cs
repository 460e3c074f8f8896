using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Query;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Tests.Ingestion;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Pipeline.Tests.Series;

/// <summary>
/// A fault planted in a copy of one whole snapshot document: UNHCR's Serbia Update of December 2022 (two pages, a
/// reconstruction), rebuilt from its own spec with December's arrivals stated wrongly (seeds/tools/build-planted-faults.py,
/// tests/Fixtures/planted-faults/). The copy is served in place of the recorded PDF and ingested with the rest of the
/// source's updates; the checks must flag December with the right codes and leave every other month as the clean
/// snapshot gives it. The clean snapshot is the collection's one run of the source (<see cref="SnapshotRuns"/>).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SnapshotPlantedFaultTests(AzuriteServer azurite, SnapshotRuns runs)
{
    private const string Family = "unhcr-serbia-update";

    public static TheoryData<string, string[]> Faults => new()
    {
        // 10,789 written 1,789: six times lower than the months around it, under the outlier factor of 5 against
        // their median, so only the year total catches it.
        { "dropped-digit", [SeriesChecks.YearMonths] },
        // The year's 124,127 where December's 10,789 belongs: the year total and the months around it both catch it.
        { "year-total", [SeriesChecks.YearMonths, SeriesChecks.Outlier] },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task CopyOfAnUpdate_WithDecembersArrivalsMisstated_FlagsDecember_AndNoOtherMonthChanges(string fault, string[] codes)
    {
        var planted = Planted(fault);
        var url = RecordedUrl(planted.Document);
        var stated = ExpectedFigures.Load(Family).Single(d => d.Url == url).Figures
            .Single(f => f.Site is null && f.Indicator == planted.Indicator && f.Measure == planted.Measure && f.Period == planted.Period).Value;
        Assert.Equal(planted.Stated, stated);

        var clean = await SeriesAsync((await runs.OfAsync(azurite, Family)).Services, planted.Indicator);
        var snapshot = SnapshotCopy.Create();
        snapshot.Replace(url, await File.ReadAllBytesAsync(RepoRoot.Combine("tests", "Fixtures", "planted-faults", planted.File)), "application/pdf", Family);
        await using var services = PipelineHarness.Create(azurite, settings: new Dictionary<string, string?> { ["Fetch:SnapshotPath"] = snapshot.Folder });
        var ingest = services.GetRequiredService<IngestService>();
        await ingest.RunAsync(ingest.Find(Family)!, CancellationToken.None);
        var faulty = await SeriesAsync(services, planted.Indicator);

        var before = clean.Single(p => p.Period.ToString() == planted.Period);
        Assert.Equal(planted.Stated, before.Value);
        Assert.Empty(before.Flags);

        var after = faulty.Single(p => p.Period.ToString() == planted.Period);
        Assert.Equal(planted.Planted, after.Value);
        Assert.Equal(url, after.Provenance!.DocumentUrl);
        Assert.Equal(codes.Order(StringComparer.Ordinal), after.Flags.Select(f => f.Code).Order(StringComparer.Ordinal));
        Assert.All(after.Flags, f => Assert.All(f.Compared, c => Assert.False(string.IsNullOrEmpty(c.DocumentUrl) || string.IsNullOrEmpty(c.Quote))));
        Assert.Contains(after.Flags.Single(f => f.Code == SeriesChecks.YearMonths).Compared, c => c.Period.ToString() == planted.Period[..4] && c.DocumentUrl == url);

        Assert.True(clean.Count > 24, $"{clean.Count} months of the clean series");
        Assert.Equal(Summary(clean, planted.Period), Summary(faulty, planted.Period));
    }

    private static async Task<IReadOnlyList<SeriesPoint>> SeriesAsync(IServiceProvider services, string indicator)
    {
        var (request, _) = SeriesRequest.Create(indicator, "SRB", "2015-01", "2030-12");
        return (await services.GetRequiredService<SeriesQuery>().GetAsync(request!, CancellationToken.None)).Points;
    }

    /// <summary>Every month but the planted one: its value and the codes of its flags.</summary>
    private static List<string> Summary(IReadOnlyList<SeriesPoint> points, string except) =>
        [.. points.Where(p => p.Period.ToString() != except).Select(p => $"{p.Period} {p.Value} {string.Join(',', p.Flags.Select(f => f.Code))}")];

    private static Fault Planted(string name)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(RepoRoot.Combine("tests", "Fixtures", "planted-faults", "faults.json")));
        var document = json.RootElement.GetProperty("document").GetString()!;
        var f = json.RootElement.GetProperty("faults").EnumerateArray().Single(e => e.GetProperty("fault").GetString() == name);
        return new Fault(document, f.GetProperty("file").GetString()!, f.GetProperty("indicator").GetString()!, f.GetProperty("measure").GetString()!,
            f.GetProperty("period").GetString()!, f.GetProperty("stated").GetInt64(), f.GetProperty("planted").GetInt64());
    }

    /// <summary>The address the snapshot records the document's PDF under.</summary>
    private static string RecordedUrl(string slug)
    {
        using var index = JsonDocument.Parse(File.ReadAllText(RepoRoot.Combine("seeds", "snapshot", Family, "index.json")));
        return index.RootElement.GetProperty("entries").EnumerateArray()
            .Single(e => e.GetProperty("file").GetString() == $"files/attachments/{slug}.pdf")
            .GetProperty("url").GetString()!;
    }

    private sealed record Fault(string Document, string File, string Indicator, string Measure, string Period, long Stated, long Planted);
}
