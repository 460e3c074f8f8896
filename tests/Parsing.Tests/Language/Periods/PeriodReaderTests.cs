using MigrationFeeds.Parsing.Language.Periods;

namespace MigrationFeeds.Parsing.Tests.Language.Periods;

public sealed class PeriodReaderTests
{
    private static readonly ReportPeriod October2022 = new() { ReportMonth = new YearMonth(2022, 10), Published = new DateOnly(2022, 11, 18) };

    private static PeriodMention Single(string text, ReportPeriod? report = null) => Assert.Single(PeriodReader.Read(text, report ?? October2022));

    [Theory]
    [InlineData("arrived irregularly in October", "2022-10")]
    [InlineData("during September 2021", "2021-09")]
    [InlineData("compared to October 2021", "2021-10")]
    [InlineData("in the month of August", "2022-08")]
    [InlineData("in December", "2021-12")]
    [InlineData("in the 1-31 October 2021 period", "2021-10")]
    public void Read_MonthName_IsAMonth(string text, string period)
    {
        var mention = Single(text);

        Assert.Equal(PeriodKind.Month, mention.Kind);
        Assert.Equal(period, mention.Period);
    }

    [Fact]
    public void Read_MonthAfterTheReportMonthButBeforePublication_IsInThePublicationYear()
    {
        Assert.Equal("2022-11", Single("In November, the authorities opened a centre").Period);
    }

    [Fact]
    public void Read_BareMonthWithOnlyAPublicationDate_ResolvesWithIt()
    {
        var mention = Single("in October", new ReportPeriod { Published = new DateOnly(2022, 11, 25) });

        Assert.Equal("2022-10", mention.Period);
    }

    [Theory]
    [InlineData("since January 2018")]
    [InlineData("since the start of the mixed movement in January 2018")]
    [InlineData("since the mixed movement started in January 2018")]
    [InlineData("since 2018")]
    public void Read_SinceAMonth_IsCumulativeToTheReportMonth(string text)
    {
        var mention = Single(text);

        Assert.Equal(PeriodKind.Interval, mention.Kind);
        Assert.Equal("2018-01/2022-10", mention.Period);
    }

    [Theory]
    [InlineData("since June 2015")]
    [InlineData("since 1 June 2015")]
    [InlineData("since the migrant crisis broke out in June 2015")]
    public void Read_SinceAMonthOtherThanJanuary_StartsInThatMonth(string text)
    {
        Assert.Equal("2015-06/2022-10", Single(text).Period);
    }

    [Fact]
    public void Read_AsOfAMonthBeforeWhatHasBeenDone_IsASpanFromIt()
    {
        Assert.Equal("2022-06/2022-10", Single("as of June, around 200 thousand refugees have entered the country").Period);
        Assert.Equal((PeriodKind.Month, "2022-06"), (Single("as of June, 2,000 migrants are in Serbia").Kind, Single("as of June, 2,000 migrants are in Serbia").Period));
    }

    [Theory]
    [InlineData("at the end of October", "2022-10")]
    [InlineData("At the end of the month", "2022-10")]
    [InlineData("centres, end of month", "2022-10")]
    [InlineData("at the end of September 2021", "2021-09")]
    public void Read_EndOfMonth_IsAPointInTime(string text, string period)
    {
        var mention = Single(text);

        Assert.Equal(PeriodKind.PointInTime, mention.Kind);
        Assert.Equal(period, mention.Period);
    }

    [Fact]
    public void Read_AsOfADay_IsADate()
    {
        var mention = Single("as of 31 October");

        Assert.Equal(PeriodKind.PointInTime, mention.Kind);
        Assert.Equal("2022-10-31", mention.Period);
    }

    [Fact]
    public void Read_PartOfAMonth_IsAnIntervalOfDays()
    {
        var mention = Single("in the 1-27 August period");

        Assert.Equal(PeriodKind.Interval, mention.Kind);
        Assert.Equal("2022-08-01/2022-08-27", mention.Period);
    }

