using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Extraction;

/// <summary>
/// Volunteer digests that quote many countries: posted the day after the day they cover, in sections headed by a country,
/// and in the loose wording of news ("still stuck since the route closed", "the refugees living here").
/// </summary>
public sealed class DigestsTests
{
    private const string Serbia = "SERBIA\n\nThe Commissariat says 4,473 people are currently accommodated in 18 reception and asylum centres.";

    [Fact]
    public void Read_ADigestPostedTheDayAfterTheDayItsTitleNames_DatesItsCurrentCountsByTheByline()
    {
        var keys = Extract.TitledKeys("Are You Syrious? · Follow\nApr 7, 2021 · 10 min read\n\n" + Serbia, "AYS Daily Digest 06/04/2021: Spotlight on Tuzla", null, null);

        Assert.Equal(["SRB accommodated stock 2021-04-07 4473"], keys);
    }

    [Fact]
    public void Read_ADigestWhoseBylineIsWeeksLater_KeepsTheDayItsTitleNames()
    {
        var keys = Extract.TitledKeys("Are You Syrious? · Follow\nMay 20, 2021 · 10 min read\n\n" + Serbia, "AYS Daily Digest 06/04/2021: Spotlight on Tuzla", null, null);

        Assert.Equal(["SRB accommodated stock 2021-04-06 4473"], keys);
    }

    [Fact]
    public void Read_TheCampOfAnotherCountrysSection_IsNotTheOneCentreTheDigestNames()
    {
        var body = "MACEDONIA\n\nVolunteers say 650 refugees are accommodated in the Tabanovce camp today.\n\n"
            + "SERBIA\n\nAround 2,000 people are still stuck in Serbia.\n\n"
            + "GREECE\n\nAbout 1,000 people stay at the new navy-run camp, which has room for 6,500.";

        var keys = Extract.TitledKeys(body, "AYS Daily News Digest 25.4.2016", null, "2016-04-26");

        Assert.DoesNotContain(keys, k => k.Contains("6500", StringComparison.Ordinal));
        Assert.Contains("MKD/Tabanovce accommodated stock 2016-04-26 650", keys);
    }

    [Theory]
    [InlineData("Around 2,000 people are still stuck in Serbia since the Balkan route closed, a local NGO said.")]
    [InlineData("Since the borders were closed, around 2,000 people are stranded in Serbia.")]
    public void Read_AStockStillSoSinceAnEvent_IsTheDayOfThePage(string body)
    {
        Assert.Equal(["SRB present_total stock 2016-04-17 2000"], Extract.TitledKeys(body, "News", null, "2016-04-17"));
    }

    [Fact]
    public void Read_AFlowSinceAnEvent_StaysUnwritten()
    {
        Assert.Empty(Extract.TitledKeys("Since the Balkan route closed, 2,000 people have entered Serbia.", "News", null, "2016-04-17"));
    }

    [Fact]
    public void Read_TheRefugeesLivingHereInACountryTheSentenceNames_ArePresentOnTheDayOfThePage()
    {
        var keys = Extract.TitledKeys("It will be the largest distribution centre in Serbia, serving the 8000 refugees living here.", "News", null, "2017-03-23");

        Assert.Equal(["SRB present_total stock 2017-03-23 8000"], keys);
    }

    [Fact]
    public void Read_CountriesRankedAfterARegionalTotal_CountWhatItCounts()
    {
        var body = "Authorities across the Western Balkans recorded 192,266 migrant arrivals last year. By far the most, 120,883, were recorded in Serbia. "
            + "Next came Bosnia and Herzegovina with 27,429 and North Macedonia with 22,379. Albania counted 12,216 arrivals, Kosovo 1,041.\n\n"
            + "For comparison, the region recorded 120,513 arrivals in 2021. The figure for 2019 was 80,323.";

        var keys = Extract.TitledKeys(body, "Arrivals in the region", null, "2023-02-10");

        string[] expected = ["WB6 arrivals year 2022 192266", "SRB arrivals year 2022 120883", "BIH arrivals year 2022 27429", "MKD arrivals year 2022 22379",
            "ALB arrivals year 2022 12216", "XKX arrivals year 2022 1041", "WB6 arrivals year 2021 120513", "WB6 arrivals year 2019 80323"];
        Assert.Equal(expected.Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_PeopleHeldInDetentionCentres_AreNotAccommodated()
    {
        var keys = Extract.TitledKeys("Around 2,000 people are still “stuck in Serbia”. Around 540 of them are in detention centres.", "News", null, "2016-04-17");

        Assert.Equal(["SRB present_total stock 2016-04-17 2000"], keys);
    }

    [Theory]
    [InlineData("Non-food items were handed out in Borici camp, where up to 1000 people live in unbearable conditions.")]
    [InlineData("Volunteers went to the camp in Borici, where up to 1000 people are staying.")]
    public void Read_PeopleInARelativeClauseOnANamedCentre_AreItsResidents(string body)
    {
        Assert.Equal(["BIH/Borići accommodated stock 2018-10-20 1000"], Extract.TitledKeys(body, "News", "BIH", "2018-10-20"));
    }

    [Fact]
    public void Read_PeopleInARelativeClauseOnATownThatSharesACentresName_AreNotTheCentres()
    {
        var keys = Extract.TitledKeys("Volunteers went to Sid, where about 500 people are staying.", "News", "SRB", "2016-10-20");

        Assert.DoesNotContain(keys, k => k.Contains("Šid", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_PeopleInARelativeClauseOnATown_AreTheTownsNotTheCountrys()
    {
        Assert.Empty(Extract.TitledKeys("Volunteers went to Bihać, where about 3,000 people live in squats.", "News", "BIH", "2018-10-20"));
    }

    [Fact]
    public void Read_TwoValuesAndTwoMonthsRespectively_PairEachValueWithItsMonth()
    {
        var keys = Extract.TitledKeys(
            "The authorities recorded 1,937 and 1,855 new arrivals in May and June respectively.", "Bosnia and Herzegovina, April – June 2021", "BIH", "2021-07-20");

        Assert.Equal(["BIH arrivals month 2021-05 1937", "BIH arrivals month 2021-06 1855"], keys);
    }

    [Fact]
    public void Read_AsylumSeekersCountedInAYearThatOpensTheSentence_AreThatYearsApplications()
    {
        Assert.Equal(["XKX asylum_applications year 2020 1409"], Extract.TitledKeys("In 2020, the data show 1409 asylum seekers.", "Asylum in Kosovo", "XKX", "2022-04-10"));
    }

    [Fact]
    public void Read_AQuartersTotalBrokenDownByMonthBetweenDashes_GivesTheTotalAndEachMonth()
    {
        var keys = Extract.TitledKeys(
            "The police registered 2,893 refugees and migrants in the second quarter – 812 in April, 977 in May and 1,104 in June.",
            "North Macedonia, April – June 2021", "MKD", "2021-07-20");

        Assert.Equal(["MKD arrivals cumulative 2021-04/2021-06 2893", "MKD arrivals month 2021-04 812", "MKD arrivals month 2021-05 977", "MKD arrivals month 2021-06 1104"], keys);
    }
}
