using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Pipeline.Tests.Storage;

public sealed class TableKeysTests
{
    private const string Sha = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    [Fact]
    public void ObservationRow_SameFigure_SameKey()
    {
        Assert.Equal(
            TableKeys.ObservationRow("2022-10", "month", null, Sha, 0),
            TableKeys.ObservationRow("2022-10", "month", null, Sha, 0));
    }

    [Fact]
    public void ObservationRow_IntervalPeriod_HasNoSlash()
    {
        var key = TableKeys.ObservationRow("2018-01/2022-10", "cumulative", null, Sha, 0);
        Assert.DoesNotContain('/', key);
        Assert.StartsWith("2018-01_2022-10|cumulative|-|0123456789abcdef|000", key, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Lipa/Bihać", "Lipa_Bihać")]
    [InlineData("Site #2?", "Site _2_")]
    [InlineData("a|b\\c", "a_b_c")]
    public void ObservationRow_SiteWithForbiddenCharacters_IsEscaped(string site, string expected)
    {
        var key = TableKeys.ObservationRow("2022-10", "stock", site, Sha, 0);
        Assert.Equal(expected, key.Split('|')[2]);
    }

    [Fact]
    public void PeriodRange_CoversMonthsDaysAndNothingAfter()
    {
        var (low, high) = TableKeys.PeriodRange(new(2021, 1), new(2022, 12));
        static bool Inside(string rowKey, string lo, string hi) =>
            string.CompareOrdinal(rowKey, lo) >= 0 && string.CompareOrdinal(rowKey, hi) < 0;

        Assert.True(Inside(TableKeys.ObservationRow("2021-01", "month", null, Sha, 0), low, high));
        Assert.True(Inside(TableKeys.ObservationRow("2022-12", "month", null, Sha, 0), low, high));
        Assert.True(Inside(TableKeys.ObservationRow("2022-12-31", "stock", null, Sha, 0), low, high));
        Assert.False(Inside(TableKeys.ObservationRow("2023-01", "month", null, Sha, 0), low, high));
        Assert.False(Inside(TableKeys.ObservationRow("2020-12-31", "stock", null, Sha, 0), low, high));
    }

    [Fact]
    public void RunRow_LaterRun_SortsFirst()
    {
        var earlier = TableKeys.RunRow(new DateTimeOffset(2022, 11, 1, 5, 15, 0, TimeSpan.Zero));
        var later = TableKeys.RunRow(new DateTimeOffset(2022, 11, 2, 5, 15, 0, TimeSpan.Zero));
        Assert.True(string.CompareOrdinal(later, earlier) < 0);
    }

    [Fact]
    public void DocumentRow_DependsOnlyOnUrl()
    {
        var a = TableKeys.DocumentRow(new Uri("https://reliefweb.int/attachments/x/report.pdf"));
        var b = TableKeys.DocumentRow(new Uri("https://reliefweb.int/attachments/x/report.pdf"));
        var c = TableKeys.DocumentRow(new Uri("https://reliefweb.int/attachments/y/report.pdf"));
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }
}
