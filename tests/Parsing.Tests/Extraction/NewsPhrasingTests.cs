using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Extraction;

/// <summary>How news items state their figures: who counts, when, with a verb that stands for another, and where.</summary>
public sealed class NewsPhrasingTests
{
    private static IReadOnlyList<string> Read(string body, string title, string? country, string? published) =>
        Extract.TitledKeys(body, title, country, published);

    [Fact]
    public void Read_AnUndatedTextThatNamesOnlyANationalBody_IsThatCountrys()
    {
        Assert.Equal(
            ["BIH arrivals month 2020-03 1540"],
            Read("Informacija za mart 2020. godine bilježi ukupno 1.540 nezakonitih migranata prijavljenih Službi za poslove sa strancima.", "Migracije", null, null));
        Assert.Empty(Read("Informacija za mart 2020. godine bilježi ukupno 1.540 nezakonitih migranata.", "Migracije", null, null));
    }

    [Fact]
    public void Read_ATitleOnTheYearsFirstMonths_ReportsUpToTheLastOfThem()
    {
        Assert.Equal(
            ["BIH arrivals cumulative 2020-01/2020-03 4444", "BIH arrivals cumulative 2019-01/2019-03 3597"],
            Read("Službi za poslove sa strancima su u prva tri mjeseca 2020. godine prijavljena ukupno 4.444 nezakonita migranta. To je 20% više nego u istom periodu 2019. godine, kada je prijavljeno 3.597 migranata.",
                "U prvom kvartalu 2020. godine prijavljeno 4.444 nezakonitih migranata", null, null));
    }

    [Fact]
    public void Read_AVerbThatStandsForTheOneBefore_CountsTheSame()
    {
        Assert.Equal(
            ["SRB asylum_intentions month 2016-12 1117", "SRB asylum_intentions month 2017-01 584"],
            Read("In December 2016, 1,117 persons had expressed the intention to seek asylum in Serbia; in January 2017 only 584 persons did so.", "Asylum in Serbia", null, "2017-02-10"));
    }

    [Fact]
    public void Read_AClauseOfADateAndANumber_ContinuesTheFigureBefore()
    {
        Assert.Equal(
            ["BIH accommodated stock 2020-05-31 4384", "BIH accommodated stock 2020-04-30 5604"],
            Read("Na dan 31. maja u centrima za smještaj migranata nalazile su se ukupno 4.384 osobe, a 30. aprila ove godine njih 5.604.", "Migranti", "BIH", "2020-06-05"));
    }

    [Fact]
    public void Read_TheMostSinceAMonth_IsAComparisonNotASpan()
    {
        Assert.Equal(
            ["BIH arrivals month 2021-03 1269"],
            Read("In March, 1,269 people arrived in Bosnia and Herzegovina, the most since October 2020.", "Balkan route", null, "2021-05-17"));
    }

    [Fact]
    public void Read_ACountryThatHasMigrants_HasThemPresent_StatusHoldersAreNoCount()
    {
        Assert.Equal(
            ["BIH present_total stock 2021-05-17 6734", "BIH accommodated stock 2021-05-17 4991"],
            Read("Bosnia and Herzegovina has 6,734 refugees and migrants, 4,991 of whom are accommodated in reception facilities.", "Balkan route", null, "2021-05-17"));
        Assert.Empty(Read("Montenegro has 196 refugees and 135 stateless people.", "Balkan route", null, "2021-05-17"));
    }

    [Fact]
    public void Read_PresentTenseVerbsAndToday_DateAStockOnThePublicationDay()
    {
        Assert.Equal(
            ["SRB accommodated stock 2017-12-18 4200", "SRB capacity stock 2017-12-18 6000"],
            Read("Five permanent and 13 temporary reception centres across Serbia accommodate 4,200 migrants, and the centres can take 6,000 people.", "Migrants Day", null, "2017-12-18"));
        Assert.Equal(
            ["SRB accommodated stock 2017-12-18 4100"],
            Read("\"Today 4,100 are in the centres and roughly 300 are in Belgrade, Subotica and Šid.\"", "Migrants in Serbia", "SRB", "2017-12-18"));
    }

    [Fact]
    public void Read_ADatelineWithSlashesPastASitesMenu_IsThePublicationDay()
    {
        var menu = string.Join("\n\n", Enumerable.Range(1, 14).Select(i => "Section " + i));
        Assert.Equal(
            ["SRB accommodated stock 2017-12-18 4100"],
            Read(menu + "\n\nSociety · 18/12/2017\n\n\"Today 4,100 are in the centres.\"", "Migrants in Serbia", "SRB", null));
    }

    [Fact]
    public void Read_PeopleWithoutARoofOrInParks_AreOutsideAccommodation()
    {
        Assert.Equal(
            ["SRB outside_accommodation stock 2017-01-20 1000"],
            Read("According to the Commissariat, around one thousand migrants across the country are currently without a roof.", "Serbia", "SRB", "2017-01-20"));
        Assert.Equal(
            ["SRB outside_accommodation stock 2016-11-22 1300", "SRB accommodated stock 2016-11-22 5200"],
            Read("Around 1,300 people are currently staying in parks, and 5,200 are accommodated in the country's camps.", "Serbia", "SRB", "2016-11-22"));
    }

