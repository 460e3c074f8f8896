using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Extraction;

/// <summary>
/// Copies of pages that break off, statements dated by the day they were made, differences between two counts, and the
/// verbs news uses for centres that house people.
/// </summary>
public sealed class CopiesAndStatementsTests
{
    private static IReadOnlyList<string> Read(string body, string? country, string? published, string title = "News") =>
        Extract.TitledKeys(body, title, country, published);

    [Theory]
    [InlineData("In 2013, 1,200 illegal border crossings were detected, and in 2 […]")]
    [InlineData("In 2013, 1,200 illegal border crossings were detected, and in 2 [...]")]
    public void Read_ANumberWhereTheCopyBreaksOff_IsNoFigure(string body)
    {
        Assert.Equal(["MKD arrivals year 2013 1200"], Read(body, "MKD", "2014-02-10"));
    }

    [Fact]
    public void Read_ANumberBeforeAnEllipsisForEffect_IsKept()
    {
        Assert.Equal(["MKD arrivals year 2013 1200"], Read("In 2013 illegal crossings were registered: 1,200…", "MKD", "2014-02-10"));
    }

    [Fact]
    public void Read_TheDayAStatementWasMade_DatesAStockInAnEarlierClause()
    {
        var keys = Read(
            "The country's asylum centre has 200 beds, while between 80 and 150 people have come each day this month, the security minister said on Monday.",
            "BIH", "2018-05-15");

        Assert.Equal(["BIH capacity stock 2018-05-14 200"], keys);
    }

    [Fact]
    public void Read_IntegratedBorderManagement_IsNotAWordOfStatus()
    {
        Assert.Equal(
            ["MKD arrivals year 2013 1200"],
            Read("The Integrated Border Management Report for 2013 says that more than 1,200 migrants were detected in the country in 2013.", "MKD", "2014-02-10"));
    }

    [Theory]
    [InlineData("Prema nacrtu, tokom 2018. otkriveno je 4 489 lica, za 3 723 osobe više nego prethodne godine.")]
    [InlineData("In 2018 the border police detected 4,489 persons, by 3,723 more than the year before.")]
    public void Read_ADifferenceBetweenTwoYears_IsNoFigure(string body)
    {
        Assert.Equal(["BIH arrivals year 2018 4489"], Read(body, "BIH", "2019-03-01"));
    }

    [Fact]
    public void Read_CentresThatHouseAndAreAbleToTake_AreOccupancyAndCapacity()
    {
        Assert.Equal(
            ["SRB accommodated stock 2019-12-06 4400", "SRB capacity stock 2019-12-06 6000"],
            Read("Refugee and asylum centers currently house 4,400 people and are able to take up to 6,000.", "SRB", "2019-12-06"));
    }

    [Fact]
    public void Read_ARoundHeadlineAndTheExactCount_KeepsTheExactOne()
    {
        Assert.Equal(
            ["SRB accommodated stock 2019-12-06 4400"],
            Read("Upwards of 4,000 refugees and migrants are now living in the country's asylum centers. The centers currently house 4,400 people.", "SRB", "2019-12-06"));
    }

    [Fact]
    public void Read_MigrantsRegisteredInTheCountrySinceTheYearBegan_AreArrivals()
    {
        Assert.Equal(
            ["MKD arrivals cumulative 2023-01-01/2023-12-19 10000"],
            Read("Since the beginning of the year, almost 10 thousand migrants have been registered in the country, mostly from Syria.", "MKD", "2023-12-19"));
    }

    [Fact]
    public void Read_AlbanianPresentPassiveOfShelter_IsTheDayOfThePage()
    {
        Assert.Equal(
            ["ALB/Babrru accommodated stock 2015-12-02 130"],
            Read("Në qendrën e pritjes së azilkërkuesve në Paskuqan janë të strehuar 130 shtetas të huaj.", null, "2015-12-02", "Strehimi i azilkërkuesve"));
    }

