using System.Text;
using MigrationFeeds.Parsing.Families.EurostatAsylum;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Readers.Structured;

namespace MigrationFeeds.Parsing.Tests.Families.EurostatAsylum;

public sealed class EurostatAsylumParserTests
{
    private static readonly DocumentContext Context = new()
    {
        Url = "https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/migr_asyappctza?geo=ME",
        ContentType = "application/json",
        DefaultCountry = Countries.Region,
    };

    private readonly EurostatAsylumParser parser = new();

    [Fact]
    public void Parse_TwoGeosThreeYears_ReadsTheFlatIndexRowMajor()
    {
        // geo is before time, so index = geo * 3 + time: 1 → ME 2023, 3 → RS 2022, 5 → RS 2024.
        var json = Dataset(
            """ "geo": {"label": "Geo", "category": {"index": {"ME": 0, "RS": 1}, "label": {"ME": "Montenegro", "RS": "Serbia"}}}, """,
            """ "time": {"category": {"index": {"2022": 0, "2023": 1, "2024": 2}}} """,
            ids: """ "geo", "time" """, sizes: "2, 3", value: """{"1": 135, "3": 320, "5": 195}""");

        var result = parser.Parse(json, Context);

        Assert.Empty(result.Issues);
        Assert.Equal(
            ["MNE 2023 135", "SRB 2022 320", "SRB 2024 195"],
            result.Figures.Select(f => $"{f.Country} {f.Period} {f.Value}"));
        Assert.All(result.Figures, f => Assert.Equal((Indicators.AsylumApplications, Measures.Year, 1), (f.Indicator, f.Measure, f.Page)));
        Assert.Equal("migr_asyappctza, first-time asylum applicants, Montenegro (ME), 2023: 135", result.Figures[0].Quote);
    }

    [Fact]
    public void Parse_TimeBeforeGeo_IndexFollowsTheOrderOfId()
    {
        // time is before geo now, so index = time * 2 + geo: 1 → RS 2022, 2 → ME 2023.
        var json = Dataset(
            """ "time": {"category": {"index": ["2022", "2023"]}}, """,
            """ "geo": {"category": {"index": ["ME", "RS"]}} """,
            ids: """ "time", "geo" """, sizes: "2, 2", value: """{"1": 320, "2": 135}""");

        var result = parser.Parse(json, Context);

        Assert.Equal(["SRB 2022 320", "MNE 2023 135"], result.Figures.Select(f => $"{f.Country} {f.Period} {f.Value}"));
    }

    [Fact]
    public void Parse_DenseValueArrayWithNulls_SkipsTheMissingCells()
    {
        var json = Dataset(
            """ "geo": {"category": {"index": ["ME"]}}, """,
            """ "time": {"category": {"index": ["2024-01", "2024-02", "2024M03"]}} """,
            ids: """ "geo", "time" """, sizes: "1, 3", value: "[10, null, 15]");

        var result = parser.Parse(json, Context);

        Assert.Equal(["2024-01 10", "2024-03 15"], result.Figures.Select(f => $"{f.Period} {f.Value}"));
        Assert.All(result.Figures, f => Assert.Equal(Measures.Month, f.Measure));
    }

