using MigrationFeeds.Parsing.Language.Periods;

namespace MigrationFeeds.Parsing.Tests.Language.Periods;

public sealed class YearMonthTests
{
    [Theory]
    [InlineData(2022, 1, -1, "2021-12")]
    [InlineData(2022, 12, 1, "2023-01")]
    [InlineData(2022, 10, -22, "2020-12")]
    public void AddMonths_AcrossYears_GivesTheCalendarMonth(int year, int month, int add, string expected)
    {
        Assert.Equal(expected, new YearMonth(year, month).AddMonths(add).ToString());
    }

    [Fact]
    public void Compare_EarlierMonth_IsLess()
    {
        Assert.True(new YearMonth(2021, 12) < new YearMonth(2022, 1));
    }

    [Theory]
    [InlineData("2022-10", 2022, 10)]
    [InlineData("1999-01", 1999, 1)]
    public void TryParse_AMonth_GivesIt(string text, int year, int month)
    {
        Assert.True(YearMonth.TryParse(text, out var parsed));
        Assert.Equal(new YearMonth(year, month), parsed);
        Assert.Equal(text, parsed.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("2022")]
    [InlineData("2022-10-31")]
    [InlineData("2022-13")]
    [InlineData("2022-1")]
    [InlineData("2018-01/2022-10")]
    public void TryParse_AnythingButAMonth_IsNoMonth(string? text)
    {
        Assert.False(YearMonth.TryParse(text, out _));
        Assert.Null(YearMonth.ParseOrNull(text));
    }
}
