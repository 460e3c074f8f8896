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

    [Fact]
    public void Read_RunningYearAgainstTheSameStretchLastYear_RunsItsCountsToTheLatestMonthNamed()
    {
        const string Text = "AZIL Sve manje novih migranata u BiH\n\n"
            + "Namjeru za podnošenje zahtjeva za azil od početka 2020. godine iskazalo je 13.683 migranta, što je 45 % manje nego u istom razdoblju lani. "
            + "U listopadu je 1.207 migranata iskazalo namjeru za podnošenje zahtjeva za azil.\n";

        var keys = Extract.Keys(Extract.Figures(Text, null, null));

        Assert.Contains("BIH asylum_intentions cumulative 2020-01/2020-10 13683", keys);
        Assert.Contains("BIH asylum_intentions month 2020-10 1207", keys);
    }

    [Fact]
    public void Read_EnglishRunningYear_RunsSinceToTheLatestMonthNamed()
    {
        const string Text = "Analysis: migrants in Bosnia and Herzegovina\n\nDuring March, the authorities in BiH registered 1,019 migrants who entered the country. "
            + "The number of arrivals recorded in BiH since January 2018 thus rises to 71,875. "
            + "Altogether 36 asylum claims have been registered in 2021, less than half of the 78 registered in the same period of 2020.\n";

        Assert.Contains("BIH arrivals cumulative 2018-01/2021-03 71875", Extract.Keys(Extract.Figures(Text, null, null)));
    }

    [Fact]
    public void Read_UndatedPageWhoseFirstSentenceNamesAMonthAndLaterYearsFollow_TakesNoReportMonthFromIt()
    {
        const string Text = "Western Balkan Route\n\n"
            + "The flow through the Western Balkans eased and fell almost every month, from 128 000 illegal border crossings in January to roughly 3 000 in December 2016.\n\n"
            + "In 2017 irregular crossings on the Western Balkan route totalled 12 179.\n";

        Assert.Equal(
            ["WB6 arrivals month 2016-01 128000", "WB6 arrivals month 2016-12 3000", "WB6 arrivals year 2017 12179"],
            Extract.Keys(Extract.Figures(Text, null, null)));
    }

    [Fact]
    public void Read_LastYearSetAgainstTheLatestYearNamed_IsTheYearAfterIt()
    {
        const string Text = "IOM: 192,266 migrant arrivals registered in the Western Balkans last year\n\n"
            + "Authorities across the Western Balkans recorded 192,266 migrant arrivals last year, a rise of 60 percent on 2021. "
            + "Montenegro accounted for 8,318 of them. For comparison, the region recorded 120,513 arrivals in 2021.\n";

        var keys = Extract.Keys(Extract.Figures(Text, null, null));

        Assert.Contains("WB6 arrivals year 2022 192266", keys);
        Assert.Contains("MNE arrivals year 2022 8318", keys);
        Assert.Contains("WB6 arrivals year 2021 120513", keys);
    }

    [Fact]
    public void Read_LastYearInATextThatNamesAMonthOfItsLatestYear_StaysThatYearsComparison()
    {
        const string Text = "Migrants in BiH\n\nIn November 2020, 924 illegal migrants were reported in BiH. "
            + "Over the first eleven months of 2020, a total of 15.520 were reported, 45 percent fewer than in the same period last year.\n";

        Assert.Contains("BIH arrivals month 2020-11 924", Extract.Keys(Extract.Figures(Text, null, null)));
    }

    [Fact]
    public void Read_ASentenceThatSetsItsStretchAgainstTheSamePeriodOfAYear_IsInTheYearAfter()
    {
        const string Text = "Frontex figures\n\nIn the first eleven months of the year, 139,000 irregular entries were recorded on the Western Balkan route, "
            + "152% more than in the same period of\n2021. In November alone 14,105 irregular entries were detected on the Western Balkan route.\n";

        Assert.Equal(
            ["WB6 arrivals cumulative 2022-01/2022-11 139000", "WB6 arrivals month 2022-11 14105"],
            Extract.Keys(Extract.Figures(Text, null, null)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_AMonthSetAgainstLastYearsInAlbanian_IsNotTheFiguresMonth()
    {
        Assert.Equal(
            ["WB6 arrivals month 2022-11 14105"],
            Extract.Keys(Extract.Figures("Frontex\n\nVetëm në nëntor u regjistruan 14.105 hyrje ilegale nga Ballkani Perëndimor, dyfishi i nëntorit të vitit të kaluar.", null, "2022-12-15")));
    }
}
