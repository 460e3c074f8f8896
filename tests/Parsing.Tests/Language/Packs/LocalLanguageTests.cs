using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Language.Packs;

/// <summary>Figure statements in Serbian, Bosnian, Croatian, Montenegrin, Macedonian and Albanian.</summary>
public sealed class LocalLanguageTests
{
    private static IReadOnlyList<string> Read(string title, string body, string country, string published) =>
        Extract.Keys(Extract.Figures(title + "\n\n" + body, country, published));

    [Fact]
    public void Parse_SerbianLatin_ReadsArrivalsAndComparedMonth()
    {
        Assert.Equal(["SRB arrivals month 2023-05 6310", "SRB arrivals month 2023-04 5122"],
            Read("Migranti u Srbiji – maj 2023", "Tokom maja 2023. godine u centrima Komesarijata registrovano je 6.310 novih migranata, što je za 23% više u odnosu na april (5.122).", "SRB", "2023-06-12"));
    }

    [Fact]
    public void Parse_SerbianCyrillic_ReadsLikeLatin()
    {
        Assert.Equal(["SRB accommodated stock 2023-11 4102"],
            Read("Мигранти у Србији – новембар 2023", "Крајем новембра у центрима је боравило 4.102 мигранта.", "SRB", "2023-12-11"));
    }

    [Fact]
    public void Parse_BosnianIntentionsAndApplications_TellThemApart()
    {
        Assert.Equal(["BIH asylum_intentions month 2023-03 1790", "BIH asylum_applications month 2023-03 14"],
            Read("Informacija za mart 2023. godine", "Namjeru podnošenja zahtjeva za azil iskazalo je 1.790 osoba, a zahtjev za azil podnijelo je njih 14.", "BIH", "2023-04-07"));
    }

    [Fact]
    public void Parse_CroatianMonthNames_AreRead()
    {
        Assert.Equal(["BIH arrivals month 2022-10 5010"],
            Read("Informacija o stanju migracija – listopad 2022.", "Službi za poslove sa strancima u listopadu 2022. prijavljeno je 5.010 nezakonitih migranata.", "BIH", "2022-11-09"));
    }

    [Fact]
    public void Parse_LocalRange_IsARange()
    {
        Assert.Equal(["BIH outside_accommodation stock 2022-10 300-900"],
            Read("Informacija – listopad 2022.", "Procjenjuje se da je izvan prihvatnih centara između 300 i 900 migranata.", "BIH", "2022-11-09"));
    }

    [Fact]
    public void Parse_DayRangeAcrossMonths_IsACumulativeInterval()
    {
        Assert.Equal(["BIH arrivals cumulative 2019-03-06/2019-04-01 482"],
            Read("Informacija – mart 2019", "U periodu od 6. marta do 1. aprila prijavljena su 482 nezakonita migranta.", "BIH", "2019-04-10"));
    }

    [Fact]
    public void Parse_FlowOverAWeek_IsNotWrittenDown()
    {
        Assert.Empty(Read("Informacija – mart 2019", "U periodu od 26. marta do 1. aprila prijavljena su 482 nezakonita migranta.", "BIH", "2019-04-10"));
    }

    [Fact]
    public void Parse_BosnianListOfCentresJoinedByCommas_GivesEachCentreItsFigure()
    {
        Assert.Equal(["BIH/Lipa accommodated stock 2022-01 905", "BIH/Borići accommodated stock 2022-01 331", "BIH/Ušivak accommodated stock 2022-01 560", "BIH/Blažuj accommodated stock 2022-01 342"],
            Read("Informacija za januar 2022. godine", "U TPC Lipa boravilo je 905 osoba, u TPC Borići 331, u TPC Ušivak 560, a u TPC Blažuj 342.", "BIH", "2022-02-08"));
    }

    [Fact]
    public void Parse_CommaListWithoutCentres_AddsNoFigures()
    {
        Assert.Equal(["BIH accommodated stock 2022-01 2181"],
            Read("Informacija za januar 2022. godine", "Krajem januara u centrima je boravilo 2.181 migranata, ukupno 480 porodica.", "BIH", "2022-02-08"));
    }

    [Fact]
    public void Parse_IrregularEntriesRecordedByTheService_AreArrivals()
    {
        Assert.Equal(["BIH arrivals month 2022-07 2090", "BIH arrivals month 2022-06 2273"],
            Read("Informacija o stanju migracija – juli 2022.", "U julu 2022. godine Služba za poslove sa strancima evidentirala je 2.090 nezakonitih ulazaka u BiH, što je 8% manje nego u junu (2.273).", "BIH", "2022-08-09"));
    }