    [Fact]
    public void Read_AListItemThatNamesAnUnknownPlace_IsNotTheCentreNamedBefore()
    {
        Assert.Equal(
            ["SRB/Subotica accommodated stock 2016-11-22 140"],
            Read("Volunteers count about 140 people in the Subotica camp, 110 in the camp at the Kelebija transit zone and about 50 at Horgos.", "Serbia", "SRB", "2016-11-22"));
        Assert.Equal(
            ["MNE/Spuž accommodated stock 2023-10 61", "MNE/Spuž capacity stock 2023-10 120"],
            Read("The Spuž Asylum Centre, with a capacity of 120 places, accommodated 61 persons at the end of October.", "Montenegro update, October 2023", "MNE", "2023-11-10")
                .Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_AtTheStartOfTheYear_IsAStockOnItsFirstDay()
    {
        Assert.Equal(
            ["SRB present_total stock 2017-01-01 8500", "SRB outside_accommodation stock 2017-01-01 2500"],
            Read("At the start of the year there were more than 8,500 people here, and 2,500 of them were outside the centres.", "Migrants in Serbia", "SRB", "2017-12-18"));
        Assert.Equal(
            ["SRB present_total stock 2017-01-01 8500"],
            Read("Početkom godine u Srbiji je boravilo više od 8.500 migranata.", "Migranti u Srbiji", "SRB", "2017-12-18"));
    }

    [Fact]
    public void Read_CentresThatBetweenThemHaveRoom_AreTheCountrysPlaces_CountriesBetweenThemAreNoOnes()
    {
        Assert.Equal(
            ["SRB accommodated stock 2017-12-18 4100", "SRB capacity stock 2017-12-18 6000"],
            Read("The 4,100 people are housed in five permanent asylum centres and 13 reception centres, which between them have room for 6,000.", "Migrants in Serbia", null, "2017-12-18"));
        Assert.Empty(Read("Albania, Montenegro and Kosovo between them registered 6,000 migrants in 2017.", "Balkan route", null, "2018-02-01"));
    }

    [Fact]
    public void Read_APlacePeopleWentOnTo_IsNoScopeOfTheFigure_APlaceTheyCrossedIntoIs()
    {
        Assert.Equal(
            ["SRB arrivals year 2021 40000"],
            Read("Asylum and migration in Serbia were discussed.\n\nThe centre estimates that at least 40,000 people entered the country last year, and most of them managed to go on to EU countries.",
                "Asylum in Serbia", null, "2022-11-01"));
        Assert.Empty(Read("Frontex puts the number of irregular migrants crossing into European Union countries in 2024 at around 239,000.", "Balkan route", null, "2025-01-10"));
    }

    [Fact]
    public void Read_TheFirstMonthsOfLastYearAgainstTheSamePeriodOfThisOne_AreBothSpans()
    {
        Assert.Equal(
            ["MKD arrivals cumulative 2023-01/2023-05 3349", "MKD arrivals cumulative 2024-01/2024-05 1698"],
            Read("Figures from the Ministry of Interior show that the police discovered 3,349 migrants in the first five months of last year, against 1,698 in the same period of 2024.",
                "Fewer migrants", "MKD", "2024-06-14"));
    }

    [Fact]
    public void Read_IrregularForeignersIdentifiedInTheTerritory_AreArrivalsNotPresence_AndSoIsTheYearTheyAreComparedWith()
    {
        Assert.Equal(
            ["ALB arrivals year 2024 1540", "ALB arrivals year 2023 6630"],
            Read("Ndërkohë, INSTAT bën të ditur se në 2024 në territorin e Shqipërisë u identifikuan 1540 të huaj të parregullt, shumë më pak se 6630 në vitin 2023.", "Lajme", "ALB", "2025-03-10"));
    }

    [Theory]
    [InlineData("More than 5,500 migrants have been housed in reception centres in Serbia, says the Commissariat.", "SRB accommodated stock 2016-12-19 5500")]
    [InlineData("The Commissariat added that 5,500 people were accommodated in 17 reception and asylum centres in Serbia.", "SRB accommodated stock 2016-12-19 5500")]
    public void Read_AStateReportedWithoutATime_IsTheDayOfThePage(string body, string expected)
    {
        Assert.Equal([expected], Read(body, "News", null, "2016-12-19"));
    }

    [Fact]
    public void Read_AStateInThePastWithoutAStatement_StaysUndated()
    {
        Assert.Empty(Read("Once, 5,500 people were accommodated in 17 reception and asylum centres in Serbia.", "News", null, "2016-12-19"));
    }

    [Fact]
    public void Read_MigrantsDetainedWhoHadEnteredTheCountry_AreArrivals()
    {
        Assert.Equal(
            ["ALB arrivals cumulative 2020-01/2020-08 7404"],
            Read("Between January and August, authorities detained 7,404 irregular migrants who had entered the country.", "Albania", "ALB", "2021-03-30"));
    }

    [Fact]
    public void Read_ATotalWithTheRoutesItCameByAndAnotherYearsCount_AreTwoTotals()
    {
        Assert.Equal(
            ["BIH arrivals year 2018 25000", "BIH arrivals cumulative 2019-01-01/2019-05-30 8930"],
            Read("In 2018, 25,000 migrants entered Bosnia illegally from Serbia and Montenegro, and since the start of this year the police have registered 8,930 arrivals.",
                "Vučjak", "BIH", "2019-05-30"));
    }

    [Theory]
    [InlineData("In the first six months of this year 2113 people from Syria, Pakistan, Algeria and Morocco arrived in Montenegro.")]
    [InlineData("In the first six months of this year 2113 people from Syria, Pakistan and Algeria arrived in Montenegro.")]
    public void Read_AListOfWhereTheyCameFromBeforeTheVerb_IsTheWholeCount(string body)
    {
        Assert.Equal(["MNE arrivals cumulative 2018-01/2018-06 2113"], Read(body, "Montenegro", null, "2018-08-18"));
    }

    [Fact]
    public void Read_PeopleFromOneOrTwoCountries_AreAPart()
    {
        Assert.Empty(Read("In the first six months of this year 2113 people from Syria and Pakistan arrived in Montenegro.", "Montenegro", null, "2018-08-18"));
    }
}
