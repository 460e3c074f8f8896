using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Extraction;

/// <summary>A value set against a figure in words of comparison is the same indicator's, in the period its own words give.</summary>
public sealed class ComparedValuesTests
{
    private const string Title = "Migration news";

    [Fact]
    public void Read_ValuesAfterAMonthsFigure_AreTheEarlierMonths()
    {
        Assert.Equal(
            ["SRB arrivals month 2022-09 19345", "SRB arrivals month 2022-08 17997", "SRB arrivals month 2022-07 13425"],
            Extract.Keys(Extract.Figures("Reception centres in Serbia received 19,345 new arrivals in September 2022, after 17,997 in August and 13,425 in July.", null, "2022-10-10", Title)));
    }

    [Fact]
    public void Read_MultipleOfAnEarlierYear_GivesThatYearsValue()
    {
        Assert.Equal(
            ["SRB arrivals year 2019 30216", "SRB arrivals year 2018 16165"],
            Extract.Keys(Extract.Figures("New arrivals met in Serbia in 2019 add up to 30,216, almost twice the 16,165 of 2018.", null, "2020-01-10", Title)));
        Assert.Equal(
            ["XKX arrivals cumulative 2018-01-01/2018-12-10 514", "XKX arrivals year 2017 147"],
            Extract.Keys(Extract.Figures("In Kosovo 514 arrivals have been registered since January 2018, three and a half times the 147 recorded in the whole of 2017.", null, "2018-12-10", Title)));
    }

    [Fact]
    public void Read_ClauseSetAgainstTheFigureWithAPeriodOfItsOwn_GivesThatPeriodsValue()
    {
        Assert.Equal(
            ["BIH arrivals year 2018 24067", "BIH arrivals year 2017 755"],
            Extract.Keys(Extract.Figures("In 2018, 24,067 arrivals were detected in BiH, while the whole of 2017 had seen 755.", null, "2019-01-10", Title)));

        // A number with words of its own in the clause counts what they say.
        Assert.Equal(
            ["SRB arrivals year 2023 108828", "SRB accommodated stock 2024-03-10 1162"],
            Extract.Keys(Extract.Figures("Prema podacima, u Srbiju je tokom prošle godine ušlo 108.828 izbeglica i migranata, dok su trenutno 1.162 osobe smeštene u azilnim i prihvatnim centrima.", null, "2024-03-10", "Vesti")));
    }

    [Fact]
    public void Read_BracketOpeningWithAValueAtAMonthsEnd_IsTheRunningTotalThen()
    {
        Assert.Equal(
            ["BIH asylum_intentions cumulative 2018-01/2019-08 39507", "BIH asylum_intentions cumulative 2018-01/2019-07 36679"],
            Extract.Keys(Extract.Figures("Attestations of intention to seek asylum issued since January 2018 reached 39,507 (36,679 at the end of July).", null, "2019-09-10", "Inter-Agency Operational Update Bosnia and Herzegovina August 2019")));
    }

    [Fact]
    public void Read_CentresFigureComparedWithAQualifiedValue_GivesTheCentresEarlierMonth()
    {
        Assert.Equal(
            ["SRB/Šid accommodated stock 2017-05-07 198", "SRB/Šid accommodated stock 2017-04 500"],
            Extract.Keys(Extract.Figures("Occupancy of TC Šid fell to 198, against over 500 in April.", null, "2017-05-07", "Serbia Update, 1-7 May 2017")));
    }

    [Fact]
    public void Read_ComparedValuesMadeSmallAndAWholeLastYear_AreTheSameIndicatorsEarlierFigures()
    {
        Assert.Equal(
            ["ALB arrivals cumulative 2018-01/2018-05 2311", "ALB arrivals cumulative 2017-01/2017-05 162", "ALB arrivals year 2017 1000"],
            Extract.TitledKeys("Albanian officials said 2,311 migrants were caught in the first five months of this year, against only 162 in January-May 2017 "
                + "and about 1,000 in the whole of last year, so the five-month total is already more than twice last year's.", "News", "ALB", "2018-06-09"));
    }

    [Theory]
    [InlineData("Detections of illegal border-crossings by non-regional migrants on the Western Balkan route, at and between border-crossing points (BCPs), dropped to roughly 19 000 in 2017, after over 260 000 in 2016.", "Frontex risk analysis")]
    [InlineData("According to the annual analysis, illegal border-crossings by migrants from outside the Western Balkans region fell by 92 per cent, from more than 260,000 in 2016 to roughly 19,000 in 2017.", "Macedonia and Frontex")]
    public void Read_ASubjectThatNamesWhatItCountsBeforeItsChange_GivesItsValuesTheirYears(string text, string title)
    {
        var keys = Extract.TitledKeys(text, title, null, "2018-08-01");
        Assert.Contains("WB6 arrivals year 2017 19000", keys);
        Assert.Contains("WB6 arrivals year 2016 260000", keys);
    }
}
