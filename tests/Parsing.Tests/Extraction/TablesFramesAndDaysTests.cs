using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Extraction;

/// <summary>
/// Tables whose rows say what they count, captions with years in them, residents of accommodation "capacities", a
/// clause on what a figure amounts to, the day data are counted up to before the span they close, and a canton that
/// opens the sentence.
/// </summary>
public sealed class TablesFramesAndDaysTests
{
    [Fact]
    public void Read_ATableOfYears_WhoseRowsNameWhatTheyCount_GivesEachRowItsYears()
    {
        var text = string.Join('\n',
            "KEY FIGURES BY YEAR",
            "                                    2018          2019",
            "Registered arrivals               24,067        29,196",
            "Asylum intentions expressed       22,130        27,674",
            "Asylum applications lodged         1,572           784",
            "Source: Ministry of Security",
            "",
            "Published 21 January 2020.");

        var keys = Extract.Keys(Extract.Figures(text, "BIH", "2020-01-21"));

        Assert.Equal(
            [
                "BIH arrivals year 2018 24067", "BIH arrivals year 2019 29196",
                "BIH asylum_applications year 2018 1572", "BIH asylum_applications year 2019 784",
                "BIH asylum_intentions year 2018 22130", "BIH asylum_intentions year 2019 27674",
            ],
            keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_ATableOfYears_WithARowOfAnotherCountry_LeavesThatRowOut()
    {
        var text = string.Join('\n',
            "Arrivals registered",
            "                   2018        2019",
            "Greece           50,508      74,613",
            "Published 21 January 2020.");

        Assert.Empty(Extract.Figures(text, "BIH", "2020-01-21"));
    }

    [Fact]
    public void Read_RegisteredArrivalsInThePlural_AreArrivals()
    {
        var text = string.Join('\n',
            "KLJUČNI PODACI PO GODINAMA",
            "                                 2018          2019",
            "Registrovani dolasci           24.067        29.196",
            "Objavljeno: 21. januara 2020.");

        var keys = Extract.Keys(Extract.Figures(text, "BIH", "2020-01-21"));

        Assert.Equal(["BIH arrivals year 2018 24067", "BIH arrivals year 2019 29196"], keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Numri i azilkërkuesve 2017: 309 2018: 4.386 2019: 6.557", "ALB")]
    [InlineData("Azilkërkues në Shqipëri, 2017–2019 Numri i azilkërkuesve 2017: 309 2018: 4.386 2019: 6.557", "ALB")]
    [InlineData("Number of asylum-seekers, 2017–2019 2017: 309 2018: 4,386 2019: 6,557", "ALB")]
    public void Read_AYearList_UnderACaptionWithItsYears_GivesEachValueItsOwnYear(string body, string country)
    {
        var keys = Extract.TitledKeys(body, "INSTAT", country, "2024-07-04");

        Assert.Equal(
            [$"{country} asylum_applications year 2017 309", $"{country} asylum_applications year 2018 4386", $"{country} asylum_applications year 2019 6557"],
            keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Krajem decembra 2019. u BiH je bilo 5.341 osoba u formalnim smještajnim kapacitetima.", "BIH accommodated stock 2019-12 5341")]
    [InlineData("At the end of December 2019, 5,341 persons were in formal accommodation capacities in Bosnia and Herzegovina.", "BIH accommodated stock 2019-12 5341")]
    public void Read_PersonsInAccommodationCapacities_AreAccommodated(string body, string expected)
    {
        Assert.Equal([expected], Extract.TitledKeys(body, "BiH", "BIH", "2020-01-21"));
    }

    [Theory]
    [InlineData("Od 1. januara 2018. do 30. decembra 2019. Sektor za azil registrovao je 2.356 zahtjeva za azil, što je tek mali dio onih koji su u tom periodu izrazili namjeru da traže azil.", "BIH asylum_applications cumulative 2018-01-01/2019-12-30 2356")]
    [InlineData("Between 1 January 2018 and 30 December 2019 the Asylum Sector registered 2,356 asylum applications, which is only a small part of those who expressed an intention to seek asylum in that period.", "BIH asylum_applications cumulative 2018-01-01/2019-12-30 2356")]
    public void Read_AClauseOnWhatTheFigureAmountsTo_LendsItNoWords(string body, string expected)
    {
        Assert.Equal([expected], Extract.TitledKeys(body, "BiH", "BIH", "2020-01-21"));
    }

    [Fact]
    public void Read_TheDayDataAreClosedWith_BeforeTheYearSoFar_EndsTheSpan()
    {
        var keys = Extract.TitledKeys(
            "Prema podacima Ministarstva sigurnosti, zaključenima s datumom 25. prosinca, od početka godine u BiH su registrirana 23.789 ilegalna migranta.",
            "Migranti", "BIH", "2018-12-27");

        Assert.Equal(["BIH arrivals cumulative 2018-01-01/2018-12-25 23789"], keys);
    }

    [Fact]
    public void Read_TheYearSoFar_WithNoDayBeforeIt_RunsToPublication()
    {
        var keys = Extract.TitledKeys(
            "Prema podacima Ministarstva sigurnosti, od početka godine u BiH su registrirana 23.789 ilegalna migranta.",
            "Migranti", "BIH", "2018-12-27");

        Assert.Equal(["BIH arrivals cumulative 2018-01-01/2018-12-27 23789"], keys);
    }

    [Theory]
    [InlineData("Na području Unsko-sanske županije, gdje su smješteni prihvatni centri Bira i Miral, trenutačno boravi oko 4.000 migranata.")]
    [InlineData("In Una-Sana Canton, where the Bira and Miral centres are, some 4,000 migrants are currently staying.")]
    public void Read_ACantonOpeningTheSentence_FramesItsFigure(string body)
    {
        Assert.Empty(Extract.TitledKeys(body, "Migranti", "BIH", "2018-12-27"));
    }

    [Fact]
    public void Read_ACantonOpeningTheSentence_ThenTheCountry_IsTheCountrys()
    {
        var keys = Extract.TitledKeys(
            "In Una-Sana Canton and across Bosnia and Herzegovina, some 4,000 migrants are currently staying.",
            "Migrants", "BIH", "2018-12-27");

        Assert.Equal(["BIH present_total stock 2018-12-27 4000"], keys);
    }

    [Fact]
    public void Read_AStockAsOfANamedWeekdayAndDate_IsThatDays()
    {
        var keys = Extract.TitledKeys(
            "Prema poslednjem izveštaju UNHCR-a, zaključno sa nedeljom, 28. oktobrom, u Srbiji je bilo 3.919 izbeglica i migranata.",
            "Migranti", "SRB", "2018-10-30");

        Assert.Equal(["SRB present_total stock 2018-10-28 3919"], keys);
    }

    [Fact]
    public void Read_AStockStatedAfterOneCountedOnADay_IsOfThatDay()
    {
        var keys = Extract.TitledKeys(
            "Zaključno sa nedeljom, 28. oktobrom, u Srbiji ih je bilo 3.919. U 15 državnih prihvatnih centara i centara za azil bilo je smešteno 3.485 osoba.",
            "Migranti", "SRB", "2018-10-30");

        Assert.Equal(["SRB accommodated stock 2018-10-28 3485", "SRB present_total stock 2018-10-28 3919"], keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_AStockStatedAfterAFlowOfADay_IsNotOfThatDay()
    {
        var keys = Extract.TitledKeys(
            "On 28 October the police found 150 irregular migrants near Šid. There are 3,485 persons accommodated in the centres.",
            "Migrants", "SRB", "2018-10-30");

        Assert.DoesNotContain(keys, k => k.Contains("2018-10-28", StringComparison.Ordinal) && k.Contains("accommodated", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Близу 450 људи, углавном младића из Авганистана и Пакистана, боравило је изван центара, закључно са недељом, 28. октобром.")]
    [InlineData("Close to 450 people, mostly young men from Afghanistan and Pakistan, were staying outside the centres as of 28 October.")]
    public void Read_WhoMostlyMakeUpTheWhole_IsNoSubgroup(string body)
    {
        Assert.Equal(["SRB outside_accommodation stock 2018-10-28 450"], Extract.TitledKeys(body, "Migranti", "SRB", "2018-10-30"));
    }

    [Theory]
    [InlineData("U susednoj Bosni i Hercegovini, prema procenama lokalnih vlasti, boravi više od 4.000 migranata.")]
    [InlineData("In neighbouring Bosnia and Herzegovina, local authorities estimate that more than 4,000 migrants are staying.")]
    public void Read_ANeighbouringCountry_IsWhereTheFigureIs(string body)
    {
        Assert.Equal(["BIH present_total stock 2018-10-30 4000"], Extract.TitledKeys(body, "Migranti u Srbiji", "SRB", "2018-10-30"));
    }

    [Fact]
    public void Read_ACantonNamedAfterTheCountry_BeforeTheNumber_NarrowsIt()
    {
        Assert.Empty(Extract.TitledKeys(
            "U susednoj Bosni i Hercegovini, u Unsko-sanskom kantonu, prema procenama lokalnih vlasti, boravi više od 4.000 migranata.",
            "Migranti u Srbiji", "SRB", "2018-10-30"));
    }

    [Fact]
    public void Read_ACantonAfterTheNumber_LeavesTheCountrysFigure()
    {
        Assert.Equal(
            ["BIH outside_accommodation stock 2019-11 1620"],
            Extract.TitledKeys("At the end of November 2019, 1,620 people were staying outside the TRCs in Bosnia and Herzegovina, most of them in Una-Sana Canton.", "BiH update", "BIH", "2019-12-10"));
    }

    [Fact]
    public void Read_AHeadlineRestatingAStockOfAnEarlierDay_IsThatDaysFigure()
    {
        var html = "<html><head><title>UNHCR: close to 450 outside the centres in Serbia</title></head><body>"
            + "<h1>UNHCR: close to 450 outside the centres in Serbia</h1>"
            + "<p>Tuesday, 30 October 2018</p>"
            + "<p>According to UNHCR, as of Sunday, 28 October, close to 450 people were staying outside the centres in Serbia.</p></body></html>";

        var keys = Extract.Keys(Extract.Html(html, "SRB", null));

        Assert.Equal(["SRB outside_accommodation stock 2018-10-28 450"], keys);
    }

    [Fact]
    public void Read_ADatelineOpeningALongLineOfTheHead_DatesThePage()
    {
        var html = "<html><head><title>Migranti | Društvo | RTS</title></head><body>"
            + string.Concat(Enumerable.Range(1, 14).Select(i => $"<p>Rubrika {i}</p>"))
            + "<h1>UNHCR: u Srbiji 3.919 izbeglica i migranata</h1>"
            + "<p>utorak, 30. okt 2018, 11:26 -> 12:02 | Izvor: RTS, Beta</p>"
            + "<p>Prema izveštaju UNHCR-a, u Srbiji se trenutno nalazi 3.919 izbeglica i migranata.</p></body></html>";

        var keys = Extract.Keys(Extract.Html(html, "SRB", null));

        Assert.Equal(["SRB present_total stock 2018-10-30 3919"], keys);
    }

    [Fact]
    public void Read_ATownOfTheItemBefore_DoesNotNarrowTheNextItem()
    {
        var keys = Extract.TitledKeys(
            "At the end of November 2021, 5,619 refugees and migrants were in Serbia: 4,617 accommodated in the governmental centres, 25 children in the institutions in Belgrade and Niš, and 850 sleeping rough near the borders.",
            "Serbia update", "SRB", "2021-12-20");

        Assert.Contains("SRB outside_accommodation stock 2021-11 850", keys);
    }
}
