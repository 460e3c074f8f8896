using System.Text;
using MigrationFeeds.Parsing.Families.UnhcrOdp;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Readers.Structured;
using static MigrationFeeds.Parsing.Tests.Families.UnhcrOdp.OdpJson;

namespace MigrationFeeds.Parsing.Tests.Families.UnhcrOdp;

public sealed class UnhcrOdpParserTests
{
    private readonly UnhcrOdpParser parser = new();

    [Fact]
    public void Parse_NumberAsString_ReadsValue()
    {
        var result = Parse(Row("Serbia", "2022-10-31", "\"10218\"", NewMonthly("New arrivals in Serbia (monthly)")));

        var figure = Assert.Single(result.Figures);
        Assert.Empty(result.Issues);
        Assert.Equal(("SRB", Indicators.Arrivals, Measures.Month, "2022-10", 10218L), (figure.Country, figure.Indicator, figure.Measure, figure.Period, figure.Value!.Value));
        Assert.False(figure.Approximate);
        Assert.Equal("Serbia: New arrivals in Serbia (monthly) (NEW, M, NC), 2022-10-31: 10,218", figure.Quote);
    }

    [Fact]
    public void Parse_NumberAsJsonNumber_ReadsValue()
    {
        var result = Parse(Row("Kosovo: S/RES/1244 (1999)", "2022-10-31", "241", NewMonthly()));

        Assert.Equal(241, Assert.Single(result.Figures).Value);
    }

    [Fact]
    public void Parse_NullCount_SkipsTheRowWithAnIssue()
    {
        var result = Parse(Row("Albania", "2022-10-31", "null", NewMonthly()), Row("Montenegro", "2022-10-31", "\"1218\"", NewMonthly()));

        Assert.Equal("MNE", Assert.Single(result.Figures).Country);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((StructuredIssueCodes.Skipped, 1, "Albania, 2022-10-31: null"), (issue.Code, issue.Line, issue.Quote));
    }

    [Fact]
    public void Parse_ZeroString_IsAStatedZero()
    {
        var result = Parse(Row("Montenegro", "2022-10-31", "\"0\"", NewMonthly()));

        Assert.Equal(0, Assert.Single(result.Figures).Value);
    }

    [Fact]
    public void Parse_CountThatIsNotANumber_IsReported()
    {
        var result = Parse(Row("Montenegro", "2022-10-31", "\"n/a\"", NewMonthly()));

        Assert.Empty(result.Figures);
        Assert.Contains(result.Issues, i => i.Code == StructuredIssueCodes.NotACount);
    }

    [Fact]
    public void Parse_MonthFieldDisagreeingWithDate_TheDateGivesThePeriod()
    {
        // The row helper writes month 11; real answers carry such month fields too.
        var result = Parse(Row("Albania", "2022-10-31", "\"1422\"", NewMonthly()));

        Assert.Equal("2022-10", Assert.Single(result.Figures).Period);
    }

    [Theory]
    [InlineData("2023-01-31", Measures.Month, "2023-01")]
    [InlineData("2023-02-28", Measures.Cumulative, "2023-01/2023-02")]
    [InlineData("2023-03-27", Measures.Cumulative, "2023-01-01/2023-03-27")]
    [InlineData("2023-12-31", Measures.Year, "2023")]
    public void Parse_CumulativeSinceAStatedDay_CountsFromThatDay(string date, string measure, string period)
    {
        var group = Group("New arrivals in Montenegro since 1 January 2023", "NEW", "D", "C");

        var result = parser.Parse(Answer(Row("Montenegro", date, "\"785\"", group)), Context("https://data.unhcr.org/population/get/sublocation?sv_id=49&population_collection=35&fromDate=1900-01-01"));

        var figure = Assert.Single(result.Figures);
        Assert.Equal((Indicators.Arrivals, measure, period), (figure.Indicator, figure.Measure, figure.Period));
    }

