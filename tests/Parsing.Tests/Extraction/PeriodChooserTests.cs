using MigrationFeeds.Parsing.Extraction;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Language.Periods;

namespace MigrationFeeds.Parsing.Tests.Extraction;

public sealed class PeriodChooserTests
{
    private static readonly ReportPeriod October2022 = new() { ReportMonth = new YearMonth(2022, 10) };

    private static (string, string)? Choose(IndicatorKind kind, string text, string number, ReportPeriod? report = null)
    {
        var start = text.IndexOf(number, StringComparison.Ordinal);
        var periods = PeriodReader.Read(text, report ?? October2022);
        return PeriodChooser.Choose(kind, start, (start, start + number.Length), text, periods, report ?? October2022);
    }

    [Fact]
    public void Choose_PeriodAfterTheNumberInItsClause_ComesFirst()
    {
        Assert.Equal((Measures.Month, "2022-09"), Choose(IndicatorKind.Flow, "In October we saw that 3,953 persons arrived in September.", "3,953"));
    }

    [Fact]
    public void Choose_PeriodOfAnotherClause_IsUsedWhenTheClauseHasNone()
    {
        var text = "2,942 were accommodated at the end of October, while 450 persons are estimated to be outside.";

        Assert.Equal((Measures.Stock, "2022-10"), Choose(IndicatorKind.Stock, text, "450"));
    }

    [Fact]
    public void Choose_FlowUpToTheEndOfAMonth_RunsFromJanuary()
    {
        Assert.Equal((Measures.Cumulative, "2022-01/2022-10"), Choose(IndicatorKind.Flow, "5,010 persons arrived by the end of October.", "5,010"));
        Assert.Equal((Measures.Cumulative, "2022-01-01/2022-10-15"), Choose(IndicatorKind.Flow, "By mid-October, 5,010 persons had arrived.", "5,010"));
    }

    [Fact]
    public void Choose_DayForAFlow_IsNotUsable()
    {
        Assert.Null(Choose(IndicatorKind.Flow, "As of 31 October, 5,010 persons arrived.", "5,010"));
    }

    [Fact]
    public void Choose_TimeThatCannotBePlaced_GivesNothingRatherThanTheReportMonth()
    {
        Assert.Null(Choose(IndicatorKind.Flow, "Since the training, 157 persons arrived.", "157"));
        Assert.Null(Choose(IndicatorKind.Flow, "In the past week, 400 persons arrived.", "400"));
    }

    [Fact]
    public void Choose_OnlyComparisons_FallsBackToTheReportMonth()
    {
        Assert.Equal((Measures.Month, "2022-10"), Choose(IndicatorKind.Flow, "5,010 persons arrived, 27% more than in September.", "5,010"));
    }

    [Fact]
    public void Choose_NoPeriodAndNoReportMonth_GivesNothing()
    {
        Assert.Null(Choose(IndicatorKind.Flow, "5,010 persons arrived.", "5,010", new ReportPeriod()));
    }
}
