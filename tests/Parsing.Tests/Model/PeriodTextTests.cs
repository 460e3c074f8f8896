using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Tests;

public sealed class PeriodTextTests
{
    [Fact]
    public void DayAndMonth_AreWrittenWithFourDigitYearsAndTwoDigitParts()
    {
        Assert.Equal("0987-03-04", PeriodText.Day(new DateOnly(987, 3, 4)));
        Assert.Equal("2022-10", PeriodText.Month(new DateOnly(2022, 10, 31)));
        Assert.Equal("2022-01", PeriodText.Month(2022, 1));
        Assert.Equal("2022-08-01/2022-08-28", PeriodText.Days(new DateOnly(2022, 8, 1), new DateOnly(2022, 8, 28)));
    }

    [Fact]
    public void Day_OfAnInstant_IsItsUtcDate()
    {
        Assert.Equal("2022-10-31", PeriodText.Day(new DateTimeOffset(2022, 11, 1, 0, 30, 0, TimeSpan.FromHours(1))));
    }

    [Theory]
    [InlineData("2022-10", true, 2022, 10)]
    [InlineData("2022-13", false, 0, 0)]
    [InlineData("2022-10-05", false, 0, 0)]
    [InlineData("22-10", false, 0, 0)]
    [InlineData(null, false, 0, 0)]
    public void TryParseMonth_AcceptsOnlyYearDashMonth(string? text, bool ok, int year, int month)
    {
        Assert.Equal(ok, PeriodText.TryParseMonth(text, out var first));
        if (ok)
        {
            Assert.Equal(new DateOnly(year, month, 1), first);
            Assert.Equal(text, PeriodText.Month(first));
        }
    }

    [Theory]
    [InlineData("2022-10-31", true)]
    [InlineData("2022-02-30", false)]
    [InlineData("2022-10", false)]
    [InlineData("2022-10-31T00:00:00Z", false)]
    public void TryParseDay_AcceptsOnlyARealCalendarDay(string text, bool ok)
    {
        Assert.Equal(ok, PeriodText.TryParseDay(text, out var day));
        if (ok)
        {
            Assert.Equal(text, PeriodText.Day(day));
        }
    }
}
