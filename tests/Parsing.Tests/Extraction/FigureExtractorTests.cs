using MigrationFeeds.Parsing.Extraction;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Language.Periods;
using MigrationFeeds.Parsing.Language.Text;

namespace MigrationFeeds.Parsing.Tests.Extraction;

/// <summary>One sentence read with the English lexicon, independent of any report family.</summary>
public sealed class FigureExtractorTests
{
    private static readonly ReportPeriod October2022 = new() { ReportMonth = new YearMonth(2022, 10), Published = new DateOnly(2022, 11, 18) };

    private static IReadOnlyList<FigureCandidate> Extract(string text, ReportPeriod? report = null) =>
        FigureExtractor.Extract(new Sentence { Page = 1, Line = 1, Text = text }, report ?? October2022).Figures;

    [Fact]
    public void Extract_NumberHeadingARulePhrase_GivesAFigureForThePeriodNamed()
    {
        var figure = Assert.Single(Extract("4,120 persons arrived irregularly in September."));

        Assert.Equal((Indicators.Arrivals, Measures.Month, "2022-09", 4120L), (figure.Indicator, figure.Measure, figure.Period, figure.Value!.Value));
    }

    [Fact]
    public void Extract_NoPeriodInTheSentence_TakesTheReportMonth()
    {
        Assert.Equal("2022-10", Assert.Single(Extract("4,120 persons arrived.")).Period);
    }

    [Fact]
    public void Extract_NoPeriodAndNoReportMonth_LeavesTheFigureUnresolved()
    {
        var result = FigureExtractor.Extract(new Sentence { Page = 1, Line = 3, Text = "4,120 persons arrived." }, new ReportPeriod());

        Assert.Empty(result.Figures);
        Assert.Equal(Indicators.Arrivals, Assert.Single(result.Unresolved).Indicator);
    }

    [Fact]
    public void Extract_NumberWithNoIndicatorWords_GivesNothing()
    {
        Assert.Empty(Extract("6 RSD interviews were conducted in October."));
    }

    [Fact]
    public void Extract_SinceAMonth_IsCumulative()
    {
        var figure = Assert.Single(Extract("Since January 2018, 104,580 persons have arrived."));

        Assert.Equal((Measures.Cumulative, "2018-01/2022-10"), (figure.Measure, figure.Period));
    }

    [Fact]
    public void Extract_CurrentYear_IsYearToDate()
    {
        var figure = Assert.Single(Extract("In 2022, 27,000 persons arrived."));

        Assert.Equal((Measures.Cumulative, "2022-01/2022-10"), (figure.Measure, figure.Period));
    }

    [Fact]
    public void Extract_EarlierYear_IsTheWholeYear()
    {
        var figure = Assert.Single(Extract("In 2021, 15,740 persons arrived."));

        Assert.Equal((Measures.Year, "2021"), (figure.Measure, figure.Period));
    }

    [Fact]
    public void Extract_StockAtTheEndOfAMonth_IsAStock()
    {
        var figure = Assert.Single(Extract("2,615 asylum-seekers were accommodated at the end of September."));

        Assert.Equal((Indicators.Accommodated, Measures.Stock, "2022-09"), (figure.Indicator, figure.Measure, figure.Period));
    }

    [Fact]
    public void Extract_ComparisonWithPreviousMonthValue_AddsAFigureForThatMonth()
    {
        var figures = Extract("4,120 persons arrived in October, a 23% increase compared to the previous month (3,470) and to October 2021 (1,305).");

        Assert.Equal(
            [("2022-10", 4120L), ("2022-09", 3470L), ("2021-10", 1305L)],
            figures.Select(f => (f.Period, f.Value!.Value)));
        Assert.All(figures, f => Assert.Equal(Indicators.Arrivals, f.Indicator));
    }

    [Fact]
    public void Extract_ComparedToValueInAMonth_AddsAFigureForThatMonth()
    {
        var figures = Extract("4,120 persons arrived in October, compared to 3,470 in September.");

        Assert.Contains(figures, f => f.Period == "2022-09" && f.Value == 3470);
    }

    [Fact]
    public void Extract_ComparisonPeriod_IsNeverTheMainFiguresPeriod()
    {
        var figure = Assert.Single(Extract("Compared to September, 4,120 persons arrived."));

        Assert.Equal("2022-10", figure.Period);
    }

    [Fact]
    public void Extract_CasesAndPersons_CountsPersons()
    {
        var figures = Extract("18 asylum claims were registered (9 cases involving 18 persons).");

        Assert.Equal(18L, Assert.Single(figures).Value);
        Assert.Equal(9L, Assert.Single(Extract("9 asylum claims were registered (4 cases involving 9 persons).")).Value);
        Assert.Equal(7L, Assert.Single(Extract("2 asylum claims were registered (2 cases involving 7 persons).")).Value);
    }

    [Fact]
    public void Extract_ClauseOfItsOwn_GivesEachNumberItsClausesIndicator()
    {
        var figures = Extract("2,615 persons were accommodated at the end of October, while 300 persons were accommodated outside.");

        Assert.Equal([(Indicators.Accommodated, 2615L), (Indicators.OutsideAccommodation, 300L)], figures.Select(f => (f.Indicator, f.Value!.Value)));
    }

    [Fact]
    public void Extract_ZeroPhrase_GivesZero()
    {
        var figure = Assert.Single(Extract("In October there were no UASC among arrivals."));

        Assert.Equal((Indicators.UascArrivals, 0L, "2022-10"), (figure.Indicator, figure.Value!.Value, figure.Period));
    }

    [Fact]
    public void Extract_Range_KeepsLowAndHighAndIsApproximate()
    {
        var figure = Assert.Single(Extract("Between 300 and 900 persons arrived."));

        Assert.Equal((null, 300L, 900L, true), (figure.Value, figure.Low, figure.High, figure.Approximate));
    }
}
