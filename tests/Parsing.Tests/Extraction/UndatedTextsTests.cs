using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Extraction;

/// <summary>The year of the months an undated text names without one.</summary>
public sealed class UndatedTextsTests
{
    private const string Body = "Analysis: migrants in Bosnia and Herzegovina\n\nDuring March, the authorities in BiH registered 1,019 migrants who entered the country. "
        + "Altogether 36 asylum claims have been registered in {0}, less than half of the 78 registered in {1}.\n";

    [Fact]
    public void Read_YearSetAgainstTheSameStretchOfTheYearBefore_DatesTheBareMonths()
    {
        Assert.Equal(
            ["BIH arrivals month 2021-03 1019"],
            Extract.Keys(Extract.Figures(string.Format(System.Globalization.CultureInfo.InvariantCulture, Body, "2021", "the same period of 2020"), null, null)));
    }

    [Fact]
    public void Read_YearsNamedOnlyAsWholeYears_LeaveBareMonthsUndated()
    {
        // "2021 … more than in 2020" compares whole years: the text may be written in any later year.
        Assert.DoesNotContain(
            Extract.Keys(Extract.Figures(string.Format(System.Globalization.CultureInfo.InvariantCulture, Body, "2021", "2020"), null, null)),
            k => k.Contains("1019", StringComparison.Ordinal));
    }
}
