using MigrationFeeds.Parsing.Language.Numbers;
using MigrationFeeds.Parsing.Language.Periods;
using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Extraction;

/// <summary>Tables as text without word positions, quarters as column heads, numbers in millions and spans joined by "and".</summary>
public sealed class TablesAndScalesTests
{
    private static IReadOnlyList<string> Read(string text, string? country = null, string? published = "2021-05-28") =>
        Extract.Keys(Extract.Figures(text, country, published));

    [Fact]
    public void Read_TextTableOfCentres_GivesEachCentreItsColumnsAndTheTotalTheCountrys()
    {
        var text = "Migration response in Bosnia and Herzegovina\n\nOCCUPANCY OF THE CENTRES AS OF 21 MAY 2021\n\n"
            + "Centre Canton Capacity Present Free beds\nTRC Borići USC 500 372 128\nTRC Ušivak SC 800 612 188\nTotal 1,300 984 316\n\nThe week was calm.\n";

        Assert.Equal(
            ["BIH/Borići capacity stock 2021-05-21 500", "BIH/Borići accommodated stock 2021-05-21 372",
             "BIH/Ušivak capacity stock 2021-05-21 800", "BIH/Ušivak accommodated stock 2021-05-21 612",
             "BIH capacity stock 2021-05-21 1300", "BIH accommodated stock 2021-05-21 984"],
            Read(text, "BIH"));
    }

    [Fact]
    public void Read_TextTableWithAColumnTheLexiconDoesNotKnow_IsNotReadShifted()
    {
        var text = "Migration response in Bosnia and Herzegovina\n\nOCCUPANCY OF THE CENTRES AS OF 21 MAY 2021\n\n"
            + "Centre Capacity Present Men Women\nTRC Borići 500 372 200 172\nTRC Ušivak 800 612 400 212\n";

        Assert.DoesNotContain(Read(text, "BIH"), k => k.Contains("capacity", StringComparison.Ordinal) || k.Contains("/", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_TableHeadedByQuarters_GivesEachCountryAFigurePerQuarter()
    {
        var text = "Regional overview\n\nRefugees and migrants newly registered by the authorities, by country\n\n"
            + "                   Q2 2020      Q1 2021      Q2 2021\nGreece             1,987        2,411        2,250\n"
            + "Serbia             5,402        9,870       10,958\nMontenegro           402          611          876\n";

        Assert.Equal(
            ["SRB arrivals cumulative 2020-04/2020-06 5402", "SRB arrivals cumulative 2021-01/2021-03 9870", "SRB arrivals cumulative 2021-04/2021-06 10958",
             "MNE arrivals cumulative 2020-04/2020-06 402", "MNE arrivals cumulative 2021-01/2021-03 611", "MNE arrivals cumulative 2021-04/2021-06 876"],
            Read(text, published: "2021-07-30"));
    }

    [Theory]
    [InlineData("Q2 2021", "2021-04/2021-06")]
    [InlineData("Q1/2020", "2020-01/2020-03")]
    [InlineData("2019-Q4", "2019-10/2019-12")]
    public void Read_QuarterCode_IsItsThreeMonths(string text, string period)
    {
        var mention = Assert.Single(PeriodReader.Read(text, new ReportPeriod { Published = new DateOnly(2022, 1, 10) }));

        Assert.Equal(PeriodKind.Interval, mention.Kind);
        Assert.Equal(period, mention.Period);
    }

    [Theory]
    [InlineData("1.5 million migrants", 1_500_000)]
    [InlineData("over 2 million people", 2_000_000)]
    public void Read_MillionsInWords_ScaleTheNumber(string text, long value)
    {
        Assert.Equal(value, Assert.Single(NumberReader.Read(text)).Value);
    }

    [Fact]
    public void Read_MillionsOfMoney_AreNoCount()
    {
        Assert.Empty(NumberReader.Read("The EU gave 3.5 million euros and EUR 2 million."));
    }

    [Fact]
    public void Read_PersonsWhoPassedThroughACountry_AreItsArrivals()
    {
        Assert.Equal(
            ["SRB arrivals cumulative 2015-01-01/2025-12-18 1500000"],
            Read("Since 2015, more than 1.5 million migrants have passed through Serbia.", published: "2025-12-18"));
        Assert.Equal(
            ["SRB arrivals cumulative 2015-01-01/2025-12-18 1500000"],
            Read("Od 2015. godine je prošlo kroz Srbiju oko 1,5 miliona migranata.", published: "2025-12-18"));
        Assert.DoesNotContain(Read("Most of them came through Serbia, the police said; 300 were stopped at the border.", "BIH", "2025-12-18"),
            k => k.StartsWith("SRB", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_TwoMonthsOrYearsInARowJoinedByAnd_AreOneSpan()
    {
        Assert.Equal(["MKD arrivals cumulative 2015-07/2015-08 62500"], Read("Over 62,500 migrants entered North Macedonia in July and August.", null, "2015-09-10"));
        Assert.Equal(["MKD arrivals cumulative 2015-01/2016-12 800000"], Read("Around 800,000 migrants passed through North Macedonia in 2015 and 2016.", null, "2018-06-27"));
        Assert.DoesNotContain("MKD arrivals cumulative 2015-07/2015-08 500", Read("In July and August, 500 and 700 migrants entered North Macedonia respectively.", null, "2015-09-10"));
    }
}