    [Fact]
    public void Read_TwoListsAroundRespectively_PairsTheSecondWithTheSamePlacesAndDropsAFirstReadTheSame()
    {
        Assert.Equal(
            ["SRB/Sombor capacity stock 2022-06 390", "SRB/Subotica capacity stock 2022-06 166"],
            Read("UNHCR data from June 2022 show the camps in Sombor and Subotica to be overcrowded: some 804 and 308 people respectively live in facilities built to hold no more than 390 and 166.", null, null));
    }

    [Fact]
    public void Read_TwoListsAroundRespectivelyReadAsTwoCounts_PairsBoth()
    {
        Assert.Equal(
            ["SRB/Sombor accommodated stock 2022-06 804", "SRB/Sombor capacity stock 2022-06 390", "SRB/Subotica accommodated stock 2022-06 308", "SRB/Subotica capacity stock 2022-06 166"],
            Read("At the end of June 2022 the centres in Sombor and Subotica accommodated 804 and 308 persons respectively, against a capacity of 390 and 166.", null, null).Order().ToList());
    }

    [Fact]
    public void Read_AsylumSeekersInTheTownOfOneCentre_AreItsResidents()
    {
        Assert.Equal(["SRB/Tutin accommodated stock 2017-08-03 34"], Read("Opština je obezbedila dodatni prostor za smeštaj. U Tutinu se trenutno nalaze 34 azilanta.", null, "2017-08-03", "Tutin: nova zgrada za azilante"));
    }