    [Fact]
    public void Parse_EntriesRefusedAtTheBorder_AreNotArrivals()
    {
        Assert.Empty(Read("Informacija o stanju migracija – juli 2022.", "U julu 2022. godine Granična policija evidentirala je 1.250 odbijenih ulazaka u BiH.", "BIH", "2022-08-09"));
    }

    [Fact]
    public void Parse_CountOfCountriesOfOrigin_IsNotArrivals()
    {
        Assert.Empty(Read("U Srbiji tokom 2022. godine", "Pet najzastupljenijih država porekla migranata registrovanih tokom 2022. godine su Avganistan (36,13%), Sirija (29,19%) i Pakistan (11,89%).", "SRB", "2023-01-30"));
    }

    [Fact]
    public void Parse_SmallNumberInWords_IsACount()
    {
        Assert.Equal(["BIH asylum_applications month 2019-03 5"],
            Read("Informacija – mart 2019", "U martu je zahtjev za azil podnijelo pet lica.", "BIH", "2019-04-10"));
    }

    [Fact]
    public void Parse_InTheSamePeriod_TakesThePeriodOfTheSentenceBefore()
    {
        Assert.Equal(["BIH arrivals cumulative 2019-01-01/2019-04-01 3805", "BIH asylum_intentions cumulative 2019-01-01/2019-04-01 3446"],
            Read("Informacija – mart 2019", "Od 1. januara do 1. aprila prijavljeno je 3.805 ilegalnih migranata. Namjeru za podnošenje zahtjeva za azil u ovom periodu iskazalo je 3.446 lica.", "BIH", "2019-04-10"));
    }

    [Fact]
    public void Parse_MontenegrinDeclinedSite_IsTheSiteName()
    {
        Assert.Equal(["MNE/Spuž accommodated stock 2022-10-05 54"],
            Read("Uprava policije: u septembru 2022.", "U Centru za tražioce azila u Spužu trenutno je smješteno 54 lica.", "MNE", "2022-10-05"));
    }

    [Theory]
    [InlineData("Zahtjev za međunarodnu zaštitu podnijelo je 10 lica.")]
    [InlineData("Zahtjev za medjunarodnu zastitu podnijelo je 10 lica.")]
    [InlineData("Захтјев за међународну заштиту поднијело је 10 лица.")]
    public void Parse_RequestForInternationalProtection_IsAnApplicationInEverySpelling(string sentence)
    {
        Assert.Equal(["MNE asylum_applications month 2023-03 10"],
            Read("Statistički pregled neregularnih migracija – mart 2023.", sentence, "MNE", "2023-04-06"));
    }

    [Fact]
    public void Parse_UascAmongThoseThePoliceRecorded_IsUascArrivals()
    {
        Assert.Equal(["MNE arrivals month 2023-04 716", "MNE uasc_arrivals month 2023-04 17"],
            Read("Statistički pregled neregularnih migracija – april 2023.",
                "U aprilu 2023. godine službenici granične policije evidentirali su 716 neregularnih migranata, među kojima 17 maloljetnih lica bez pratnje.", "MNE", "2023-05-08"));
    }

    [Fact]
    public void Parse_AmongThemWrittenWithLatinDj_PointsBackToTheSentenceBefore()
    {
        Assert.Equal(["MNE uasc_arrivals month 2023-07 11", "MNE arrivals month 2023-07 754"],
            Read("Statistički pregled neregularnih migracija – jul 2023.",
                "Tokom jula 2023. godine službenici granične policije evidentirali su 754 neregularna migranta. Među njima je bilo 11 maloljetnih lica bez pratnje.", "MNE", "2023-08-04"));
    }

    [Fact]
    public void Parse_MacedonianUascAmongArrivals_IsUascArrivals()
    {
        Assert.Equal(["MKD arrivals month 2022-03 1203", "MKD uasc_arrivals month 2022-03 84"],
            Read("МВР: нерегуларни миграции во март 2022", "Во март 2022 година се регистрирани 1.203 мигранти, меѓу кои 84 малолетници без придружба.", "MKD", "2022-04-06"));
    }

