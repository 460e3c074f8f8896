using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Extraction;

/// <summary>
/// Asides on who the people mostly are, routes counted at the EU's borders, bodies called European, multiples in the
/// region's languages, "today" and one month's running totals: what real news wording makes of a number's words.
/// </summary>
public sealed class AsidesAndRoutesTests
{
    private static IReadOnlyList<string> Read(string body, string title, string? country, string? published) =>
        Extract.Keys(Extract.Figures(title + "\n\n" + body, country, published));

    [Fact]
    public void Read_AnAsideOnWhoTheyMostlyAre_LeavesTheNumberItsPlaceAfterIt()
    {
        Assert.Equal(
            ["BIH/Miral accommodated stock 2020-05-10 670"],
            Read("In Velika Kladuša, 670 people, most of them single men, are accommodated at Miral.", "Field visit", null, "2020-05-10"));
    }

    [Fact]
    public void Read_AnAsideInAlbanian_BeforeTheCamp_IsTheCampsResidents()
    {
        Assert.Equal(
            ["MKD/Vinojug accommodated stock 2016-09-12 130"],
            Read("Sot 130 migrantë, kryesisht nga Siria, të vendosur në kampin e Gjevgjelisë festuan Bajramin.", "Bajrami në kampe", null, "2016-09-12"));
    }

    [Fact]
    public void Read_AnAsideFollowedByMoreNationalities_IsNoPlaceOfTheNumber()
    {
        // The words after the aside name who else they are, not where they stay: the centre before the number holds them.
        Assert.Equal(
            ["SRB/Preševo accommodated stock 2016-08-28 550"],
            Read("On 28 August the Reception Centre in Preševo accommodated close to 550 refugees and migrants, mostly Afghans, followed by Iraqis and Syrians.",
                "Serbia update, 28 August 2016", null, "2016-08-28"));
    }

    [Fact]
    public void Read_AnAsideBeforeANewClause_DoesNotLendTheNumberThatClausesWords()
    {
        Assert.Equal(
            ["SRB accommodated stock 2017-12-18 4200"],
            Read("Five permanent and 13 temporary centres across Serbia accommodate 4,200 migrants, most of them families with children, and the centres can take 6,000.",
                "Commissariat", null, "2017-12-18").Where(k => !k.Contains("capacity", StringComparison.Ordinal)));
    }

    [Fact]
    public void Read_CrossingsOfTheEUsExternalBorders_OnTheBalkanRoute_AreTheRegions()
    {
        Assert.Equal(
            ["WB6 arrivals year 2025 12525"],
            Read("Along the Balkan Route, the authorities detected just 12.525 irregular crossings of the EU's external borders in 2025, 42% fewer than in 2024.",
                "Frontex: fewer crossings in the Balkans", null, "2026-01-15"));
    }

    [Fact]
    public void Read_CrossingsOfTheEUsExternalBorders_WithNoRouteNamed_AreNotTheRegions()
    {
        Assert.Empty(Read("Irregular crossings of the EU's external borders fell to 239,000 in 2024.", "Frontex: fewer crossings", null, "2025-01-15"));
    }

    [Fact]
    public void Read_ABodyCalledEuropean_IsNoPlace()
    {
        Assert.Equal(
            ["WB6 arrivals year 2024 21520"],
            Read("Irregular border crossings via the Western Balkan route dropped sharply in 2024. Preliminary data from the European Border and Coast Guard Agency show that detections fell by 78% to 21,520.",
                "Balkan Route", null, "2025-01-20"));
    }

    [Fact]
    public void Read_TheRouteTowardsTheEU_InAlbanian_IsTheRegionsRoute()
    {
        Assert.Equal(
            ["WB6 arrivals cumulative 2022-01/2022-05 40675"],
            Read("Frontex tregon se gjatë pesë muajve të parë të këtij viti në rrugën e Ballkanit Perëndimor drejt vendeve të BE-së u regjistruan 40,675 kalime të paligjshme të kufirit.",
                "Frontex: kalimet e parregullta", null, "2022-06-14"));
    }

    [Fact]
    public void Read_AnAgencyCalledEuropeanInAlbanian_IsNoPlace()
    {
        Assert.Equal(
            ["WB6 arrivals month 2022-09 19160"],
            Read("Në Ballkanin Perëndimor, sipas Agjencisë Evropiane të Rojës Kufitare, në shtator u evidentuan 19.160 migrantë të parregullt.", "Frontex: Ballkani Perëndimor", null, "2022-10-14"));
        Assert.Empty(Read("Në Ballkanin Perëndimor, sipas Bashkimit Evropian, në shtator u evidentuan 19.160 migrantë të parregullt.", "Frontex: Ballkani Perëndimor", null, "2022-10-14"));
    }

