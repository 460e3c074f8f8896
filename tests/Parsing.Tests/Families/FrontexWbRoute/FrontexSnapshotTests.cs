using System.Text.Json;
using MigrationFeeds.Parsing.Families.FrontexWbRoute;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Families.FrontexWbRoute;

/// <summary>The recorded workbook (built from Frontex's real data) against the route's real monthly totals.</summary>
public sealed class FrontexSnapshotTests
{
    [Fact]
    public void Parse_RecordedWorkbook_GivesEveryRealMonthlyTotal()
    {
        var root = RepositoryRoot.Find();
        using var expected = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, "seeds/snapshot/expected/frontex-wb-route.json")));
        var document = Assert.Single(expected.RootElement.GetProperty("documents").EnumerateArray());
        var want = document.GetProperty("figures").EnumerateArray()
            .ToDictionary(f => f.GetProperty("period").GetString()!, f => f.GetProperty("value").GetInt64(), StringComparer.Ordinal);
        var bytes = File.ReadAllBytes(Path.Combine(root, "seeds/snapshot/frontex-wb-route/files/Monthly_detections_of_IBC_2025_06_03.xlsx"));

        var result = new FrontexWbRouteParser().Parse(bytes, new DocumentContext
        {
            Url = document.GetProperty("url").GetString()!,
            ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            DefaultCountry = Countries.Region,
        });

        Assert.Empty(result.Issues);
        Assert.Equal(want.Count, result.Figures.Count);
        Assert.All(result.Figures, f => Assert.Equal(want[f.Period], f.Value));
        Assert.Equal(2477, result.Figures.Single(f => f.Period == "2024-09").Value);
    }
}