    [Fact]
    public void Read_MigrantsInATownWithACentre_AreNotTheCentres()
    {
        Assert.DoesNotContain(Read("In Subotica there are around 300 migrants, many of them sleeping rough near the border.", "SRB", "2022-06-30"),
            k => k.Contains("Subotica", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Vetëm në periudhën tetor-dhjetor 2018 janë evidentuar 294 azilkërkues në Kosovë.")]
    [InlineData("U periodu oktobar – decembar 2018. godine na Kosovu je registrovano 294 tražilaca azila.")]
    public void Read_TwoLocalMonthsJoinedByADash_AreTheSpanBetweenThem(string body)
    {
        Assert.Equal(["XKX asylum_applications cumulative 2018-10/2018-12 294"], Read(body, null, "2019-03-20", "Azil"));
    }

    [Theory]
    [InlineData("Five tents, able to take up to 100 people, went up on the first day.")]
    [InlineData("Two new containers can house 40 people.")]
    public void Read_ThePlacesOfAFewTentsOrContainers_AreNotTheCountrysCapacity(string body)
    {
        Assert.Empty(Read(body, "SRB", "2017-01-20"));
    }

    [Fact]
    public void Read_TheEusSeaBorderDetectionsInARegionalText_AreNotTheRegions()
    {
        Assert.Equal(
            ["WB6 arrivals cumulative 2015-04/2015-06 52200"],
            Read("In April-June 2015, Frontex detected 52,200 non-regional migrants on the Western Balkan route. Sea border crossings keep rising, with 65,996 detections.", null, "2015-08-01", "Western Balkan report"));
    }

    [Fact]
    public void Read_AMonthNotYetOverInAnItemsSentence_IsNotTheMonthItReportsOn()
    {
        Assert.Equal(
            ["SRB/Bogovađa capacity stock 2013-07-09 150"],
            Read("The temporary centre in Vracevic will close for good in mid-July 2013. The Bogovadja centre has a capacity of 150 beds.", null, "2013-07-09", "Asylum seekers resettled from Vracevic"));
    }

    [Theory]
    [InlineData("Bosnia is estimated to host up to 10,000 migrants, a quarter of whom sleep rough.", "BIH present_total stock 2020-12-19 10000")]
    [InlineData("Up to 1,500 migrants are stuck in Bosnia.", "BIH present_total stock 2020-12-19 1500")]
    public void Read_ACountryThatHostsOrPeopleStuckInIt_IsPresenceOnTheDayOfThePage(string body, string expected)
    {
        Assert.Equal([expected], Read(body, null, "2020-12-19", "Migrants in Bosnia"));
    }

    [Theory]
    [InlineData("U kampu Lipa trenutno boravi više od 900 migranata, rekao je u srijedu direktor kampa.", "Migranti u BiH", "BIH/Lipa accommodated stock 2021-04-21 900")]
    [InlineData("U srijedu je direktor kampa izjavio da u kampu Lipa trenutno boravi više od 900 migranata.", "Migranti u BiH", "BIH/Lipa accommodated stock 2021-04-21 900")]
    [InlineData("Në qendrën e Babrrut janë të strehuar 130 azilkërkues, tha të hënën drejtori i qendrës.", "Azilkërkuesit", "ALB/Babrru accommodated stock 2021-04-19 130")]
    [InlineData("Во камп Липа моментално престојуваат 900 мигранти, изјави во средата директорот.", "Мигранти", "BIH/Lipa accommodated stock 2021-04-21 900")]
    public void Read_AStatementMadeOnAWeekdayInALocalLanguage_IsOfThatDay(string body, string title, string expected)
    {
        Assert.Equal([expected], Read(body, null, "2021-04-22", title));
    }

    [Fact]
    public void Read_APresentTenseClauseBesideAYearsFlow_IsTheDayOfThePage()
    {
        Assert.Equal(
            ["BIH arrivals cumulative 2018-01-01/2018-05-15 4000", "BIH arrivals year 2017 755", "BIH present_total stock 2018-05-15 1500"],
            Read("Some 4,000 people have entered Bosnia this year, against 755 in 2017, and up to 1,500 of them are stuck in the country.", null, "2018-05-15", "Bosnia struggles"));
    }

    [Fact]
    public void Read_APresentTenseInTheClauseOfAYear_DoesNotDateItsStock()
    {
        Assert.DoesNotContain(
            "BIH present_total stock 2018-05-15 6000",
            Read("In 2017 more than 6,000 migrants are said to have stayed in Bosnia, and the police are still searching for them.", null, "2018-05-15", "Bosnia"));
    }

    [Theory]
    [InlineData("U Prihvatnom centru u Adaševcima, u koji može da se smesti oko 1.000 ljudi, trenutno je samo 70 migranata.", "Manje migranata", "SRB/Adaševci capacity stock 2016-03-01 1000")]
    [InlineData("A new centre opened in Sjenica, which can take 250 people.", "Serbia", "SRB/Sjenica capacity stock 2016-03-01 250")]
    public void Read_ARelativeClauseOnTheCentreNamedBeforeIt_IsThatCentres(string body, string title, string expected)
    {
        Assert.Contains(expected, Read(body, null, "2016-03-01", title));
    }

    [Theory]
    [InlineData("Prema nacrtu, tokom 2018. otkriveno je 4 489 lica, za 3 723 osobe više nego prethodne godine, kada ih je bilo 766.")]
    [InlineData("In 2018 the border police detected 4,489 persons, more than the previous year, when there were 766.")]
    public void Read_ThePreviousYearAfterANamedYear_IsTheYearBeforeIt(string body)
    {
        Assert.Equal(["BIH arrivals year 2018 4489", "BIH arrivals year 2017 766"], Read(body, "BIH", "2019-03-01"));
    }

    [Fact]
    public void Read_ThePreviousYearWithNoYearNamed_IsTheYearBeforeThePage()
    {
        Assert.Equal(["BIH arrivals year 2018 4489"], Read("The border police detected 4,489 persons during the previous year.", "BIH", "2019-03-01"));
    }

    [Fact]
    public void Read_AHeadlineNamingWhereTheyAreSentBack_IsAboutTheOtherCountry()
    {
        Assert.Equal(
            ["BIH arrivals year 2018 4489"],
            Read("Prema nacrtu izvještaja Granične policije, tokom 2018. otkriveno je 4 489 lica. Iz BiH je readmisijom vraćeno 984 strana državljanina, najviše u Srbiju.", null, "2019-03-01",
                "BIH: 500% više ilegalnih prelazaka granice, vraćaju ih u Srbiju"));
    }
}