    [Fact]
    public void Parse_MacedonianThatIsMoreThanAStatedMonth_AddsThatMonth()
    {
        Assert.Equal(["MKD arrivals month 2022-10 2118", "MKD arrivals month 2022-09 1820"],
            Read("Информација за нерегуларни миграции во октомври 2022",
                "Во октомври 2022 година се регистрирани 2.118 мигранти кои нерегуларно влегле во државата. Тоа е за 16 отсто повеќе во однос на септември (1.820).", "MKD", "2022-11-04"));
    }

    [Fact]
    public void Parse_ComparisonAfterArrivalsAndTheUascAmongThem_ComparesTheArrivals()
    {
        Assert.Equal(["MKD arrivals month 2023-03 830", "MKD arrivals month 2023-02 545", "MKD uasc_arrivals month 2023-03 31"],
            Read("Информација за нерегуларни миграции во март 2023",
                "Во март 2023 година се регистрирани 830 мигранти, меѓу кои 31 малолетник без придружба. Тоа е за 52 отсто повеќе во однос на февруари (545).", "MKD", "2023-04-05"));
    }

    [Fact]
    public void Parse_MontenegrinThatIsLessThanAStatedMonth_AddsThatMonth()
    {
        Assert.Equal(["MNE arrivals month 2022-11 934", "MNE arrivals month 2022-10 1210"],
            Read("Neregularne migracije u novembru 2022. godine",
                "U novembru 2022. godine evidentirana su 934 neregularna migranta. To je 23 odsto manje u odnosu na oktobar (1.210).", "MNE", "2022-12-06"));
    }

    [Fact]
    public void Parse_MacedonianNoneInWords_IsZero()
    {
        Assert.Equal(["MKD asylum_applications month 2024-03 0"],
            Read("Нерегуларни миграции во март 2024", "Ниту едно лице не поднело барање за азил.", "MKD", "2024-04-04"));
    }

    [Fact]
    public void Parse_AlbanianThousandsInWords_AreRead()
    {
        Assert.Equal(["ALB arrivals cumulative 2023-01/2023-08 6120"],
            Read("Policia e Shtetit: gusht 2023", "Nga fillimi i vitit janë kapur gjithsej 6 mijë e 120 emigrantë.", "ALB", "2023-09-06"));
    }

    [Fact]
    public void Parse_ThousandsOfANumberInWords_AreRead()
    {
        Assert.Equal(["BIH arrivals cumulative 2019-01-01/2019-06-22 10000"],
            Read("Krijumčarenje migranata", "Od početka godine do 22. lipnja u BiH je ušlo nešto više od deset tisuća migranata.", "BIH", "2019-06-28"));
        Assert.Equal(["MNE arrivals year 2019 7000-8000"],
            Read("Azil u Crnoj Gori", "Broj migranata koji su tokom 2019. godine prošli kroz Crnu Goru kretao se između sedam i osam hiljada.", "MNE", "2020-01-20"));
    }

    [Fact]
    public void Parse_AlbanianDeclinedMonthInAComparison_AddsThatMonth()
    {
        Assert.Equal(["ALB arrivals month 2023-08 612", "ALB arrivals month 2022-08 1021"],
            Read("Migrimi i parregullt në gusht 2023",
                "Gjatë muajit gusht 2023, Policia e Shtetit ka kapur 612 emigrantë.\n\nKrahasuar me gushtin e vitit 2022 (1.021), numri është ulur me 40 për qind.", "ALB", "2023-09-06"));
    }

    [Fact]
    public void Parse_LocalPercentAndDuration_AreNotCounts()
    {
        Assert.Empty(Read("Migranti u Srbiji – maj 2023", "Prosečno vreme zadržavanja bilo je 16 dana, a popunjenost 31,5 odsto.", "SRB", "2023-06-12"));
    }

    [Theory]
    [InlineData("Lajme", "Gjatë vitit 2020 u paraqitën gjithsej 4456 kërkesa për leje qëndrimi dhe 1409 kërkesa për azil.", "XKX asylum_applications year 2020 1409")]
    [InlineData("Vesti", "U 2020. godini podneto je 4.456 zahteva za dozvolu boravka i 1.409 zahteva za azil.", "SRB asylum_applications year 2020 1409")]
    public void Parse_RequestsForResidencePermits_AreNotAsylumApplications(string title, string body, string expected)
    {
        Assert.Equal([expected], Read(title, body, expected[..3], "2021-02-01"));
    }

