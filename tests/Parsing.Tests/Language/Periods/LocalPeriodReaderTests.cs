using MigrationFeeds.Parsing.Language.Packs;
using MigrationFeeds.Parsing.Language.Periods;
using MigrationFeeds.Parsing.Language.Text;

namespace MigrationFeeds.Parsing.Tests.Language.Periods;

/// <summary>Periods in the region's languages (read on folded text, as the engine does).</summary>
public sealed class LocalPeriodReaderTests
{
    private static readonly ReportPeriod October2022 = new() { ReportMonth = new YearMonth(2022, 10), Published = new DateOnly(2022, 11, 9) };

    private static PeriodMention Single(string code, string text, ReportPeriod? report = null, PeriodMention? previous = null) =>
        Assert.Single(PeriodReader.Read(FoldedText.Fold(text).Text, report ?? October2022, LanguagePacks.ByCode(code), previous));

    [Theory]
    [InlineData("sh", "u oktobru", "2022-10")]
    [InlineData("sh", "tokom septembra", "2022-09")]
    [InlineData("sh", "u listopadu 2022.", "2022-10")]
    [InlineData("sh", "у октобру", "2022-10")]
    [InlineData("mk", "во текот на октомври", "2022-10")]
    [InlineData("sq", "në tetor", "2022-10")]
    [InlineData("sq", "gjatë shtatorit", "2022-09")]
    public void Read_DeclinedMonthName_IsThatMonth(string code, string text, string period)
    {
        var mention = Single(code, text);

        Assert.Equal((PeriodKind.Month, period), (mention.Kind, mention.Period));
    }

    [Theory]
    [InlineData("sh", "krajem oktobra")]
    [InlineData("mk", "на крајот на октомври")]
    [InlineData("sq", "në fund të tetorit")]
    public void Read_EndOfMonth_IsAPointInTime(string code, string text)
    {
        var mention = Single(code, text);

        Assert.Equal((PeriodKind.PointInTime, "2022-10"), (mention.Kind, mention.Period));
    }

    [Theory]
    [InlineData("sh", "od početka godine", "2022-01/2022-10")]
    [InlineData("sh", "od januara 2018. godine", "2018-01/2022-10")]
    [InlineData("mk", "од почетокот на годината", "2022-01/2022-10")]
    [InlineData("sq", "që nga janari 2022", "2022-01/2022-10")]
    public void Read_Since_IsAnIntervalToTheReportMonth(string code, string text, string period)
    {
        var mention = Single(code, text);

        Assert.Equal((PeriodKind.Interval, period), (mention.Kind, mention.Period));
    }

    [Fact]
    public void Read_DayRange_IsAnIntervalWithDays()
    {
        Assert.Equal("2022-08-01/2022-08-27", Single("sh", "od 1. do 27. avgusta").Period);
    }

    [Theory]
    [InlineData("sh", "od 1. januara pa do 25. marta", "2022-01-01/2022-03-25")]
    [InlineData("mk", "од 19 јуни па до 13 јули", "2022-06-19/2022-07-13")]
    public void Read_DayRangeWithThenBeforeItsEnd_IsAnIntervalWithDays(string code, string text, string period)
    {
        Assert.Equal(period, Single(code, text).Period);
    }

    [Fact]
    public void Read_WholeMonthsRange_IsAMonthInterval()
    {
        Assert.Equal("2022-01/2022-09", Single("sh", "od 1. januara do 30. septembra").Period);
    }

    [Fact]
    public void Read_DayAndMonth_IsADay()
    {
        Assert.Equal("2022-06-30", Single("sh", "na dan 30. juna 2022. godine").Period);
    }

    [Fact]
    public void Read_Currently_IsThePublicationDay()
    {
        Assert.Equal("2022-11-09", Single("sh", "trenutno").Period);
    }

    [Fact]
    public void Read_InTheSamePeriod_IsThePreviousSentencesPeriod()
    {
        var previous = new PeriodMention { Start = 0, Length = 5, Kind = PeriodKind.Interval, Period = "2019-01-01/2019-04-01" };

        Assert.Equal("2019-01-01/2019-04-01", Single("sh", "u ovom periodu", previous: previous).Period);
    }

    [Fact]
    public void Read_YearWithYearWord_IsTheYear()
    {
        var mention = Single("sh", "tokom 2021. godine");

        Assert.Equal((PeriodKind.Year, "2021"), (mention.Kind, mention.Period));
    }

    [Fact]
    public void Read_ComparedMonth_IsComparative()
    {
        var periods = PeriodReader.Read(FoldedText.Fold("što je 31% više u odnosu na februar").Text, October2022, LanguagePacks.ByCode("sh"));

        Assert.True(Assert.Single(periods).IsComparative);
    }

    [Theory]
    [InlineData("sh", "Od otvaranja 2008. godine pa do juna 2014. godine kroz centar je prošao 2.341 tražilac azila.", "2008-01/2014-06")]
    [InlineData("sh", "Od otvaranja u junu 2011. do juna 2014. godine u njemu je boravilo 5.147 tražilaca azila.", "2011-06/2014-06")]
    public void Read_UntilAfterAStartOfItsOwn_RunsFromThatStart(string code, string text, string period)
    {
        var mention = Single(code, text, new ReportPeriod { ReportMonth = new YearMonth(2014, 6) });

        Assert.Equal(PeriodKind.Interval, mention.Kind);
        Assert.Equal(period, mention.Period);
    }
}
