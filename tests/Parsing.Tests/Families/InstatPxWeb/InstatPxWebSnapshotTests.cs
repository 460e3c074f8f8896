using System.Text.Json;
using MigrationFeeds.Parsing.Families.InstatPxWeb;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Readers.Structured;
using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Families.InstatPxWeb;

/// <summary>Both recorded releases of the table against the figures listed for them, exactly.</summary>
public sealed class InstatPxWebSnapshotTests
{
    [Theory]
    [InlineData("seeds/releases/instat-alb/2024-07-04/files/AZIL01.json", "seeds/releases/instat-alb/2024-07-04/expected.json", 2023)]
    [InlineData("seeds/snapshot/instat-alb/files/AZIL01.json", "seeds/snapshot/expected/instat-alb.json", 2024)]
    public void Parse_RecordedRelease_GivesEveryListedFigure(string file, string expectedFile, int lastYear)
    {
        var root = RepositoryRoot.Find();
        using var expected = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, expectedFile)));
        var document = Assert.Single(expected.RootElement.GetProperty("documents").EnumerateArray());
        var want = document.GetProperty("figures").EnumerateArray()
            .Select(f => $"{f.GetProperty("measure").GetString()} {f.GetProperty("period").GetString()} {f.GetProperty("value").GetInt64()}")
            .Order(StringComparer.Ordinal);

        var result = new InstatPxWebParser().Parse(File.ReadAllBytes(Path.Combine(root, file)), new DocumentContext
        {
            Url = document.GetProperty("url").GetString()!,
            ContentType = "application/json; charset=utf-8",
            DefaultCountry = Countries.Albania,
        });

        Assert.Equal(want, result.Figures.Select(f => $"{f.Measure} {f.Period} {f.Value}").Order(StringComparer.Ordinal));
        Assert.Equal(lastYear.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Figures.Where(f => f.Measure == Measures.Year).Max(f => f.Period));
        // The twelve months of 2017 carry "..": no monthly breakdown for the first year.
        Assert.Equal(12, result.Issues.Count(i => i.Code == StructuredIssueCodes.Skipped && i.Quote is { } q && q.StartsWith("INSTAT AZIL01, Azilkërkues", StringComparison.Ordinal) && q.Contains(", 2017, ", StringComparison.Ordinal)));
        Assert.Equal(0, result.Figures.Single(f => f.Period == "2020-04").Value);
        Assert.Equal(6557, result.Figures.Single(f => f.Period == "2019").Value);
    }
}
