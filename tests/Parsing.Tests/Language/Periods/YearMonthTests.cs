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
}
