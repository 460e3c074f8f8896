using System.Globalization;
using System.Text.Json;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Pipeline.Tests.Snapshot;

/// <summary>
/// seeds/snapshot/manifest/: one manifest per snapshot source listing every figure of every reconstructed document
/// as real (with the publication that states it) or a stand-in (with the reason), and their summary. They must
/// agree with the expected files, figure for figure, or the product would mark figures wrongly.
/// </summary>
public sealed class ManifestTests
{
    private static readonly string Folder = RepoRoot.Combine("seeds", "snapshot", "manifest");

    public static TheoryData<string> Sources()
    {
        var data = new TheoryData<string>();
        foreach (var id in SourceIds())
        {
            data.Add(id);
        }

        return data;
    }

    private static IEnumerable<string> SourceIds() =>
        Directory.EnumerateFiles(RepoRoot.Combine("seeds", "snapshot", "expected"), "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Sources))]
    public void Manifest_ListsExactlyTheExpectedFiguresOfEveryDocument(string source)
    {
        using var manifest = Read(source + ".json");
        var root = manifest.RootElement;
        Assert.Equal(source, root.GetProperty("source").GetString());
        Assert.True(root.GetProperty("reconstruction").GetBoolean());

        var expected = ExpectedFigures.Load(source);
        var documents = root.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(expected.Select(d => d.Url), documents.Select(d => d.GetProperty("url").GetString()));
        foreach (var (want, got) in expected.Zip(documents))
        {
            Assert.Equal(want.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), got.GetProperty("published").GetString());
            var wanted = want.Figures.Select(f => Line(f.Country, f.Site, f.Indicator, f.Measure, f.Period, f.Value, f.Low, f.High, f.Page)).Order(StringComparer.Ordinal);
            var listed = got.GetProperty("figures").EnumerateArray().Select(f => Line(
                f.GetProperty("country").GetString()!, Text(f, "site"), f.GetProperty("indicator").GetString()!, f.GetProperty("measure").GetString()!,
                f.GetProperty("period").GetString()!, Number(f, "value"), Number(f, "low"), Number(f, "high"), f.GetProperty("page").GetInt32()))
                .Order(StringComparer.Ordinal);
            Assert.Equal(wanted, listed);
        }
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Manifest_CitesEveryRealFigureAndGivesEveryStandInAReason(string source)
    {
        using var manifest = Read(source + ".json");
        var figures = manifest.RootElement.GetProperty("documents").EnumerateArray().SelectMany(d => d.GetProperty("figures").EnumerateArray()).ToList();
        foreach (var f in figures)
        {
            if (f.GetProperty("real").GetBoolean())
            {
                Assert.True(Uri.TryCreate(Text(f, "realUrl"), UriKind.Absolute, out var url) && url.Scheme.StartsWith("http", StringComparison.Ordinal), $"{source}: a real figure without the address of its publication: {f}");
                Assert.True(Text(f, "realPublished") is null || DateOnly.TryParseExact(Text(f, "realPublished"), "yyyy-MM-dd", out _), $"{source}: {f}");
                Assert.False(f.TryGetProperty("standIn", out _), $"{source}: {f}");
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(Text(f, "standIn")), $"{source}: a stand-in without a reason: {f}");
                Assert.False(f.TryGetProperty("realUrl", out _), $"{source}: {f}");
            }
        }

        var summary = manifest.RootElement.GetProperty("summary");
        var real = figures.Count(f => f.GetProperty("real").GetBoolean());
        Assert.Equal(figures.Count, summary.GetProperty("figures").GetInt32());
        Assert.Equal(real, summary.GetProperty("real").GetInt32());
        Assert.Equal(figures.Count - real, summary.GetProperty("standIns").GetInt32());
        Assert.Equal(Math.Round((double)real / figures.Count, 4), summary.GetProperty("share").GetDouble(), 4);
    }

    [Fact]
    public void Summary_AddsUpTheManifestsOfEverySource()
    {
        using var summary = Read("summary.json");
        var sources = summary.RootElement.GetProperty("sources").EnumerateObject().ToList();
        Assert.Equal(SourceIds(), sources.Select(s => s.Name).Order(StringComparer.Ordinal));
        var figures = 0;
        var real = 0;
        foreach (var source in sources)
        {
            using var manifest = Read(source.Name + ".json");
            var own = manifest.RootElement.GetProperty("summary");
            Assert.Equal(own.GetProperty("figures").GetInt32(), source.Value.GetProperty("figures").GetInt32());
            Assert.Equal(own.GetProperty("real").GetInt32(), source.Value.GetProperty("real").GetInt32());
            Assert.Equal($"seeds/snapshot/manifest/{source.Name}.json", source.Value.GetProperty("manifest").GetString());
            figures += own.GetProperty("figures").GetInt32();
            real += own.GetProperty("real").GetInt32();
        }

        Assert.Equal(figures, summary.RootElement.GetProperty("figures").GetInt32());
        Assert.Equal(real, summary.RootElement.GetProperty("real").GetInt32());
    }

    private static JsonDocument Read(string name) => JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, name)));

    private static string Line(string country, string? site, string indicator, string measure, string period, long? value, long? low, long? high, int page) =>
        string.Join(' ', country, site ?? "-", indicator, measure, period, N(value), N(low), N(high), "p" + page.ToString(CultureInfo.InvariantCulture));

    private static string N(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static long? Number(JsonElement e, string name) => e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Number ? p.GetInt64() : null;
}
