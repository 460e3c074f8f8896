using MigrationFeeds.Parsing.Families.FrontexWbRoute;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Readers.Structured;
using MigrationFeeds.Parsing.Tests.Readers.Structured;

namespace MigrationFeeds.Parsing.Tests.Families.FrontexWbRoute;

public sealed class FrontexWbRouteParserTests
{
    private static readonly DocumentContext Context = new()
    {
        Url = "https://www.frontex.europa.eu/assets/Migratory_routes/2025/Monthly_detections_of_IBC_2025_06_03.xlsx",
        ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        DefaultCountry = Countries.Region,
    };

    private static readonly object?[] Header = ["Route", "Border type or inland", "Nationality", "AUG2024", "SEP2024"];

    private readonly FrontexWbRouteParser parser = new();

    [Fact]
    public void Parse_RouteRows_SumsNationalitiesPerMonthForTheRegion()
    {
        var bytes = TestXlsx.Build("Detections_of_IBC", 2,
        [
            Header,
            ["Western Balkan Route", "Land", "SYR", 1200, 1500],
            ["Western Balkan Route", "Land", "AFG", 700, 977],
            ["Western Balkan Route", "Sea", "TUR", null, null],
        ]);

        var result = parser.Parse(bytes, Context);

        Assert.Empty(result.Issues);
        Assert.Collection(
            result.Figures,
            f => Assert.Equal(("WB6", "arrivals", "month", "2024-08", 1900L), (f.Country, f.Indicator, f.Measure, f.Period, f.Value!.Value)),
            f =>
            {
                Assert.Equal(("2024-09", 2477L), (f.Period, f.Value!.Value));
                Assert.Equal("Western Balkan Route, total, 2024-09: 2,477", f.Quote);
                Assert.Equal(1, f.Page);
                Assert.Null(f.Site);
            });
    }

    [Fact]
    public void Parse_OtherRoutes_AreNotCounted()
    {
        var bytes = TestXlsx.Build("Detections_of_IBC", 2,
        [
            Header,
            ["Eastern Mediterranean Route", "Sea", "SYR", 5000, 6000],
            ["Circular Route from Albania to Greece", "Land", "ALB", 300, 250],
            ["Western Balkan Route", "Land", "SYR", 10, 20],
        ]);

        var result = parser.Parse(bytes, Context);

        Assert.Equal([10L, 20L], result.Figures.Select(f => f.Value!.Value));
    }

    [Fact]
    public void Parse_MonthWithNoCellOfTheRoute_IsNotAZero()
    {
        var bytes = TestXlsx.Build("Detections_of_IBC", 2,
        [
            Header,
            ["Western Balkan Route", "Land", "SYR", null, 20],
            ["Eastern Mediterranean Route", "Sea", "SYR", 5000, 6000],
        ]);

        var result = parser.Parse(bytes, Context);

        Assert.Equal("2024-09", Assert.Single(result.Figures).Period);
    }

    [Fact]
    public void Parse_TextInAMonthCell_LeavesThatMonthOutWithAnIssue()
    {
        var bytes = TestXlsx.Build("Detections_of_IBC", 2,
        [
            Header,
            ["Western Balkan Route", "Land", "SYR", 10, "n.a."],
            ["Western Balkan Route", "Land", "AFG", 5, 7],
        ]);

        var result = parser.Parse(bytes, Context);

        Assert.Equal(("2024-08", 15L), (Assert.Single(result.Figures).Period, result.Figures[0].Value!.Value));
        var issue = Assert.Single(result.Issues);
        Assert.Equal(StructuredIssueCodes.NotACount, issue.Code);
        Assert.Equal(3, issue.Line);
        Assert.Equal("n.a.", issue.Quote);
    }

    [Fact]
    public void Parse_TotalRowOfTheRoute_IsNotCountedTwice()
    {
        var bytes = TestXlsx.Build("Detections_of_IBC", 2,
        [
            Header,
            ["Western Balkan Route", "Land", "SYR", 10, 20],
            ["Western Balkan Route", "Land", "Total", 10, 20],
        ]);

        var result = parser.Parse(bytes, Context);

        Assert.Equal([10L, 20L], result.Figures.Select(f => f.Value!.Value));
        Assert.Equal(StructuredIssueCodes.Skipped, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void Parse_InlineStringsAndAnotherSheetName_AreReadToo()
    {
        var bytes = TestXlsx.Build("Sheet1", 1,
        [
            ["Route", "Border Location", "Nationality", "Jan 2009"],
            ["Western Balkan Route", "Land", "Afghanistan", 177],
        ], inlineStrings: true);

        var result = parser.Parse(bytes, Context);

        Assert.Equal(("2009-01", 177L), (Assert.Single(result.Figures).Period, result.Figures[0].Value!.Value));
    }

    [Fact]
    public void Parse_NoRowOfTheRoute_GivesNoFiguresAndSaysSo()
    {
        var bytes = TestXlsx.Build("Detections_of_IBC", 2, [Header, ["Central Mediterranean Route", "Sea", "BGD", 41, 7]]);

        var result = parser.Parse(bytes, Context);

        Assert.Empty(result.Figures);
        Assert.Contains(result.Issues, i => i.Code == ParseIssueCodes.NoFigures);
    }

    [Fact]
    public void Parse_NoHeaderRow_FailsWithLayoutIssue()
    {
        var bytes = TestXlsx.Build("Detections_of_IBC", 1, [["Detections", "JAN2009"], ["Western Balkan Route", 177]]);

        var result = parser.Parse(bytes, Context);

        Assert.True(result.Failed);
        Assert.Equal(StructuredIssueCodes.LayoutUnknown, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void Parse_ErrorPageInsteadOfWorkbook_FailsUnreadable()
    {
        var result = parser.Parse("<html><title>403 Forbidden</title></html>"u8.ToArray(), Context);

        Assert.True(result.Failed);
        Assert.Equal(ParseIssueCodes.Unreadable, Assert.Single(result.Issues).Code);
    }

    [Theory]
    [InlineData("SEP2024", "2024-09")]
    [InlineData("Jan 2009", "2009-01")]
    [InlineData("dec-2015", "2015-12")]
    [InlineData("Nationality", null)]
    [InlineData("XYZ2024", null)]
    public void MonthOf_HeaderLabel_IsYearMonth(string label, string? month)
    {
        Assert.Equal(month, FrontexWbRouteParser.MonthOf(label));
    }
}