    [Fact]
    public void Read_BetweenTwoMonths_IsAnInterval()
    {
        Assert.Equal("2018-01/2019-08", Single("between 1 January 2018 and 31 August 2019").Period);
    }

    [Fact]
    public void Read_PreviousMonth_IsTheMonthBeforeTheReportMonth()
    {
        Assert.Equal("2022-09", Single("compared to the previous month").Period);
    }

    [Theory]
    [InlineData("In 2021, arrivals were recorded", 2021)]
    [InlineData("With 27,418 arrivals, 2022 saw", 2022)]
    public void Read_Year_IsAYear(string text, int year)
    {
        var mention = Single(text);

        Assert.Equal(PeriodKind.Year, mention.Kind);
        Assert.Equal(year, mention.Year);
    }

    [Theory]
    [InlineData("on par with the same period of 2020", "2020-01/2020-10")]
    [InlineData("as in the first ten months of 2020", "2020-01/2020-10")]
    [InlineData("in the first half of 2022", "2022-01/2022-06")]
    [InlineData("in the first quarter of 2023", "2023-01/2023-03")]
    public void Read_SamePartOfAnotherYear_IsAnInterval(string text, string period)
    {
        Assert.Equal(period, Single(text).Period);
    }

    [Theory]
    [InlineData("In the last four months of 2017 partners identified", "2017-09/2017-12")]
    [InlineData("during the final quarter of 2019", "2019-10/2019-12")]
    public void Read_LastMonthsOfAYear_EndWithItsDecember(string text, string period)
    {
        Assert.Equal(period, Single(text).Period);
    }

    [Fact]
    public void Read_LastMonthsWithoutAYear_AreNotAPeriod()
    {
        Assert.DoesNotContain(PeriodReader.Read("in the last four months, arrivals rose", October2022), m => m.Kind == PeriodKind.Interval);
    }

    [Fact]
    public void Read_SamePeriodNamingItsYear_IsThatYearsPartNotTheSentenceBefores()
    {
        var before = Single("In Jan-Oct 2022, the authorities reported 99,031 new arrivals");

        var mention = Assert.Single(PeriodReader.Read("compared to 49,402 in the same period in 2021", October2022, previous: before));

        Assert.Equal("2021-01/2021-10", mention.Period);
    }

    [Theory]
    [InlineData("In Jan-Sep 2022, the authorities reported", "2022-01/2022-09")]
    [InlineData("between January–October 2022", "2022-01/2022-10")]
    public void Read_TwoMonthsOfOneYear_IsTheIntervalBetweenThem(string text, string period)
    {
        var mention = Single(text);

        Assert.Equal(PeriodKind.Interval, mention.Kind);
        Assert.Equal(period, mention.Period);
    }

    [Theory]
    [InlineData("a 27% increase compared to the previous month", true)]
    [InlineData("22% fewer than in September", true)]
    [InlineData("up 29% on August", true)]
    [InlineData("a 13% increase over May 2022", true)]
    [InlineData("a level similar to the previous month", true)]
    [InlineData("the highest number since October 2018", true)]
    [InlineData("arrived irregularly in October", false)]
    [InlineData("more than 300 persons arrived in October", false)]
    public void Read_Period_KnowsWhetherItIsCompared(string text, bool comparative)
    {
        Assert.Equal(comparative, Single(text).IsComparative);
    }

    [Fact]
    public void Read_ComparisonContinuedWithAnd_IsStillAComparison()
    {
        var mentions = PeriodReader.Read("in July, a level similar to the previous month (2,273) and to July 2021 (2,236)", October2022);

        Assert.Equal([false, true, true], mentions.Select(m => m.IsComparative));
    }

    [Fact]
    public void Read_VerbMay_IsNotAMonth()
    {
        Assert.Empty(PeriodReader.Read("persons may stay outside", October2022));
    }
}
