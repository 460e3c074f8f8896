using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Extraction;

/// <summary>
/// Values tied to one another and to their spans: a change from one value to another, where only the one reached has a time;
/// a breakdown between dashes whose closing dash opens an aside; a month's figure with its running total; a span up to the
/// end of a month; the same period of a named year.
/// </summary>
public sealed class ChangesAndAsidesTests
{
    [Theory]
    [InlineData("The capacity of the Miral camp was raised from 300 to more than 700 places.", "BIH/Miral capacity stock 2019-07-10 700")]
    [InlineData("The capacity of Miral was increased from 300 to 700.", "BIH/Miral capacity stock 2019-07-10 700")]
    public void Read_ACapacityChangedFromOneValueToAnother_IsTheValueReached(string body, string expected)
    {
        Assert.Equal([expected], Extract.TitledKeys(body, "News", "BIH", "2019-07-10"));
    }

    [Fact]
    public void Read_AChangeInTheLocalLanguage_IsTheValueReached()
    {
        var keys = Extract.TitledKeys("Kapacitet kampa Miral povećan je sa 300 na 700 mjesta.", "Vijesti", "BIH", "2019-07-10");

        Assert.DoesNotContain(keys, k => k.EndsWith(" 300", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_AChangeWithAMonthForEachValue_KeepsBoth()
    {
        var keys = Extract.TitledKeys("The capacity of Miral was increased from 300 in May to 700 in June.", "News", "BIH", "2019-07-10");

        Assert.Equal(["BIH/Miral capacity stock 2019-05 300", "BIH/Miral capacity stock 2019-06 700"], keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_TheLastMonthOfABreakdownBetweenDashes_BeforeAnAside()
    {
        var keys = Extract.TitledKeys(
            "Police intercepted 2,893 refugees and migrants in the second quarter – 812 in April, 977 in May and 1,104 in June – most of them near the border with Serbia.",
            "News", "MKD", "2019-07-10");

        Assert.Equal(
            ["MKD arrivals cumulative 2019-04/2019-06 2893", "MKD arrivals month 2019-04 812", "MKD arrivals month 2019-05 977", "MKD arrivals month 2019-06 1104"],
            keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("In March, 1,212 arrivals were registered (2,900 since the beginning of the year).")]
    [InlineData("In March, 1,212 arrivals were registered (2,900 since 1 January).")]
    [InlineData("In March, 1,212 arrivals were registered, bringing the total since the beginning of the year to 2,900.")]
    public void Read_AMonthsFigureWithTheRunningTotalBesideIt_RunsTheTotalToThatMonth(string body)
    {
        var keys = Extract.TitledKeys(body, "News", "BIH", "2023-04-10");

        Assert.Equal(["BIH arrivals cumulative 2023-01/2023-03 2900", "BIH arrivals month 2023-03 1212"], keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_ARunningTotalFromAnotherStart_IsNotMadeTheMonthsRunningTotal()
    {
        var keys = Extract.TitledKeys("In March, 1,212 arrivals were registered (2,900 since 1 January 2022).", "News", "BIH", "2023-04-10");

        Assert.Equal(["BIH arrivals month 2023-03 1212"], keys);
    }

    [Fact]
    public void Read_ARunningTotalWithNoMonthBesideIt_RunsToThePagesDay()
    {
        var keys = Extract.TitledKeys("Since the beginning of the year 2,900 arrivals were registered.", "News", "BIH", "2023-04-10");

        Assert.Equal(["BIH arrivals cumulative 2023-01-01/2023-04-10 2900"], keys);
    }

    [Fact]
    public void Read_ASpanFromTheYearsStartToTheEndOfAMonth_InTheLocalLanguage_RunsToThatMonth()
    {
        var body = "Prema podacima Ministarstva unutrašnjih poslova, od početka godine do kraja juna u Srbiji je izraženo 1.240 namera za traženje azila, "
            + "a podneto je 98 zahteva za azil.";

        Assert.Equal(
            ["SRB asylum_applications cumulative 2023-01/2023-06 98", "SRB asylum_intentions cumulative 2023-01/2023-06 1240"],
            Extract.TitledKeys(body, "Vesti", null, "2023-07-10").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_TheSamePeriodOfANamedYear_AfterASpanOfMonths_IsThoseMonthsOfThatYear()
    {
        var body = "Sipas të dhënave të Policisë së Kosovës, nga janari deri në qershor, në Kosovë kanë hyrë në mënyrë të parregullt 210 persona, "
            + "krahasuar me 180 në të njëjtën periudhë të vitit 2022. Shumica e tyre janë shtetas të Sirisë dhe Afganistanit.";

        Assert.Equal(
            ["XKX arrivals cumulative 2022-01/2022-06 180", "XKX arrivals cumulative 2023-01/2023-06 210"],
            Extract.TitledKeys(body, "Lajme", null, "2023-07-10").Order(StringComparer.Ordinal));
    }
}
