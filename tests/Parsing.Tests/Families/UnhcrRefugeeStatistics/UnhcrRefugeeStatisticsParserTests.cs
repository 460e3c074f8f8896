using System.Text;
using MigrationFeeds.Parsing.Families.UnhcrRefugeeStatistics;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Readers.Structured;

namespace MigrationFeeds.Parsing.Tests.Families.UnhcrRefugeeStatistics;

public sealed class UnhcrRefugeeStatisticsParserTests
{
    private static readonly DocumentContext Context = new()
    {
        Url = "https://api.unhcr.org/population/v1/asylum-applications/?cf_type=ISO&coa=BIH&yearFrom=2015&limit=1000&page=1",
        ContentType = "application/json",
        DefaultCountry = Countries.BosniaAndHerzegovina,
    };

    private readonly UnhcrRefugeeStatisticsParser parser = new();

    [Fact]
    public void Parse_NewApplicationsInPersons_AreSummedOverProceduresPerYear()
    {
        var result = parser.Parse(Page(
            Row("MKD", "MCD", "North Macedonia", 2023, "G", "N", "P", "190"),
            Row("MKD", "MCD", "North Macedonia", 2023, "U", "N", "P", "12"),
            Row("MKD", "MCD", "North Macedonia", 2024, "G", "V", "P", "250")), Context);

        Assert.Empty(result.Issues);
        Assert.Equal(["MKD 2023 202", "MKD 2024 250"], result.Figures.Select(f => $"{f.Country} {f.Period} {f.Value}"));
        Assert.All(result.Figures, f => Assert.Equal((Indicators.AsylumApplications, Measures.Year), (f.Indicator, f.Measure)));
        Assert.Equal("UNHCR asylum applications lodged (new, persons), North Macedonia, 2023: 202", result.Figures[0].Quote);
    }

    [Fact]
    public void Parse_CountAsString_IsReadAsNumber()
    {
        var result = parser.Parse(Page(Row("BIH", "BSN", "Bosnia and Herzegovina", 2024, "G", "N", "P", "\"1,129\"")), Context);

        Assert.Equal(1129, Assert.Single(result.Figures).Value);
    }

    [Fact]
    public void Parse_DashForAMissingCount_LeavesTheWholeYearOut()
    {
        var result = parser.Parse(Page(
            Row("ALB", "ALB", "Albania", 2024, "G", "N", "P", "640"),
            Row("ALB", "ALB", "Albania", 2024, "G", "V", "P", "\"-\"")), Context);

        Assert.Empty(result.Figures);
        Assert.Contains(result.Issues, i => i.Code == StructuredIssueCodes.Skipped && i.Quote == "Albania, 2024: -");
    }

    [Fact]
    public void Parse_CasesAppealsAndRepeatApplications_AreNotCounted()
    {
        var result = parser.Parse(Page(
            Row("MNE", "MNE", "Montenegro", 2024, "G", "N", "P", "115"),
            Row("MNE", "MNE", "Montenegro", 2024, "G", "N", "C", "80"),
            Row("MNE", "MNE", "Montenegro", 2024, "G", "A", "P", "20"),
            Row("MNE", "MNE", "Montenegro", 2024, "G", "R", "P", "7")), Context);

        Assert.Equal(115, Assert.Single(result.Figures).Value);
        Assert.Equal(StructuredIssueCodes.Skipped, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void Parse_SerbiaAndKosovoTogether_IsNeitherCountry()
    {
        var result = parser.Parse(Page(Row("SRB", "SRB", "Serbia and Kosovo: S/RES/1244 (1999)", 2024, "G", "N", "P", "300")), Context);

        Assert.Empty(result.Figures);
        Assert.Contains(result.Issues, i => i.Code == ParseIssueCodes.Ambiguous);
    }

    [Fact]
    public void Parse_UnhcrCodeWithoutIso_IsMappedToTheCountry()
    {
        var result = parser.Parse(Page(
            Row("-", "BSN", "Bosnia and Herzegovina", 2023, "G", "N", "P", "147"),
            Row("-", "KOS", "Kosovo (S/RES/1244 (1999))", 2015, "G", "N", "P", "10")), Context);

        Assert.Equal(["BIH 2023 147", "XKX 2015 10"], result.Figures.Select(f => $"{f.Country} {f.Period} {f.Value}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parse_CountryOutsideTheSix_IsLeftOut()
    {
        var result = parser.Parse(Page(Row("HRV", "HRV", "Croatia", 2024, "G", "N", "P", "900")), Context);

        Assert.Empty(result.Figures);
        Assert.Contains(result.Issues, i => i.Code == StructuredIssueCodes.UnknownCountry);
    }

    [Fact]
    public void Parse_FirstOfSeveralPages_FailsRatherThanSumPartly()
    {
        var json = Encoding.UTF8.GetBytes("{\"page\":1,\"maxPages\":3,\"items\":[" + Row("ALB", "ALB", "Albania", 2024, "G", "N", "P", "5") + "]}");

        var result = parser.Parse(json, Context);

        Assert.True(result.Failed);
        Assert.Empty(result.Figures);
    }

    [Fact]
    public void Parse_NoItems_FailsWithLayoutIssue()
    {
        var result = parser.Parse("{\"message\":\"Not found\"}"u8.ToArray(), Context);

        Assert.True(result.Failed);
        Assert.Equal(StructuredIssueCodes.LayoutUnknown, result.Issues[0].Code);
    }

    private static byte[] Page(params string[] rows) =>
        Encoding.UTF8.GetBytes("{\"page\":1,\"maxPages\":1,\"short-url\":\"x\",\"total\":{\"applied\":0},\"items\":[" + string.Join(',', rows) + "]}");

    private static string Row(string iso, string code, string name, int year, string procedure, string type, string unit, string applied) =>
        $"{{\"year\":{year},\"coo_id\":\"-\",\"coa_id\":1,\"coo_name\":\"-\",\"coa_name\":\"{name}\",\"coo\":\"-\",\"coa\":\"{code}\",\"coo_iso\":\"-\",\"coa_iso\":\"{iso}\","
        + $"\"procedure_type\":\"{procedure}\",\"app_type\":\"{type}\",\"dec_level\":\"FI\",\"app_pc\":\"{unit}\",\"applied\":{applied}}}";
}