    [Fact]
    public void Parse_WesternBalkanRouteAsOneAdjective_IsTheRegion()
    {
        Assert.Equal(["WB6 arrivals cumulative 2021-01/2021-07 22600"],
            Extract.Keys(Extract.Figures("Фронтекс о мигрантима\n\nОд јануара до јула на западнобалканској рути откривено је 22.600 миграната.", null, "2021-08-13")));
    }

    [Fact]
    public void Parse_AlbanianAsylumSeekersOverAYear_AreThatYearsApplications()
    {
        Assert.Equal(["ALB asylum_applications year 2017 309"],
            Extract.Keys(Extract.Figures("Të dhënat e INSTAT\n\nGjatë vitit 2017 në Shqipëri rezultojnë 309 azilkërkues.", null, "2018-06-20")));
    }

    [Theory]
    [InlineData("U prvih šest mjeseci otkriveno je 172 lica u ilegalnom prelasku granice BiH, više nego u istom periodu 2016. godine, kada ih je bilo 97.")]
    [InlineData("U prvih šest mjeseci otkriveno je 172 lica u ilegalnom prelasku granice BiH, više nego u istom periodu prošle godine (97).")]
    public void Parse_TheSamePeriodOfAYearNamed_IsThatYearsSameMonths(string body)
    {
        Assert.Equal(["BIH arrivals cumulative 2017-01/2017-06 172", "BIH arrivals cumulative 2016-01/2016-06 97"], Read("Granična policija", body, "BIH", "2017-08-26"));
    }

    [Fact]
    public void Parse_TheSamePeriodOfLastYearAfterASentenceWithItsSpan_IsThatSpanAYearEarlier()
    {
        Assert.Equal(["BIH arrivals cumulative 2024-01/2024-09 9600", "BIH arrivals cumulative 2023-01/2023-09 8720"],
            Read("Гранична полиција", "Током првих девет мјесеци ове године полиција је радила појачано. Гранична полиција открила је 9.600 лица у илегалном преласку границе БиХ, 10 одсто више него у истом периоду претходне године, када их је било 8.720.", "BIH", "2024-10-30"));
    }

    [Fact]
    public void Parse_ValuesByTheBorderTheyCrossed_AreNoCountrysFigures()
    {
        Assert.Equal(["BIH arrivals cumulative 2017-01/2017-06 172"],
            Extract.Keys(Extract.Figures("Granična policija BiH\n\nU prvih šest mjeseci u ilegalnom prelasku granice BiH otkriveno je 172 lica. Najviše ilegalnih prelazaka zabilježeno je na granici sa Srbijom (89), zatim s Hrvatskom (46) i Crnom Gorom (33), a četiri u vazdušnom saobraćaju.", null, "2017-08-26")));
    }

    [Fact]
    public void Parse_RefusedEntryAndWantedNotices_AreNoArrivals()
    {
        Assert.Empty(Read("Гранична полиција", "Гранична полиција БиХ током првих девет мјесеци ове године није дозволила улазак у земљу 1.729 странаца. Евидентирано је и 1.695 лица за којима су расписане потјернице.", "BIH", "2024-10-30"));
    }

    [Fact]
    public void Parse_SerbianNewsOnPresencePassageAndPlaces_AreThoseIndicators()
    {
        Assert.Equal(
            ["SRB capacity stock 2022-08-23 4500", "SRB present_total stock 2022-08-23 10000", "SRB arrivals cumulative 2022-01/2022-07 65000"],
            Read("Политика", "У Србији се у сваком тренутку налази више од 10.000 избеглица. Од почетка године, за седам месеци, кроз земљу је прошло више од 65.000 људи. Комесаријат за избеглице може да смести 4.500 људи.", "SRB", "2022-08-23"));
    }

    [Fact]
    public void Parse_AnUndatedItem_ReadsANamedYearAsWholeUnlessItNamesAMonthOfThatYear()
    {
        Assert.Equal(
            ["BIH arrivals year 2019 29196", "BIH asylum_applications year 2019 780", "BIH asylum_intentions year 2019 27000"],
            Extract.Keys(Extract.Figures(
                "Informacija o migracijama\n\nVijeće ministara razmotrilo je informaciju za prošlu, 2019. godinu. Služba za poslove sa strancima tokom 2019. godine evidentirala je 29.196 ilegalnih migranata u BiH. Namjeru da podnesu zahtjev za azil iskazalo je njih 27.000, dok je zahtjev za azil podnijelo 780 osoba, odnosno 3 posto onih koji su namjeru iskazali.",
                null, null)).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["BIH arrivals year 2019 29196"],
            Extract.Keys(Extract.Figures("Informacija o migracijama\n\nSlužba za poslove sa strancima tokom 2019. godine evidentirala je 29.196 ilegalnih migranata u BiH.", null, null)));
        Assert.DoesNotContain("BIH arrivals year 2019 29196", Extract.Keys(Extract.Figures(
            "Informacija o migracijama\n\nSlužba za poslove sa strancima tokom 2019. godine evidentirala je 29.196 ilegalnih migranata u BiH. Najviše ih je stiglo u avgustu 2019. godine.",
            null, null)));
    }

