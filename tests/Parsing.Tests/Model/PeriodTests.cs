using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Tests;

public sealed class PeriodTests
{
    [Theory]
    [InlineData("month", "2022-10", PeriodMeasure.Month, "2022-10-01", "2022-10-31", false)]
    [InlineData("month", "2024-02", PeriodMeasure.Month, "2024-02-01", "2024-02-29", false)]
    [InlineData("year", "2022", PeriodMeasure.Year, "2022-01-01", "2022-12-31", false)]
    [InlineData("cumulative", "2018-01/2022-10", PeriodMeasure.Cumulative, "2018-01-01", "2022-10-31", false)]
    [InlineData("cumulative", "2022-10/2022-10", PeriodMeasure.Cumulative, "2022-10-01", "2022-10-31", false)]
    [InlineData("cumulative", "2022-08-01/2022-08-28", PeriodMeasure.Cumulative, "2022-08-01", "2022-08-28", true)]
    [InlineData("stock", "2022-10-31", PeriodMeasure.Stock, "2022-10-31", "2022-10-31", true)]
    [InlineData("stock", "2022-10-15", PeriodMeasure.Stock, "2022-10-15", "2022-10-15", true)]
    [InlineData("stock", "2022-10", PeriodMeasure.Stock, "2022-10-31", "2022-10-31", false)]
    public void EveryForm_ParsesToItsSpan_AndIsWrittenBackAsTheSameText(string measure, string text, PeriodMeasure kind, string first, string last, bool inDays)
    {
        var period = Period.Parse(measure, text);

        Assert.Equal(kind, period.Measure);
        Assert.Equal(measure, period.MeasureCode);
        Assert.Equal(PeriodText.ParseDay(first), period.First);
        Assert.Equal(PeriodText.ParseDay(last), period.Last);
        Assert.Equal(inDays, period.InDays);
        Assert.Equal(text, period.ToString());
        Assert.Equal(period, Period.Parse(period.MeasureCode, period.ToString()));
    }

    [Theory]
    [InlineData("month", "2022")]
    [InlineData("month", "2022-10-31")]
    [InlineData("month", "2022-13")]
    [InlineData("month", " 2022-10")]
    [InlineData("year", "22")]
    [InlineData("year", "2022-10")]
    [InlineData("year", "+202")]
    [InlineData("cumulative", "2022-10")]
    [InlineData("cumulative", "2022-10/2022-09")]
    [InlineData("cumulative", "2022-08-28/2022-08-01")]
    [InlineData("cumulative", "2022-08-01/2022-08")]
    [InlineData("cumulative", "2018-01/2020-01/2022-10")]
    [InlineData("cumulative", "/2022-10")]
    [InlineData("stock", "2022")]
    [InlineData("stock", "2022-02-30")]
    [InlineData("stock", "2022-10-31/2022-11-30")]
    [InlineData("weekly", "2022-10")]
    [InlineData(null, "2022-10")]
    [InlineData("month", null)]
    [InlineData("month", "")]
    public void TextNotOfTheMeasuresForms_IsRejected(string? measure, string? text)
    {
        Assert.False(Period.TryParse(measure, text, out _));
        if (measure is not null && text is not null)
        {
            Assert.Throws<FormatException>(() => Period.Parse(measure, text));
        }
    }

    [Fact]
    public void SameText_OfDifferentMeasures_IsNotTheSamePeriod()
    {
        var month = Period.Parse(Measures.Month, "2022-10");
        var stock = Period.Parse(Measures.Stock, "2022-10");

        Assert.Equal(month.ToString(), stock.ToString());
        Assert.NotEqual(month, stock);
        Assert.Equal(stock, Period.StockAtEndOf(2022, 10));
        Assert.Equal(month, Period.Month(2022, 10));
    }

    [Fact]
    public void Periods_OrderByTheirEnd_ThenTheLongerFirst_AndAMonthsStockAfterItsLastDay()
    {
        var periods = new[]
        {
            Period.Parse(Measures.Stock, "2022-10"),
            Period.Parse(Measures.Month, "2022-11"),
            Period.Parse(Measures.Stock, "2022-10-31"),
            Period.Parse(Measures.Cumulative, "2018-01/2022-10"),
            Period.Parse(Measures.Year, "2021"),
            Period.Parse(Measures.Stock, "2022-10-05"),
            Period.Parse(Measures.Cumulative, "2022-08-01/2022-08-28"),
            Period.Parse(Measures.Month, "2022-10"),
        };

        Assert.Equal(
            ["2021", "2022-08-01/2022-08-28", "2022-10-05", "2018-01/2022-10", "2022-10", "2022-10-31", "2022-10", "2022-11"],
            periods.Order().Select(p => p.ToString()));
        Assert.Equal(
            [PeriodMeasure.Year, PeriodMeasure.Cumulative, PeriodMeasure.Stock, PeriodMeasure.Cumulative, PeriodMeasure.Month, PeriodMeasure.Stock, PeriodMeasure.Stock, PeriodMeasure.Month],
            periods.Order().Select(p => p.Measure));
        Assert.True(Period.Parse(Measures.Stock, "2022-10-31") < Period.Parse(Measures.Stock, "2022-10"));
        Assert.True(Period.Month(2022, 12) > Period.Year(2021));
    }
}

public sealed class QuantityTests
{
    [Fact]
    public void AValue_IsItsOwnCentreAndBounds()
    {
        var q = Quantity.Exact(4215, approximate: true);

        Assert.False(q.IsRange);
        Assert.True(q.Approximate);
        Assert.Equal(4215m, q.Centre);
        Assert.Equal((4215, 4215), (q.Lowest, q.Highest));
        Assert.Equal((null, null), (q.Low, q.High));
    }

    [Fact]
    public void ARange_HasItsMiddleAsCentre()
    {
        var q = Quantity.Range(300, 901);

        Assert.True(q.IsRange);
        Assert.Null(q.Value);
        Assert.Equal(600.5m, q.Centre);
        Assert.Equal((300, 901), (q.Lowest, q.Highest));
        Assert.Throws<ArgumentOutOfRangeException>(() => Quantity.Range(900, 300));
    }

    [Fact]
    public void Of_AFiguresNumbers_PrefersTheValue_AndIsNullWithoutValueOrWholeRange()
    {
        Assert.Equal(Quantity.Exact(12), Quantity.Of(12, 10, 14, approximate: false));
        Assert.Equal(Quantity.Range(10, 14, approximate: true), Quantity.Of(null, 10, 14, approximate: true));
        Assert.Null(Quantity.Of(null, 10, null, approximate: false));
        Assert.Null(Quantity.Of(null, 14, 10, approximate: false));
        Assert.Null(Quantity.Of(null, null, null, approximate: true));
    }
}