    [Fact]
    public void Parse_CumulativeWithoutAStatedStart_IsSkipped()
    {
        var result = Parse(Row("Montenegro", "2022-10-31", "\"785\"", Group("Refugees and migrants - Newly Arrival 2022", "NEW", "D", "C")));

        Assert.Empty(result.Figures);
        Assert.Contains(result.Issues, i => i.Code == ParseIssueCodes.PeriodUnknown && i.Quote!.Contains("Newly Arrival 2022", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_CumulativeStartingAfterTheRecord_IsSkipped()
    {
        var result = Parse(Row("Montenegro", "2022-10-31", "\"785\"", Group("New arrivals in Montenegro since 1 January 2023", "NEW", "D", "C")));

        Assert.Empty(result.Figures);
        Assert.Contains(result.Issues, i => i.Code == ParseIssueCodes.PeriodUnknown);
    }

    [Theory]
    [InlineData("NEW", "D", "NC", null, "one day's new arrivals")]
    [InlineData("NEW", "A", "NC", null, "annual new arrivals")]
    [InlineData("REG", "D", "C", "X", "a registered population")]
    [InlineData("AWT", "D", "C", null, "awaiting registration")]
    [InlineData(null, "M", "NC", null, "without a data type")]
    [InlineData("PLN", "D", "C", null, "data type PLN")]
    public void Parse_GroupNoIndicatorMatches_IsSkippedWithTheReason(string? dataType, string frequency, string cumulative, string? accommodation, string reason)
    {
        var result = Parse(Row("Serbia", "2022-10-31", "\"500\"", Group("Some group", dataType, frequency, cumulative, accommodation)));

        Assert.Empty(result.Figures);
        var issue = result.Issues.First();
        Assert.Equal(StructuredIssueCodes.Skipped, issue.Code);
        Assert.Contains(reason, issue.Message, StringComparison.Ordinal);
        Assert.Equal("Serbia, 2022-10-31: Some group (" + (dataType ?? "-") + $", {frequency}, {cumulative})", issue.Quote);
    }

    [Theory]
    [InlineData("REG")]
    [InlineData("EST")]
    public void Parse_PersonsInCentres_AreAccommodatedOnTheRecordDate(string dataType)
    {
        var result = Parse(Row("Serbia", "2022-10-27", "\"7541\"", Group("Refugees and migrants in governmental centres", dataType, "D", "C", "C")));

        var figure = Assert.Single(result.Figures);
        Assert.Equal((Indicators.Accommodated, Measures.Stock, "2022-10-27", 7541L), (figure.Indicator, figure.Measure, figure.Period, figure.Value!.Value));
        Assert.Equal(dataType == "EST", figure.Approximate);
    }

    [Theory]
    [InlineData("C")]
    [InlineData("NC")]
    public void Parse_EstimateOfPersonsPresent_IsAnApproximatePresentTotal(string cumulative)
    {
        var result = Parse(Row("Montenegro", "2022-10-31", "\"480\"", Group("Estimated refugees and migrants present in Montenegro", "EST", "M", cumulative, "X")));

        var figure = Assert.Single(result.Figures);
        Assert.Equal((Indicators.PresentTotal, Measures.Stock, "2022-10-31"), (figure.Indicator, figure.Measure, figure.Period));
        Assert.True(figure.Approximate);
    }

    [Theory]
    [InlineData("Total estimated number of new arrivals", "OTH")]
    [InlineData("Estimated refugees displaced to neighbouring countries - Since 1 February 2021", "REF")]
    [InlineData("Total Number of Asylum Seekers", "ASY")]
    public void Parse_EstimateOfMovementsOrOfAsylumSeekersOnly_IsNotPresentTotal(string name, string type)
    {
        var result = Parse(Row("Montenegro", "2022-10-31", "\"480\"", Group(name, "EST", "D", "C", type: type)));

        Assert.Empty(result.Figures);
        Assert.Contains(result.Issues, i => i.Code == StructuredIssueCodes.Skipped);
    }

    [Fact]
    public void Parse_RowSummingGroupsOfDifferentKinds_IsSkipped()
    {
        var result = Parse(Row("North Macedonia", "2022-10-31", "\"662\"",
            Group("Refugees and migrants in transit centres", "REG", "D", "C", "C"),
            Group("Refugees and migrants outside the centres (estimate)", "EST", "M", "C", "X")));

        Assert.Empty(result.Figures);
        var issue = result.Issues.First();
        Assert.Contains("different kinds", issue.Message, StringComparison.Ordinal);
        Assert.Contains("transit centres (REG, D, C); Refugees and migrants outside", issue.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RowIncludingAGroupNoIndicatorMatches_IsSkippedWhole()
    {
        var result = Parse(Row("Serbia", "2022-10-31", "\"7900\"",
            Group("Refugees and migrants in governmental centres", "REG", "D", "C", "C"),
            Group("Registered refugees from Ukraine", "REG", "D", "C", "X", "REF")));

        Assert.Empty(result.Figures);
        Assert.Contains("Registered refugees from Ukraine", result.Issues.First().Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RowSummingGroupsOfOneKind_GivesTheSum()
    {
        var result = Parse(Row("Bosnia and Herzegovina", "2022-10-31", "\"2942\"",
            Group("Refugees and migrants in reception centres (USK)", "REG", "D", "C", "C"),
            Group("Refugees and migrants in reception centres (Sarajevo)", "REG", "D", "C", "C")));

        var figure = Assert.Single(result.Figures);
        Assert.Equal(2942, figure.Value);
        Assert.Contains("(USK) and 1 more", figure.Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Serbia and Kosovo: S/RES/1244 (1999)")]
    [InlineData("Serbia (and Kosovo: S/RES/1244 (1999))")]
    public void Parse_SerbiaAndKosovoTogether_IsNeitherCountry(string name)
    {
        var result = Parse(Row(name, "2022-10-31", "\"3390\"", NewMonthly()));

        Assert.Empty(result.Figures);
        Assert.Contains(result.Issues, i => i.Code == ParseIssueCodes.Ambiguous);
    }

    [Theory]
    [InlineData("Kosovo (S/RES/1244 (1999))", "XKX")]
    [InlineData("Kosovo: S/RES/1244 (1999)", "XKX")]
    [InlineData("Kosovo", "XKX")]
    [InlineData("Serbia", "SRB")]
    [InlineData("The former Yugoslav Republic of Macedonia", "MKD")]
    [InlineData("North  Macedonia", "MKD")]
    [InlineData("Bosnia and Herzegovina", "BIH")]
    [InlineData("albania", "ALB")]
    [InlineData("Montenegro", "MNE")]
    public void Parse_GeoNames_MapToTheirCountry(string name, string country)
    {
        Assert.Equal(country, Assert.Single(Parse(Row(name, "2022-10-31", "\"96\"", NewMonthly())).Figures).Country);
    }

    [Fact]
    public void Parse_GeoOutsideTheSix_IsReportedUnknown()
    {
        var result = Parse(Row("Croatia", "2022-10-31", "\"96\"", NewMonthly()));

        Assert.Empty(result.Figures);
        Assert.Contains(result.Issues, i => i.Code == StructuredIssueCodes.UnknownCountry && i.Quote == "Croatia, 2022-10-31");
    }

    [Fact]
    public void Parse_RowBelowCountryLevel_IsSkipped()
    {
        var row = Row("Una-Sana Canton", "2022-10-31", "\"1200\"", NewMonthly()).Replace("\"Country\"", "\"Admin1\"", StringComparison.Ordinal);

        var result = Parse(row);

        Assert.Empty(result.Figures);
        Assert.Contains(result.Issues, i => i.Code == StructuredIssueCodes.Skipped && i.Message.Contains("Admin1", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_RowDatedOutsideTheRequestedMonth_IsSkipped()
    {
        var result = Parse(Row("North Macedonia", "2022-09-30", "\"2034\"", NewMonthly()), Row("Serbia", "2022-10-31", "\"10218\"", NewMonthly()));

        Assert.Equal("SRB", Assert.Single(result.Figures).Country);
        Assert.Contains(result.Issues, i => i.Code == StructuredIssueCodes.Skipped && i.Message.Contains("2022-10-01 to 2022-10-31", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_RequestWithoutAnUpperDate_KeepsEveryDate()
    {
        var result = parser.Parse(Answer(Row("Serbia", "2019-03-31", "\"3000\"", NewMonthly())), Context("https://data.unhcr.org/population/get/sublocation?sv_id=49&population_collection=35&fromDate=1900-01-01"));

        Assert.Equal("2019-03", Assert.Single(result.Figures).Period);
    }

    [Fact]
    public void Parse_RowWithoutADate_IsReported()
    {
        var result = Parse(Row("Serbia", "", "\"3000\"", NewMonthly()));

        Assert.Empty(result.Figures);
        Assert.Contains(result.Issues, i => i.Code == ParseIssueCodes.PeriodUnknown);
    }

    [Fact]
    public void Parse_TwoRowsForOnePoint_KeepsNeither()
    {
        var result = Parse(Row("Serbia", "2022-10-31", "\"10218\"", NewMonthly()), Row("Serbia", "2022-10-15", "\"4100\"", NewMonthly()));

        Assert.Empty(result.Figures);
        Assert.Contains(result.Issues, i => i.Code == ParseIssueCodes.Ambiguous && i.Quote!.Contains("10,218 | ", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_OriginShapeRow_IsClassifiedByItsOwnCodes()
    {
        // A row of population/get/origin: the codes on the row itself, population_groups a string.
        const string row = """
            {"id":2686698,"geomaster_name":"Montenegro","geomaster_id":232,"admin_level":"Country","pop_accommodation_code":null,
             "pop_data_type_code":"NEW","pop_type_code":"OTH","pop_frequency_code":"M","pop_frequency_cumulative":"non-cumulative",
             "pop_frequency_cumulative_code":"NC","pop_origin_name":"Various","pop_origin_code":null,"date":"2022-10-31","month":6,"year":2022,
             "population_groups":"New arrivals in Montenegro (monthly)","population_group_id":"5704","source":"UNHCR","individuals":"1218",
             "households":null,"male_04":null,"children_total":"0","uac_total":"0"}
            """;

        var figure = Assert.Single(Parse(row).Figures);

        Assert.Equal(("MNE", "2022-10", 1218L), (figure.Country, figure.Period, figure.Value!.Value));
        Assert.StartsWith("Montenegro: New arrivals in Montenegro (monthly) (NEW, M, NC)", figure.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ErrorAnswer_FailsAsApiError()
    {
        var result = parser.Parse(Encoding.UTF8.GetBytes("""{"message":"Invalid situation view"}"""), Context(MonthUrl));

        Assert.True(result.Failed);
        Assert.Equal(StructuredIssueCodes.ApiError, Assert.Single(result.Issues).Code);
    }

    [Theory]
    [InlineData("", ParseIssueCodes.Empty)]
    [InlineData("<html>Service unavailable</html>", ParseIssueCodes.Unreadable)]
    [InlineData("""{"rows":[]}""", StructuredIssueCodes.LayoutUnknown)]
    public void Parse_NotAPopulationAnswer_Fails(string body, string code)
    {
        var result = parser.Parse(Encoding.UTF8.GetBytes(body), Context(MonthUrl));

        Assert.True(result.Failed);
        Assert.Equal(code, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void Parse_NoRowForTheSix_ReportsNoFiguresWithoutFailing()
    {
        var result = Parse();

        Assert.False(result.Failed);
        Assert.Equal(ParseIssueCodes.NoFigures, Assert.Single(result.Issues).Code);
    }

    private ParseResult Parse(params string[] rows) => parser.Parse(Answer(rows), Context(MonthUrl));

    private static DocumentContext Context(string url) => new() { Url = url, ContentType = "application/json", DefaultCountry = Countries.Region };
}