    [Fact]
    public void Parse_ACountUpToAYearWithNoStart_DecisionsAndUkrainians_AreNoFigures()
    {
        Assert.Empty(Read("Azil", "Do 2012. godine azil u Crnoj Gori zatražilo je samo 60 osoba.", "MNE", "2017-03-01"));
        Assert.Equal(["MNE asylum_applications year 2016 1000"], Read("Azil", "U 2016. godini azil u Crnoj Gori zatražilo je 1.000 osoba.", "MNE", "2017-03-01"));
        Assert.Empty(Read("Azil", "Tokom 2022. godine pozitivno je riješeno 15 zahtjeva za azil u BiH.", "BIH", "2023-02-01"));
        Assert.Empty(Read("Izbeglice", "U Srbiji je krajem januara boravilo oko 3.100 izbeglica iz Ukrajine.", "SRB", "2024-03-10"));
    }

    [Fact]
    public void Parse_AStockInThePresentTense_IsThePublicationDaysInNewsWithoutAMonth()
    {
        Assert.Equal(["SRB accommodated stock 2020-10-29 4300"], Read("Vijesti", "U centrima u Srbiji nalazi se oko 4.300 migranata.", "SRB", "2020-10-29"));
        Assert.Equal(["ALB accommodated stock 2020-10-29 120"], Read("Lajme", "Në qendrën e pritjes në Shqipëri ndodhen 120 migrantë.", "ALB", "2020-10-29"));
    }

    [Fact]
    public void Parse_ARelativeClauseAfterATown_IsTheTownsInEveryLanguage()
    {
        Assert.Empty(Read("Migranti u Krajini", "Najteže je u Velikoj Kladuši, na granici s Hrvatskom, gdje boravi oko 1.000 migranata.", "BIH", "2018-07-18"));
        Assert.Equal(["SRB outside_accommodation stock 2022-08-23 3000"],
            Read("Мигранти", "Највише их је у Србији, где више од 3.000 људи живи ван центара.", "SRB", "2022-08-23"));
    }

    [Fact]
    public void Parse_TheCentreInAnItemAboutOneCentre_IsThatCentresInMacedonian()
    {
        Assert.Equal(["MKD/Vinojug accommodated stock 2016-03-07 11"],
            Read("Нема нови бегалци во Винојуг", "Транзитниот центар Винојуг е празен. Според неа, во самиот прифатен центар има 11 лица.", "MKD", "2016-03-07"));
    }

    [Fact]
    public void Parse_PassedThroughACountryOverAYear_IsArrivals()
    {
        Assert.Equal(["SRB arrivals year 2019 27000"], Read("Azil u Srbiji", "Više od 27.000 migranata prošlo je tokom 2019. godine kroz Srbiju.", "SRB", "2020-03-10"));
    }

    [Fact]
    public void Parse_CitizensOfCountriesAndNotOnlyOneNationality_AreStillTheWholeCount()
    {
        Assert.Equal(["BIH arrivals cumulative 2018-01-01/2018-05-25 4870"],
            Read("Mektić", "Policija je od 1. siječnja do 25. svibnja 2018. zabilježila ulazak točno 4870 državljana zemalja visokog migracijskog rizika.", "BIH", "2018-05-26"));
        Assert.Equal(["SRB accommodated stock 2021-08-22 5000"],
            Read("Вулин", "Додао је да у прихватним центрима у Србији тренутно борави око 5.000 миграната и да то нису само држављани Авганистана.", "SRB", "2021-08-22"));
    }

    [Fact]
    public void Parse_TheCountryOfTheInstitutionThatCounts_IsTheFigures()
    {
        Assert.Equal(["BIH arrivals cumulative 2018-01-01/2018-01-26 132"],
            Read("Migranti na granici Srbije", "Granična policija BiH saopštila je da su njeni pripadnici od 1. januara do danas otkrili 132 ilegalna migranta.", "SRB", "2018-01-26"));
    }
}
