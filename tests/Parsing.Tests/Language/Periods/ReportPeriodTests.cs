using MigrationFeeds.Parsing.Language.Periods;

namespace MigrationFeeds.Parsing.Tests.Language.Periods;

public sealed class ReportPeriodTests
{
    [Theory]
    [InlineData("Operational Update October 2022", "2022-10")]
    [InlineData("Operational Update, October 2022", "2022-10")]
    [InlineData("Bosnia and Herzegovina Operational Update - December 2021", "2021-12")]
    [InlineData("OPERATIONAL UPDATE > Bosnia and Herzegovina / 1-31 October 2021", "2021-10")]
    [InlineData("KEY FIGURES – OCTOBER 2022", "2022-10")]
    [InlineData("September - October 2022", "2022-10")]
    public void MonthFromTitle_TitleWithMonthAndYear_GivesTheReportMonth(string title, string expected)
    {
        Assert.Equal(expected, ReportPeriod.MonthFromTitle(title).ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Operational Update")]
    [InlineData("Operational Update 2022")]
    public void MonthFromTitle_TitleWithoutMonth_GivesNothing(string? title)
    {
        Assert.Null(ReportPeriod.MonthFromTitle(title));
    }

    [Fact]
    public void Resolve_BareMonthWithPublicationDate_TakesTheLatestSuchMonth()
    {
        var report = new ReportPeriod { Published = new DateOnly(2022, 11, 25) };

        Assert.Equal(new YearMonth(2022, 10), report.Resolve(10, null));
        Assert.Equal(new YearMonth(2021, 12), report.Resolve(12, null));
    }

    [Fact]
    public void Resolve_DecemberInADocumentPublishedInJanuary_IsThePreviousYear()
    {
        var report = new ReportPeriod { Published = new DateOnly(2023, 1, 27) };

        Assert.Equal(new YearMonth(2022, 12), report.Resolve(12, null));
    }

    [Fact]
    public void Resolve_BareMonthWithReportMonth_IsNotAfterTheReportMonth()
    {
        var report = new ReportPeriod { ReportMonth = new YearMonth(2022, 1) };

        Assert.Equal(new YearMonth(2021, 12), report.Resolve(12, null));
        Assert.Equal(new YearMonth(2022, 1), report.Resolve(1, null));
    }

    [Fact]
    public void Resolve_MonthRightAfterTheReportMonthWithNoPublicationDate_IsThatNextMonthWithinTheYear()
    {
        Assert.Equal(new YearMonth(2017, 11), new ReportPeriod { ReportMonth = new YearMonth(2017, 10) }.Resolve(11, null));
        Assert.Equal(new YearMonth(2022, 1), new ReportPeriod { ReportMonth = new YearMonth(2022, 12) }.Resolve(1, null));
        Assert.Equal(new YearMonth(2016, 12), new ReportPeriod { ReportMonth = new YearMonth(2017, 10) }.Resolve(12, null));
        Assert.Equal(new YearMonth(2016, 11), new ReportPeriod { ReportMonth = new YearMonth(2017, 10), Published = new DateOnly(2017, 10, 31) }.Resolve(11, null));
    }

    [Fact]
    public void Resolve_ExplicitYear_IsKept()
    {
        Assert.Equal(new YearMonth(2020, 10), new ReportPeriod().Resolve(10, 2020));
    }

    [Fact]
    public void Resolve_NothingToResolveWith_GivesNothing()
    {
        Assert.Null(new ReportPeriod().Resolve(10, null));
    }
}