    [Theory]
    [InlineData("U Prihvatnom centru u Subotici trenutno je oko 500 izbeglica, gotovo pet puta više nego što iznosi zvanični kapacitet.", "Subotica", "SRB")]
    [InlineData("Në kamp ka aktualisht 500 migrantë, pesë herë më shumë se kapaciteti.", "Kampi", "ALB")]
    public void Read_ANumberOfTimes_InTheRegionsLanguages_IsNoCount(string body, string title, string country)
    {
        Assert.DoesNotContain(Read(body, title, country, "2016-07-25"), k => k.EndsWith(" 5", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_NoLonger_IsNoZero()
    {
        Assert.DoesNotContain(
            Read("By the end of the week the camp in Tabanovce held 305 refugees. Nobody knows what became of those who are no longer in the camp.", "Kumanovo", null, "2016-05-18"),
            k => k.EndsWith(" 0", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_PeopleMissingAlongTheRoute_AreNoArrivals()
    {
        Assert.DoesNotContain(Read("Detections on the Western Balkan route fell by 75% in 2024. IOM counts 392 people missing along the Balkan route since 2014.", "Balkan Route", null, "2024-08-20"),
            k => k.EndsWith(" 392", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Sot 61 migrantë janë vendosur në kampin e Tabanovcit.", "Kampi i Tabanovcit", "MKD/Tabanovce accommodated stock 2016-09-12 61")]
    [InlineData("Danas je u centru u Tabanovcu smješteno 61 migrant.", "Tabanovce", "MKD/Tabanovce accommodated stock 2016-09-12 61")]
    public void Read_Today_InTheRegionsLanguages_IsThePublicationDay(string body, string title, string expected)
    {
        Assert.Equal([expected], Read(body, title, null, "2016-09-12"));
    }

    [Fact]
    public void Read_TodayThatDatesAStatement_DoesNotDateItsCount()
    {
        Assert.DoesNotContain(
            Read("Komesar je rekao danas da je za vreme vanrednog stanja u Srbiji boravilo oko 9.100 migranata.", "Komesarijat", null, "2020-05-18"),
            k => k.Contains("stock 2020-05-18", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ThisYearInAReportOnJanuary_IsJanuarysMonth()
    {
        Assert.Equal(
            ["WB6 arrivals month 2026-01 222"],
            Read("Frontex data show about 5 500 detections in January 2026. On the Balkan Route, only 222 people have been detected this year, 72% fewer than the year before.",
                "60% drop in irregular border crossings in January", null, "2026-02-13"));
    }

    [Fact]
    public void Read_TheFirstMonthsOfTheYearInTheGenitive_InAlbanian_IsTheirSpan()
    {
        Assert.Equal(
            ["WB6 arrivals cumulative 2022-01/2022-11 139000"],
            Read("Me më shumë se 139 mijë hyrje ilegale gjatë 11 muajve të parë të vitit, Ballkani Perëndimor mbetet ruta më aktive.", "Frontex, dhjetor 2022", null, "2022-12-13"));
    }

    [Fact]
    public void Read_AListOfContents_GluesPageNumbersToTitles_WhichAreNoFigures()
    {
        Assert.Empty(Read("2 Contents Highlights 3Overview of Arrivals 4Transit countries – Registered irregular apprehensions 5Serbia 6Kosovo 7Montenegro", "Mixed migration flows, November 2018", null, "2018-12-20"));
    }

    [Fact]
    public void Read_ACountrysDataByItsAdjective_AreThatCountrys()
    {
        Assert.Equal(
            ["MNE arrivals year 2022 8500"],
            Read("Frontex staff now patrol the border with North Macedonia. Official Montenegrin data show that more than 8,500 migrants were registered entering the country last year, 150 per cent more than in 2021.",
                "Frontex in Montenegro", null, "2023-05-16"));
    }

    [Fact]
    public void Read_ChildrenNamedInWhoTheyMostlyAre_AreNoCountOfChildren()
    {
        Assert.Equal(
            ["SRB/Bujanovac accommodated stock 2017-05-12 146"],
            Read("The Reception Centre in Bujanovac is currently home to 146 persons, mostly families with children and a number of unaccompanied minors.", "Bujanovac", null, "2017-05-12"));
    }

    [Fact]
    public void Read_PeopleWhoCameForWork_InAlbanian_AreNoArrivals()
    {
        Assert.DoesNotContain(
            Read("Në vitin 2024 në Shqipëri u lëshuan 20 mijë leje qëndrimi. Rreth 12 mijë prej tyre kanë ardhur për punë.", "INSTAT: të huajt", null, "2025-08-01"),
            k => k.EndsWith(" 12000", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Strukturat e reja do të ngrihen në tre qarqe, me kapacitete nga 100 deri në 410 shtretër secila.", "Plani i kontingjencës")]
    [InlineData("The three new centres will have between 100 and 410 beds each.", "Contingency plan")]
    public void Read_PlacesEachOfSeveralHolds_AreNoTotal(string body, string title)
    {
        Assert.DoesNotContain(Read(body, title, "ALB", "2025-12-05"), k => k.Contains("capacity", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_AListOfWhereTheyCameFrom_LeavesTheNumberItsVerb()
    {
        Assert.Equal(
            ["ALB arrivals cumulative 2020-03/2020-12 9580"],
            Read("Between March and December 2020, 9,580 migrants from Syria, Algeria, the Palestinian Territories, Afghanistan, Morocco and other countries entered Albania.",
                "IOM Albania: the frontline of COVID-19", null, "2021-02-01"));
    }
}