    [Fact]
    public void Parse_StatusFlags_AreQuotedAndEstimatesApproximate()
    {
        var json = Dataset(
            """ "geo": {"category": {"index": ["ME"]}}, """,
            """ "time": {"category": {"index": ["2022", "2023", "2024"]}} """,
            ids: """ "geo", "time" """, sizes: "1, 3", value: """{"0": 165, "1": 135, "2": 100}""", status: """{"1": "e", "2": "p"}""");

        var result = parser.Parse(json, Context);

        Assert.Equal([false, true, false], result.Figures.Select(f => f.Approximate));
        Assert.EndsWith("2024: 100 (provisional)", result.Figures[2].Quote, StringComparison.Ordinal);
        Assert.EndsWith("2023: 135 (estimated)", result.Figures[1].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FlagWithoutValue_IsNoFigureButAnIssue()
    {
        var json = Dataset(
            """ "geo": {"category": {"index": ["ME"]}}, """,
            """ "time": {"category": {"index": ["2023", "2024"]}} """,
            ids: """ "geo", "time" """, sizes: "1, 2", value: """{"0": 135}""", status: """{"1": "c"}""");

        var result = parser.Parse(json, Context);

        Assert.Equal("2023", Assert.Single(result.Figures).Period);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(StructuredIssueCodes.Skipped, issue.Code);
        Assert.Contains("confidential", issue.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BreakdownCells_OnlyTheTotalIsRead()
    {
        // citizen × sex × time, 2 × 2 × 1: index = citizen * 2 + sex.
        var json = Dataset(
            """ "citizen": {"category": {"index": ["TOTAL", "AFG"]}}, "sex": {"category": {"index": ["T", "M"]}}, "geo": {"category": {"index": ["ME"]}}, """,
            """ "time": {"category": {"index": ["2018"]}} """,
            ids: """ "citizen", "sex", "geo", "time" """, sizes: "2, 2, 1, 1", value: """{"0": 3085, "1": 2500, "2": 45, "3": 40}""");

        var result = parser.Parse(json, Context);

        Assert.Equal(3085, Assert.Single(result.Figures).Value);
        Assert.Equal(StructuredIssueCodes.Skipped, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void Parse_GeoOutsideTheSix_IsLeftOutWithAnIssue()
    {
        var json = Dataset(
            """ "geo": {"category": {"index": ["HR", "ME"], "label": {"HR": "Croatia", "ME": "Montenegro"}}}, """,
            """ "time": {"category": {"index": ["2024"]}} """,
            ids: """ "geo", "time" """, sizes: "2, 1", value: """{"0": 9000, "1": 100}""");

        var result = parser.Parse(json, Context);

        Assert.Equal("MNE", Assert.Single(result.Figures).Country);
        Assert.Equal((StructuredIssueCodes.UnknownCountry, "Croatia"), (Assert.Single(result.Issues).Code, result.Issues[0].Quote));
    }

    [Fact]
    public void Parse_QuarterTime_IsNotGuessed()
    {
        var json = Dataset(
            """ "geo": {"category": {"index": ["ME"]}}, """,
            """ "time": {"category": {"index": ["2024-Q1"]}} """,
            ids: """ "geo", "time" """, sizes: "1, 1", value: """{"0": 30}""");

        var result = parser.Parse(json, Context);

        Assert.Empty(result.Figures);
        Assert.Contains(result.Issues, i => i.Code == ParseIssueCodes.PeriodUnknown);
    }

    [Fact]
    public void Parse_SizeDisagreesWithCategories_FailsWithLayoutIssue()
    {
        var json = Dataset(
            """ "geo": {"category": {"index": ["ME"]}}, """,
            """ "time": {"category": {"index": ["2023", "2024"]}} """,
            ids: """ "geo", "time" """, sizes: "1, 3", value: """{"0": 135}""");

        var result = parser.Parse(json, Context);

        Assert.True(result.Failed);
        Assert.Equal(StructuredIssueCodes.LayoutUnknown, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void Parse_EurostatErrorAnswer_FailsWithApiError()
    {
        var json = Encoding.UTF8.GetBytes("""{"error":[{"status":400,"id":100,"label":"ERR_NO_RESULTS: No results found"}]}""");

        var result = parser.Parse(json, Context);

        Assert.True(result.Failed);
        Assert.Equal(StructuredIssueCodes.ApiError, result.Issues[0].Code);
        Assert.Contains("No results", result.Issues[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NotJson_FailsUnreadable()
    {
        var result = parser.Parse("<html>Service Unavailable</html>"u8.ToArray(), Context);

        Assert.True(result.Failed);
        Assert.Equal(ParseIssueCodes.Unreadable, result.Issues[0].Code);
    }

    [Theory]
    [InlineData("2024", "year", "2024")]
    [InlineData("2024-07", "month", "2024-07")]
    [InlineData("2024M07", "month", "2024-07")]
    public void PeriodOf_TimeCode_IsMeasureAndPeriod(string time, string measure, string period)
    {
        Assert.Equal((measure, period), EurostatAsylumParser.PeriodOf(time));
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("2024-Q2")]
    [InlineData("2024S1")]
    public void PeriodOf_OtherTimeCodes_IsNull(string time)
    {
        Assert.Null(EurostatAsylumParser.PeriodOf(time));
    }

    private static byte[] Dataset(string firstDimensions, string timeDimension, string ids, string sizes, string value, string? status = null)
    {
        var statusMember = status is null ? string.Empty : "\"status\": " + status + ",";
        var json = "{\"version\":\"2.0\",\"class\":\"dataset\",\"label\":\"Asylum applicants\",\"source\":\"ESTAT\","
            + "\"value\": " + value + ", " + statusMember
            + "\"id\": [" + ids + "], \"size\": [" + sizes + "], "
            + "\"dimension\": {" + firstDimensions + timeDimension + "}, "
            + "\"extension\": {\"id\": \"MIGR_ASYAPPCTZA\", \"agencyId\": \"ESTAT\"}}";
        return Encoding.UTF8.GetBytes(json);
    }
}
