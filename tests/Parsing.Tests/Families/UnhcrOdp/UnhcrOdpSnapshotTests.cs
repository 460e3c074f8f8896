using System.Text.Json;
using MigrationFeeds.Parsing.Families.UnhcrOdp;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Readers.Structured;
using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Families.UnhcrOdp;

/// <summary>Every recorded monthly answer of the portal against the figures seeds/snapshot/expected/unhcr-odp.json lists for it.</summary>
public sealed class UnhcrOdpSnapshotTests
{
    private static readonly string Root = RepositoryRoot.Find();

    public static TheoryData<string> Urls()
    {
        var data = new TheoryData<string>();
        foreach (var document in Expected())
        {
            data.Add(document.GetProperty("url").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Urls))]
    public void Parse_RecordedMonth_GivesTheExpectedFigures(string url)
    {
        var expected = Expected().Single(d => d.GetProperty("url").GetString() == url).GetProperty("figures").EnumerateArray()
            .Select(f => Line(f.GetProperty("country").GetString()!, f.GetProperty("indicator").GetString()!, f.GetProperty("measure").GetString()!,
                f.GetProperty("period").GetString()!, f.GetProperty("value").GetInt64(), f.GetProperty("approximate").GetBoolean()))
            .Order(StringComparer.Ordinal);

        var result = new UnhcrOdpParser().Parse(File.ReadAllBytes(RecordedFile(url)), new DocumentContext { Url = url, ContentType = "application/json", DefaultCountry = Countries.Region });

        Assert.False(result.Failed);
        Assert.Equal(expected, result.Figures.Select(f => Line(f.Country, f.Indicator, f.Measure, f.Period, f.Value!.Value, f.Approximate)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parse_RecordedMonths_ReportEveryRowTheyLeaveOut()
    {
        var issues = Expected().SelectMany(d =>
        {
            var url = d.GetProperty("url").GetString()!;
            return new UnhcrOdpParser().Parse(File.ReadAllBytes(RecordedFile(url)), new DocumentContext { Url = url, ContentType = "application/json", DefaultCountry = Countries.Region }).Issues;
        }).ToList();

        // Serbia filed with Kosovo (3 months, 2 collections), North Macedonia's mixed presence row (15), Albania's
        // null count and North Macedonia's carried-forward June record.
        Assert.Equal(6, issues.Count(i => i.Code == ParseIssueCodes.Ambiguous));
        Assert.Equal(15, issues.Count(i => i.Code == StructuredIssueCodes.Skipped && i.Message.Contains("different kinds", StringComparison.Ordinal)));
        Assert.Single(issues, i => i.Quote == "Albania, 2022-08-31: null");
        Assert.Single(issues, i => i.Quote == "North Macedonia, 2022-06-30");
        Assert.Equal(6 + 15 + 2, issues.Count);
    }

    private static string RecordedFile(string url)
    {
        using var index = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Root, "seeds/snapshot/unhcr-odp/index.json")));
        var entry = index.RootElement.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("url").GetString() == url);
        return Path.Combine(Root, "seeds/snapshot/unhcr-odp", entry.GetProperty("file").GetString()!);
    }

    private static List<JsonElement> Expected()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Root, "seeds/snapshot/expected/unhcr-odp.json")));
        return [.. json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.Clone())];
    }

    private static string Line(string country, string indicator, string measure, string period, long value, bool approximate) =>
        $"{country} {indicator} {measure} {period} {value}{(approximate ? " ~" : string.Empty)}";
}
